// The map and tour texts exist in Leichte Sprache and English for every German key, with the same placeholders.
import { describe, expect, it } from 'vitest';
import { flatten, placeholders } from '../catalogue-checks.ts';
import * as de from './de.ts';
import * as en from './en.ts';
import * as ls from './ls.ts';

/** These texts spell a placeholder without spaces: `{{name}}`. */
const tight = { allowSpaces: false };

describe('map and tour catalogues', () => {
  const german = flatten({ map: de.map, tour: de.tour });
  for (const [name, catalogue] of [
    ['ls', ls],
    ['en', en],
  ] as const) {
    it(`${name} has every German key with the same placeholders`, () => {
      const other = flatten({ map: catalogue.map, tour: catalogue.tour });
      expect([...other.keys()].sort()).toEqual([...german.keys()].sort());
      for (const [key, text] of german)
        expect(placeholders(other.get(key)!, tight), key).toEqual(placeholders(text, tight));
    });
  }
});
