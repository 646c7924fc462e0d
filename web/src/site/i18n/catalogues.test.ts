/**
 * The site's catalogues are complete: Leichte Sprache and English have every German key of the site, of the error
 * codes the site shows and of the shared problem texts, no empty text, and the same `{{placeholders}}` as German.
 * Leichte Sprache is held to its own rules where a test can see them: short sentences.
 */
import { de as serverTexts } from '@buergerpunkt/contracts/i18n';
import { describe, expect, it } from 'vitest';
import { common } from '../../lib/i18n/common/de.ts';
import { site } from './de.ts';
import { en } from './en.ts';
import { ls } from './ls.ts';

type Tree = { [key: string]: string | Tree };

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

/** The error codes the site translates: the ones its pages can receive. */
const siteErrorCodes = Object.keys(en.errors);
const serverErrors = serverTexts.errors as Record<string, string>;

const german = flatten({
  site,
  common: { problems: common.problems },
  errors: Object.fromEntries(siteErrorCodes.map((code) => [code, serverErrors[code] ?? ''])),
});

describe.each([
  ['Leichte Sprache', ls as Tree],
  ['English', en as Tree],
])('%s catalogue', (_name, catalogue) => {
  const translated = flatten(catalogue);

  it('has every German key and nothing else', () => {
    expect([...translated.keys()].sort()).toEqual([...german.keys()].sort());
  });

  it('has no empty text', () => {
    const empty = [...translated].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders as German', () => {
    const different = [...german]
      .filter(([key]) => translated.has(key))
      .filter(([key, text]) => placeholders(text).join() !== placeholders(translated.get(key)!).join())
      .map(([key]) => key);
    expect(different).toEqual([]);
  });
});

describe('German source', () => {
  it('has a server text for every error code the site translates', () => {
    const missing = siteErrorCodes.filter((code) => !serverErrors[code]);
    expect(missing).toEqual([]);
  });
});

describe('Leichte Sprache', () => {
  const texts = flatten(ls as Tree);

  it('keeps sentences short (at most 15 words)', () => {
    const long: string[] = [];
    for (const [key, text] of texts) {
      for (const sentence of text.split(/(?<=[.!?:])\s+|\n+/)) {
        const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
        if (words.length > 15) long.push(`${key}: ${sentence}`);
      }
    }
    expect(long).toEqual([]);
  });

  it('is its own text, not a copy of the German one (names and addresses aside)', () => {
    const germanSite = flatten({ site });
    // Sentences only: a name or an address (no full stop) is the same in every language.
    const copied = [...germanSite].filter(
      ([key, text]) => /[.!?]/.test(text) && text.length > 40 && texts.get(key) === text,
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });
});
