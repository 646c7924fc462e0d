// Helpers the catalogue completeness tests share: a catalogue as dotted keys, its {{placeholders}}, empty texts,
// texts copied from German, and Leichte Sprache's long sentences. Plain TypeScript, so the unit tests can import it.

/** A translation catalogue: texts, nested by section. */
export type Catalogue = { [key: string]: string | Catalogue };

/** Every text of a catalogue by its dotted key. */
export function flatten(tree: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * The names of a text's `{{placeholders}}`, sorted. Spaces inside the braces count as i18next reads them, unless
 * `allowSpaces` is false (then only the tight `{{name}}` spelling is a placeholder).
 */
export function placeholders(text: string, { allowSpaces = true }: { allowSpaces?: boolean } = {}): string[] {
  const pattern = allowSpaces ? /\{\{\s*(\w+)\s*\}\}/g : /\{\{(\w+)\}\}/g;
  return [...text.matchAll(pattern)].map((m) => m[1]!).sort();
}

/** The keys of `texts` whose placeholders differ from those of the same key in `reference` (a missing one has none). */
export function placeholderMismatches(texts: Map<string, string>, reference: Map<string, string>): string[] {
  return [...texts]
    .filter(([key, text]) => placeholders(text).join() !== placeholders(reference.get(key) ?? '').join())
    .map(([key]) => key);
}

/** The keys whose text is empty or only white space. */
export function emptyKeys(texts: Map<string, string>): string[] {
  return [...texts].filter(([, text]) => text.trim() === '').map(([key]) => key);
}

/**
 * The keys whose German sentence (it has a full stop, question or exclamation mark and more than 40 characters)
 * stands unchanged in the translation: a name, a number or a single word may be the same in every language.
 */
export function copiedKeys(german: Map<string, string>, translated: Map<string, string>): string[] {
  return [...german]
    .filter(([key, text]) => /[.!?]/.test(text) && text.length > 40 && translated.get(key) === text)
    .map(([key]) => key);
}

/** Leichte Sprache's sentences longer than `maxWords` words, as `key: sentence`. */
export function longSentences(texts: Map<string, string>, maxWords = 15): string[] {
  const long: string[] = [];
  for (const [key, text] of texts) {
    for (const sentence of text.split(/(?<=[.!?:])\s+|\n+/)) {
      const words = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      if (words.length > maxWords) long.push(`${key}: ${sentence}`);
    }
  }
  return long;
}
