/**
 * The zone's own catalogues are complete: every translation of the suggestion form, the site's zone pages and
 * the kiosk's zone texts has exactly the German keys, no empty text and the same `{{placeholders}}`.
 */
import { describe, expect, it } from 'vitest';
import { type Catalogue as Tree, emptyKeys, flatten, placeholderMismatches } from '../catalogue-checks.ts';
import { kioskSuggestion as kioskDe, kioskZoneInfo as kioskInfoDe } from '../../../kiosk/zone/texts-de.ts';
import { kioskSuggestion as kioskEn, kioskZoneInfo as kioskInfoEn } from '../../../kiosk/zone/texts-en.ts';
import { siteZone as siteDe } from '../../../site/pages/zone/texts-de.ts';
import { siteZone as siteEn } from '../../../site/pages/zone/texts-en.ts';
import { siteZone as siteLs } from '../../../site/pages/zone/texts-ls.ts';
import { suggest as de } from './de.ts';
import { suggest as en } from './en.ts';
import { suggest as ls } from './ls.ts';
import { suggest as tr } from './tr.ts';
import { suggest as uk } from './uk.ts';
import { suggest as ar } from './ar.ts';
import * as kioskTr from '../../../kiosk/zone/texts-tr.ts';
import * as kioskUk from '../../../kiosk/zone/texts-uk.ts';
import * as kioskAr from '../../../kiosk/zone/texts-ar.ts';

const pairs: [string, Tree, Tree][] = [
  ['suggestion form, English', de, en],
  ['suggestion form, Leichte Sprache', de, ls],
  ['site zone pages, English', siteDe, siteEn],
  ['site zone pages, Leichte Sprache', siteDe, siteLs],
  ['kiosk suggestion screen, English', kioskDe, kioskEn],
  ['kiosk zone info, English', kioskInfoDe, kioskInfoEn],
  ...(
    [
      ['Turkish', tr, kioskTr],
      ['Ukrainian', uk, kioskUk],
      ['Arabic', ar, kioskAr],
    ] as const
  ).flatMap(([name, form, kiosk]): [string, Tree, Tree][] => [
    [`suggestion form, ${name}`, de, form],
    [`kiosk suggestion screen, ${name}`, kioskDe, kiosk.kioskSuggestion],
    [`kiosk zone info, ${name}`, kioskInfoDe, kiosk.kioskZoneInfo],
  ]),
];

describe.each(pairs)('%s', (_name, german, translated) => {
  const source = flatten(german);
  const target = flatten(translated);
  it('has every German key and nothing else, none empty', () => {
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
    expect(emptyKeys(target)).toEqual([]);
  });
  it('keeps the placeholders', () => {
    expect(placeholderMismatches(source, target)).toEqual([]);
  });
});
