// The map and tour texts exist in Leichte Sprache and English for every German key, with the same placeholders.
import { describe, expect, it } from 'vitest';
import * as de from './de.ts';
import * as en from './en.ts';
import * as ls from './ls.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('map and tour catalogues', () => {
  const german = leaves({ map: de.map, tour: de.tour });
  for (const [name, catalogue] of [
    ['ls', ls],
    ['en', en],
  ] as const) {
    it(`${name} has every German key with the same placeholders`, () => {
      const other = leaves({ map: catalogue.map, tour: catalogue.tour });
      expect([...other.keys()].sort()).toEqual([...german.keys()].sort());
      for (const [key, text] of german)
        expect(placeholders(other.get(key)!), key).toEqual(placeholders(text));
    });
  }
});
