/**
 * The service search, one implementation for the hub and the kiosk's offline search (MiniSearch underneath: BM25,
 * prefix and fuzzy matching). Indexes each word in every form `wordForms` gives (normalised, stemmed, compound
 * parts), expands queries by the curated synonyms, tolerates typos, and ranks common services first.
 */
import MiniSearch from 'minisearch';
import { germanWords, isStopWord, partForms, stemGerman, wordForms } from './german-text.ts';
import { serviceSynonyms } from './synonyms.ts';

/** What the search needs of a service (a full catalogue record has all of it). */
export interface SearchableService {
  id: string;
  name: string;
  shortDescription: string;
  longDescription?: string;
  keywords: readonly string[];
  popularity: number;
  authorityLevel: string;
  authorityName: string;
}

export interface ServiceHit {
  id: string;
  name: string;
  shortDescription: string;
  authorityLevel: string;
  authorityName: string;
  score: number;
}

export interface ServiceSearchOptions {
  /** Most hits returned; default 10. */
  limit?: number;
}

/** Field weights: the name says most, the authored keywords nearly as much, the long text least. */
const fieldBoost = { name: 3, keywords: 2.5, shortDescription: 1, longDescription: 0.3 };

/** How a query term found by expansion counts against the word the person typed. */
const weightTyped = 1;
const weightPart = 0.6;
const weightSynonym = 0.9;

/** From this many services on, terms found in more than `commonShare` of them are not looked up. */
const largeCatalogue = 500;
const commonShare = 0.1;

/** Hits scoring below this share of the best hit are noise (a stray shared word) and left out. */
const relativeCutoff = 0.12;

interface IndexedService {
  id: string;
  name: string;
  shortDescription: string;
  longDescription: string;
  keywords: string;
}

interface SynonymRule {
  say: string[];
  means: string[];
}

let synonymRules: SynonymRule[] | undefined;

function rules(): SynonymRule[] {
  synonymRules ??= serviceSynonyms.flatMap((entry) =>
    entry.say.map((phrase) => ({
      say: germanWords(phrase),
      means: germanWords(entry.means).filter((w) => !isStopWord(w)),
    })),
  );
  return synonymRules;
}

/** One word the person typed, with the index terms that stand for it and how much each counts. */
export interface QueryWord {
  typed: string;
  weights: Map<string, number>;
}

/**
 * Turns what a person typed into one group of weighted index terms per meaningful word: the word itself, its stem,
 * its compound parts, and the words of every synonym whose phrase ends at this word. Exported for tests.
 */
export function analyseQuery(query: string): QueryWord[] {
  const words = germanWords(query.slice(0, 200));
  const groups: QueryWord[] = [];
  const byPosition = new Map<number, QueryWord>();
  words.forEach((word, position) => {
    if (isStopWord(word)) return;
    const group: QueryWord = { typed: word, weights: new Map() };
    addTerm(group, word, weightTyped);
    addForms(group, word, weightPart, weightTyped);
    groups.push(group);
    byPosition.set(position, group);
  });
  for (const rule of rules()) {
    const end = phraseEnd(words, rule.say);
    if (end < 0) continue;
    let group = byPosition.get(end);
    if (!group) {
      group = { typed: words[end]!, weights: new Map() };
      groups.push(group);
      byPosition.set(end, group);
    }
    for (const word of rule.means) addForms(group, word, weightSynonym, weightSynonym);
  }
  return groups.filter((g) => g.weights.size > 0);
}

function addTerm(group: QueryWord, term: string, weight: number): void {
  if (term.length < 2) return;
  if ((group.weights.get(term) ?? 0) < weight) group.weights.set(term, weight);
}

function addForms(group: QueryWord, word: string, partWeight: number, stemWeight: number): void {
  addTerm(group, word, stemWeight);
  addTerm(group, stemGerman(word), stemWeight);
  for (const part of partForms(word)) addTerm(group, part, partWeight);
}

/** Index of the last word of the first occurrence of `phrase` in `words`, or -1. */
function phraseEnd(words: string[], phrase: string[]): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i + phrase.length - 1;
  }
  return -1;
}

/** Edit distance allowed for a typed word: none for short words (too many false friends), then 1, then 2. */
function typoTolerance(term: string): number {
  if (term.length < 5) return 0;
  return term.length < 9 ? 1 : 2;
}

type StoredService = Omit<ServiceHit, 'score'> & { popularity: number };

export class ServiceSearch {
  readonly #index: MiniSearch<IndexedService>;
  readonly #services = new Map<string, StoredService>();
  /** In how many services each index term occurs (any field). */
  readonly #documentFrequency = new Map<string, number>();
  readonly size: number;

