// The kiosk's translations are complete: every German text exists in Leichte Sprache and English, the pickup flow
// and its problems exist in Turkish, Ukrainian and Arabic, nothing is empty, and every translation keeps the same
// {{placeholders}} as the German source. Also: every problem the kiosk can show has its German words.
import { describe, expect, it } from 'vitest';
import { problemKeys } from '../kiosk-problems.ts';
import { kiosk as ar } from './ar.ts';
import { kiosk as de } from './de.ts';
import { kiosk as en } from './en.ts';
import { kiosk as ls } from './ls.ts';
import { kiosk as tr } from './tr.ts';
import { kiosk as uk } from './uk.ts';

type Tree = { [key: string]: string | Tree };

/** Every text of a catalogue by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** The pickup flow and everything on its screens: what every offered language must cover. */
const pickupFlowSections = ['pickup', 'errors', 'chrome', 'idle', 'staff', 'language'];

const german = flatten(de);
const complete = { ls, en } as const;
const pickupFlowOnly = { tr, uk, ar } as const;

describe('kiosk catalogues', () => {
  it('German has no empty text and a title and text for every problem the kiosk can show', () => {
    for (const [key, text] of german) expect(text.trim(), key).not.toBe('');
    for (const problem of problemKeys) {
      expect(german.has(`errors.${problem}.title`), problem).toBe(true);
      expect(german.has(`errors.${problem}.text`), problem).toBe(true);
    }
  });

  for (const [code, catalogue] of Object.entries({ ...complete, ...pickupFlowOnly })) {
    const texts = flatten(catalogue as Tree);
    const required = [...german.keys()].filter(
      (key) => code in complete || pickupFlowSections.includes(key.split('.')[0]!),
    );

    it(`${code} has every ${code in complete ? '' : 'pickup-flow '}key, nothing empty, no stray keys`, () => {
      expect(required.filter((key) => !texts.has(key))).toEqual([]);
      expect([...texts.keys()].filter((key) => !german.has(key))).toEqual([]);
      for (const [key, text] of texts) expect(text.trim(), `${code} ${key}`).not.toBe('');
    });

    it(`${code} keeps the German placeholders`, () => {
      const mismatches = [...texts]
        .filter(([key, text]) => placeholders(text).join() !== placeholders(german.get(key) ?? '').join())
        .map(([key]) => key);
      expect(mismatches).toEqual([]);
    });
  }
});
