// The map and tour texts exist in every language of the apps (Leichte Sprache, English, Turkish, Ukrainian, Arabic)
// for every German key, with the same placeholders, nothing empty and no German sentence left untranslated. A
// language may add the plural forms its grammar needs (`_zero`, `_two`, `_few`, `_many`) of a German key.
import { describe, expect, it } from 'vitest';
import { type Catalogue, copiedKeys, emptyKeys, flatten, placeholders } from '../catalogue-checks.ts';
import * as ar from './ar.ts';
import * as de from './de.ts';
import * as en from './en.ts';
import * as ls from './ls.ts';
import * as tr from './tr.ts';
import * as uk from './uk.ts';

/** These texts spell a placeholder without spaces: `{{name}}`. */
const tight = { allowSpaces: false };
const pluralForm = /_(zero|one|two|few|many|other)$/;

describe('map and tour catalogues', () => {
  const german = flatten({ map: de.map, tour: de.tour });
  for (const [name, catalogue] of [
    ['ls', ls],
    ['en', en],
    ['tr', tr],
    ['uk', uk],
    ['ar', ar],
  ] as const) {
    const other = flatten({ map: catalogue.map, tour: catalogue.tour } as Catalogue);

    it(`${name} has every German key, nothing empty, no stray keys`, () => {
      expect([...german.keys()].filter((key) => !other.has(key))).toEqual([]);
      const extra = [...other.keys()].filter((key) => !german.has(key));
      expect(
        extra.filter((key) => !pluralForm.test(key) || !german.has(key.replace(pluralForm, ''))),
      ).toEqual([]);
      expect(emptyKeys(other)).toEqual([]);
      expect(copiedKeys(german, other)).toEqual([]);
    });

    it(`${name} keeps the German placeholders (a plural form may spell out its number)`, () => {
      for (const [key, text] of other) {
        if (pluralForm.test(key)) {
          const base = german.get(key.replace(pluralForm, ''))!;
          for (const p of placeholders(text, tight)) expect(placeholders(base, tight), key).toContain(p);
        } else expect(placeholders(text, tight), key).toEqual(placeholders(german.get(key)!, tight));
      }
    });
  }
});