  constructor(services: readonly SearchableService[]) {
    this.#index = new MiniSearch<IndexedService>({
      fields: ['name', 'keywords', 'shortDescription', 'longDescription'],
      tokenize: (text) => germanWords(text),
      processTerm: (term) => wordForms(term),
    });
    this.#index.addAll(
      services.map((s) => {
        this.#countTerms([s.name, s.shortDescription, s.longDescription ?? '', ...s.keywords]);
        this.#services.set(s.id, {
          id: s.id,
          name: s.name,
          shortDescription: s.shortDescription,
          authorityLevel: s.authorityLevel,
          authorityName: s.authorityName,
          popularity: s.popularity,
        });
        return {
          id: s.id,
          name: s.name,
          shortDescription: s.shortDescription,
          longDescription: s.longDescription ?? '',
          keywords: s.keywords.join(' '),
        };
      }),
    );
    this.size = services.length;
  }

  #countTerms(texts: string[]): void {
    const terms = new Set<string>();
    for (const text of texts)
      for (const word of germanWords(text)) for (const form of wordForms(word)) terms.add(form);
    for (const term of terms) this.#documentFrequency.set(term, (this.#documentFrequency.get(term) ?? 0) + 1);
  }

  /**
   * The terms of a word worth looking up. In a large catalogue a term found in more than `commonShare` of all
   * services hardly moves the ranking (its BM25 weight is a fraction of a rare word's) but costs a pass over
   * most of the index, so it is left out; a word with nothing but such terms is looked up in names and keywords
   * only, by its rarest term. Returns the terms and the fields to search.
   */
  #selectiveTerms(group: QueryWord, alone: boolean): { terms: string[]; fields?: string[] } | null {
    const all = [...group.weights.keys()];
    if (this.size < largeCatalogue) return { terms: all };
    const limit = this.size * commonShare;
    const frequency = (term: string) => this.#documentFrequency.get(term) ?? 0;
    const kept = all.filter((term) => frequency(term) <= limit);
    if (kept.length > 0) return { terms: kept };
    if (!alone) return null;
    const rarest = all.reduce((a, b) => (frequency(b) < frequency(a) ? b : a));
    return { terms: [rarest], fields: ['name', 'keywords'] };
  }

  /** Services matching a query, best first. */
  search(query: string, options: ServiceSearchOptions = {}): ServiceHit[] {
    return this.#run(query, options.limit ?? 10, false);
  }

  /**
   * Suggestions while typing: every word may be unfinished (prefix match), so "pers" already offers the identity
   * card. Returns the few best services.
   */
  suggest(query: string, limit = 6): ServiceHit[] {
    return this.#run(query, limit, true);
  }

  /**
   * Each typed word is looked up on its own (with its forms and synonyms), its scores scaled so its best service
   * gets 1, and weighted by how selective the word is. So a rare word ("Sperrmüll") is not outvoted by a common
   * one with many forms ("anmelden"), and a service matching more of the words ranks higher. Popularity multiplies
   * the sum, so among equally good matches the common service comes first.
   */
  #run(query: string, limit: number, everyWordUnfinished: boolean): ServiceHit[] {
    const groups = analyseQuery(query);
    if (groups.length === 0) return [];
    const last = groups.at(-1)!.typed;
    const totals = new Map<string, number>();
    for (const group of groups) {
      const selected = this.#selectiveTerms(group, groups.length === 1);
      if (!selected) continue;
      const lookUp = (withTypos: boolean) =>
        this.#index.search(
          { combineWith: 'OR', queries: selected.terms },
          {
            ...(selected.fields ? { fields: selected.fields } : {}),
            tokenize: (text) => [text],
            processTerm: (term) => term,
            boost: fieldBoost,
            boostTerm: (term) => group.weights.get(term) ?? 1,
            // The typed word may be misspelt, or (the last one, or every one while suggesting) unfinished.
            fuzzy: (term) => (withTypos && term === group.typed ? typoTolerance(term) : false),
            prefix: (term) =>
              term === group.typed && term.length >= 3 && (everyWordUnfinished || term === last),
            weights: { fuzzy: 0.4, prefix: 0.5 },
          },
        );
      // Typo tolerance is the expensive part on a large index: only when the word as typed is not in the index.
      let results = lookUp(false);
      if (typoTolerance(group.typed) > 0 && !results.some((r) => r.queryTerms.includes(group.typed))) {
        results = lookUp(true);
      }
      const best = results[0]?.score;
      if (!best) continue;
      const selectivity = 0.5 + 0.5 * (1 - results.length / Math.max(1, this.size));
      for (const r of results) {
        totals.set(String(r.id), (totals.get(String(r.id)) ?? 0) + (r.score / best) * selectivity);
      }
    }
    // Only the best `limit` are needed: one pass keeping a small sorted list, no sort of every match.
    const best: { id: string; score: number }[] = [];
    for (const [id, total] of totals) {
      const score = total * popularityBoost(this.#services.get(id)?.popularity ?? 1);
      if (best.length === limit && score <= best[limit - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { id, score });
      if (best.length > limit) best.pop();
    }
    const ranked: ServiceHit[] = best.map(({ id, score }) => {
      const { popularity: _popularity, ...hit } = this.#services.get(id)!;
      return { ...hit, score };
    });
    return topHits(ranked, limit);
  }
}

/** Common services first: a factor from 0.6 (rare) to 1.5 (everybody needs it), on top of the text score. */
function popularityBoost(popularity: number): number {
  return 0.6 + (Math.min(100, Math.max(1, popularity)) / 100) * 0.9;
}

function topHits(ranked: ServiceHit[], limit: number): ServiceHit[] {
  const best = ranked[0]?.score ?? 0;
  return ranked
    .filter((hit) => hit.score >= best * relativeCutoff)
    .slice(0, limit)
    .map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
}
