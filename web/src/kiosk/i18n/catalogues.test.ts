// The kiosk's translations are complete: every German text exists in Leichte Sprache and English, the pickup flow
// and its problems exist in Turkish, Ukrainian and Arabic, nothing is empty, and every translation keeps the same
// {{placeholders}} as the German source. Also: every problem the kiosk can show has its German words.
import { describe, expect, it } from 'vitest';
import {
  type Catalogue,
  emptyKeys,
  flatten,
  placeholderMismatches,
} from '../../lib/i18n/catalogue-checks.ts';
import { problemKeys } from '../kiosk-problems.ts';
import { kiosk as ar } from './ar.ts';
import { kiosk as de } from './de.ts';
import { kiosk as en } from './en.ts';
import { kiosk as ls } from './ls.ts';
import { kiosk as tr } from './tr.ts';
import { kiosk as uk } from './uk.ts';

/** The pickup flow and everything on its screens, pairing and out of service: what every offered language must cover. */
const pickupFlowSections = [
  'pickup',
  'errors',
  'chrome',
  'idle',
  'staff',
  'language',
  'setup',
  'revoked',
  'restart',
];

const german = flatten(de);
const complete = { ls, en } as const;
const pickupFlowOnly = { tr, uk, ar } as const;

describe('kiosk catalogues', () => {
  it('German has no empty text and a title and text for every problem the kiosk can show', () => {
    expect(emptyKeys(german)).toEqual([]);
    for (const problem of problemKeys) {
      expect(german.has(`errors.${problem}.title`), problem).toBe(true);
      expect(german.has(`errors.${problem}.text`), problem).toBe(true);
    }
  });

  for (const [code, catalogue] of Object.entries({ ...complete, ...pickupFlowOnly })) {
    const texts = flatten(catalogue as Catalogue);
    const required = [...german.keys()].filter(
      (key) => code in complete || pickupFlowSections.includes(key.split('.')[0]!),
    );

    it(`${code} has every ${code in complete ? '' : 'pickup-flow '}key, nothing empty, no stray keys`, () => {
      expect(required.filter((key) => !texts.has(key))).toEqual([]);
      expect([...texts.keys()].filter((key) => !german.has(key))).toEqual([]);
      expect(emptyKeys(texts), code).toEqual([]);
    });

    it(`${code} keeps the German placeholders`, () => {
      expect(placeholderMismatches(texts, german)).toEqual([]);
    });
  }
});
