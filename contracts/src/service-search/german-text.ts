/**
 * German text handling for the service search, the same in the hub and in the browser (no Node-only APIs):
 * normalisation (case, umlauts, ß, accents), tokens, a light stemmer and decompounding by known word parts.
 */
import { wordParts } from './word-parts.ts';

/**
 * Lower case; ß → ss; ä/ö/ü and their spellings ae/oe/ue both become a/o/u, so "Führerschein", "Fuehrerschein" and
 * "Fuhrerschein" (umlaut left out, as people type on phones) are one word; other accents are dropped; everything
 * that is not a letter or digit becomes a space. Index and query use the same function, so the folding only has to
 * be consistent, not reversible.
 */
export function normaliseGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that carry no meaning for finding a service ("ich brauche einen neuen …"). Normalised spelling. */
const stopWords = new Set(
  [
    'ich',
    'du',
    'er',
    'sie',
    'es',
    'wir',
    'ihr',
    'mir',
    'mich',
    'mein',
    'meine',
    'meinen',
    'meiner',
    'meinem',
    'sich',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'und',
    'oder',
    'wie',
    'was',
    'wo',
    'wann',
    'wer',
    'fur',
    'mit',
    'von',
    'vom',
    'zu',
    'zum',
    'zur',
    'im',
    'in',
    'am',
    'an',
    'auf',
    'bei',
    'ist',
    'sind',
    'bin',
    'habe',
    'hab',
    'hat',
    'haben',
    'brauche',
    'brauch',
    'benotige',
    'will',
    'mochte',
    'mocht',
    'kann',
    'konnen',
    'muss',
    'soll',
    'bitte',
    'nicht',
    'kein',
    'keine',
    'neu',
    'neue',
    'neuer',
    'neuen',
    'neues',
    'so',
    'da',
    'wieder',
    'hier',
    'jetzt',
    'noch',
    'auch',
    'als',
    'um',
    'aus',
    'nach',
  ].map(normaliseGerman),
);

export function isStopWord(normalisedWord: string): boolean {
  return stopWords.has(normalisedWord);
}

/** Normalised words of a text, stop words kept (the index keeps them harmlessly; queries drop them). */
export function germanWords(text: string): string[] {
  const normalised = normaliseGerman(text);
  return normalised ? normalised.split(' ') : [];
}

/**
 * A light stemmer for normalised German words, after the rules of the well-known "light" German stemmers: strips
 * one inflection ending (-ern, -em, -en, -er, -es, -e, and -s only after a consonant that can end a German stem)
 * and the derivation -ung/-ungen, never below four letters: "Anmeldung", "anmelden" → "anmeld"; "Ausweise",
 * "Ausweises" → "ausweis" (while "ausweis" keeps its s). Not linguistics: just enough that a word and its usual
 * forms meet in the index.
 */
export function stemGerman(word: string): string {
  const length = word.length;
  if (length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ungen') && length - 5 >= 4) return word.slice(0, -5);
  if (word.endsWith('ung') && length - 3 >= 4) return word.slice(0, -3);
  if (length > 5 && word.endsWith('ern')) return word.slice(0, -3);
  if (/(em|en|er|es)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('e')) return word.slice(0, -1);
  if (word.endsWith('s') && 'bdfghklmnrt'.includes(word[length - 2]!)) return word.slice(0, -1);
  return word;
}

/** Linking elements (Fugen) that may stand between two parts of a compound: "Geburt-s-urkunde", "Kinder-n-…". */
const linkers = ['', 's', 'es', 'n', 'en', 'e'];

let partSet: Set<string> | undefined;
let maxPartLength = 0;

function knownParts(): Set<string> {
  if (!partSet) {
    partSet = new Set(wordParts.map(normaliseGerman).filter((p) => p.length >= 3 && !p.includes(' ')));
    for (const p of partSet) maxPartLength = Math.max(maxPartLength, p.length);
  }
  return partSet;
}

/**
 * Splits a normalised compound into known word parts when the parts (with linking elements between them) cover
 * the whole word: "personalausweis" → ["personal", "ausweis"], "geburtsurkunde" → ["geburt", "urkunde"]. The
 * split with the fewest parts wins. Otherwise the known head (last part, the word's meaning in German) and the
 * known first part of at least four letters are returned: "schwerbehindertenparkausweis" → […, "ausweis"].
 * Returns [] for a word that is itself a part or has no known part.
 */
export function decompoundGerman(word: string): string[] {
  const parts = knownParts();
  if (word.length < 6) return [];
  // best[i]: fewest parts covering word[0, i), with the split that reaches it.
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(word.length + 1);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (const linker of i === 0 ? [''] : linkers) {
      if (!word.startsWith(linker, i)) continue;
      const start = i + linker.length;
      for (let end = start + 3; end <= Math.min(word.length, start + maxPartLength); end++) {
        const part = word.slice(start, end);
        if (!parts.has(part)) continue;
        const candidate = [...before, part];
        const existing = best[end];
        if (!existing || candidate.length < existing.length) best[end] = candidate;
      }
    }
  }
  const full = best[word.length];
  if (full && full.length > 1) return full;
  if (full) return [];
  const found: string[] = [];
  for (let length = Math.min(maxPartLength, word.length - 3); length >= 4; length--) {
    const head = word.slice(word.length - length);
    if (parts.has(head)) {
      found.push(head);
      break;
    }
  }
  for (let length = Math.min(maxPartLength, word.length - 3); length >= 4; length--) {
    const first = word.slice(0, length);
    if (parts.has(first)) {
      found.push(first);
      break;
    }
  }
  return found;
}

/** A normalised word's known compound parts and their stems (also of its stem: "Personalausweise"). */
export function partForms(word: string): string[] {
  const stem = stemGerman(word);
  const parts = new Set<string>();
  for (const part of [...decompoundGerman(word), ...(stem === word ? [] : decompoundGerman(stem))]) {
    parts.add(part);
    parts.add(stemGerman(part));
  }
  parts.delete(word);
  parts.delete(stem);
  return [...parts];
}

/**
 * Every form of one normalised word the index holds and a query looks for: the word, its stem, its known parts
 * and their stems (deduplicated, the word first).
 */
export function wordForms(word: string): string[] {
  return [...new Set([word, stemGerman(word), ...partForms(word)])];
}
