/**
 * The site's catalogues are complete: Leichte Sprache and English have every German key of the site, of the error
 * codes the site shows and of the shared problem texts, no empty text, and the same `{{placeholders}}` as German.
 * Leichte Sprache is held to its own rules where a test can see them: short sentences.
 */
import { de as serverTexts } from '@buergerpunkt/contracts/i18n';
import { describe, expect, it } from 'vitest';
import {
  type Catalogue as Tree,
  copiedKeys,
  emptyKeys,
  flatten,
  longSentences,
  placeholderMismatches,
} from '../../lib/i18n/catalogue-checks.ts';
import { common } from '../../lib/i18n/common/de.ts';
import { site } from './de.ts';
import { en } from './en.ts';
import { ls } from './ls.ts';

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
    expect(emptyKeys(translated)).toEqual([]);
  });

  it('uses the same placeholders as German', () => {
    // Only the keys both have: a missing or extra key is the first test's finding.
    const different = placeholderMismatches(german, translated).filter((key) => translated.has(key));
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
    expect(longSentences(texts, 15)).toEqual([]);
  });

  it('is its own text, not a copy of the German one (names and addresses aside)', () => {
    const germanSite = flatten({ site });
    // Sentences only: a name or an address (no full stop) is the same in every language.
    expect(copiedKeys(germanSite, texts)).toEqual([]);
  });
});
