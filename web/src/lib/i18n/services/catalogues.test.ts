/**
 * The 115 screens' catalogues are complete: the shared service texts, the site's 115 pages and the kiosk's
 * "Fragen / 115" screen have every German key in Leichte Sprache and English (the kiosk screen and the shared
 * texts it shows also in Turkish, Ukrainian and Arabic), nothing empty, nothing extra, the same `{{placeholders}}`;
 * Leichte Sprache keeps its sentences short; and each app's loader really puts the texts of the chosen language in.
 */
import { describe, expect, it } from 'vitest';
import {
  type Catalogue as Tree,
  copiedKeys,
  emptyKeys,
  flatten,
  longSentences,
  placeholderMismatches,
} from '../catalogue-checks.ts';
import { withServicesTexts as withKioskTexts } from '../../../kiosk/services/services-texts.ts';
import { kioskServices as kioskDe } from '../../../kiosk/services/texts-de.ts';
import * as kioskAr from '../../../kiosk/services/texts-ar.ts';
import * as kioskEn from '../../../kiosk/services/texts-en.ts';
import * as kioskLs from '../../../kiosk/services/texts-ls.ts';
import * as kioskTr from '../../../kiosk/services/texts-tr.ts';
import * as kioskUk from '../../../kiosk/services/texts-uk.ts';
import { withServicesTexts as withSiteTexts } from '../../../site/pages/services/services-catalogue.ts';
import { siteServices as siteDe } from '../../../site/pages/services/texts-de.ts';
import { siteServices as siteEn } from '../../../site/pages/services/texts-en.ts';
import { siteServices as siteLs } from '../../../site/pages/services/texts-ls.ts';
import { services as ar } from './ar.ts';
import { services as de } from './de.ts';
import { services as en } from './en.ts';
import { services as ls } from './ls.ts';
import { services as tr } from './tr.ts';
import { services as uk } from './uk.ts';

/** What the kiosk's 115 screen shows of the shared texts: all but the office's field names. */
const { fieldNames: _officeOnly, ...kioskShown } = de;

const pairs: [string, Tree, Tree][] = [
  ['shared service texts, Leichte Sprache', de, ls],
  ['shared service texts, English', de, en],
  ['site 115 pages, Leichte Sprache', siteDe, siteLs],
  ['site 115 pages, English', siteDe, siteEn],
  ...(
    [
      ['Leichte Sprache', kioskLs],
      ['English', kioskEn],
      ['Turkish', kioskTr],
      ['Ukrainian', kioskUk],
      ['Arabic', kioskAr],
    ] as const
  ).map(([name, texts]): [string, Tree, Tree] => [`kiosk 115 screen, ${name}`, kioskDe, texts.kioskServices]),
  ['shared service texts on the kiosk, Turkish', kioskShown, tr],
  ['shared service texts on the kiosk, Ukrainian', kioskShown, uk],
  ['shared service texts on the kiosk, Arabic', kioskShown, ar],
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

  it('is translated, not copied (names, numbers and single words aside)', () => {
    expect(copiedKeys(source, target)).toEqual([]);
  });
});

describe.each([
  ['shared service texts', ls as Tree],
  ['site 115 pages', siteLs as Tree],
  ['kiosk 115 screen', kioskLs.kioskServices as Tree],
])('Leichte Sprache, %s', (_name, catalogue) => {
  it('keeps sentences short (at most 15 words, as the site checks)', () => {
    expect(longSentences(flatten(catalogue), 15)).toEqual([]);
  });
});

describe('loading a language', () => {
  const loaded = { site: { home: { title: 'x' } }, kiosk: { pickup: { title: 'y' } }, other: 'z' };

  it.each([
    ['ls', siteLs, ls],
    ['en', siteEn, en],
  ])('the site adds its 115 texts in %s and keeps the rest', async (code, pages, shared) => {
    const catalogue = (await withSiteTexts(code, Promise.resolve(loaded))) as Tree;
    expect(catalogue['site']).toEqual({ ...loaded.site, services: pages });
    expect(catalogue['services']).toEqual(shared);
    expect(catalogue['other']).toBe('z');
  });

  it.each([
    ['ls', kioskLs, ls],
    ['en', kioskEn, en],
    ['tr', kioskTr, tr],
    ['uk', kioskUk, uk],
    ['ar', kioskAr, ar],
  ])('the kiosk adds its 115 texts in %s and keeps the rest', async (code, screen, shared) => {
    const catalogue = (await withKioskTexts(code, Promise.resolve(loaded))) as Tree;
    expect(catalogue['kiosk']).toEqual({ ...loaded.kiosk, services: screen.kioskServices });
    expect(catalogue['services']).toEqual(shared);
  });

  it('leaves a language without 115 texts as it is', async () => {
    expect(await withSiteTexts('tr', Promise.resolve(loaded))).toEqual(loaded);
  });
});
