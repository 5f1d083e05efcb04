/**
 * "Did you mean": Pagefind has no typo tolerance, so when a query finds
 * nothing or very little, the search page suggests the nearest names and
 * aliases by edit distance. The vocabulary is generated at build time per
 * language (src/pages/data/search-vocabulary-[lang].json.ts) from every
 * page's name and aliases.
 */
import { closest, editDistance } from '../text';

export interface Vocabulary {
  /** Whole names and aliases, e.g. "Air Terjun Situmurun", "Pantai Bulbul". */
  names: string[];
  /** Their words (three letters or more), each once, e.g. "Situmurun", "Balige". */
  words: string[];
}

/** At or below this many results, the search page offers suggestions. */
export const FEW_RESULTS = 2;

const fold = (s: string) => s.toLocaleLowerCase('id');
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each value once, ignoring case; the first spelling wins and the order is kept. */
function distinct(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(fold(v))) seen.set(fold(v), v);
  return [...seen.values()];
}
const sorted = (values: string[]) => values.sort((a, b) => a.localeCompare(b, 'id'));

/** The vocabulary of a list of names: the names themselves and their words. */
export function buildVocabulary(names: Iterable<string>): Vocabulary {
  const all = sorted(distinct([...names].map(tidy)));
  // Parentheses and punctuation split words: "Situmurun (Binangalom)" gives both.
  const words = sorted(distinct(all.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3 && !/^\d+$/.test(w))));
  return { names: all, words };
}

/**
 * `closest()` from text.ts, with ties broken by length: a swapped pair of
 * letters costs 2 in Levenshtein distance, like dropping two letters, and
 * "Balgie" should still mean "Balige" rather than "Bali".
 */
function nearest(word: string, candidates: readonly string[], maxDistance: number, limit: number): string[] {
  const rank = (c: string) => editDistance(fold(word), fold(c)) * 100 + Math.abs(c.length - word.length);
  return closest(word, candidates, maxDistance, 50)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, limit);
}

/**
 * Up to `limit` suggestions for `query`, nearest first: the query with each
 * unknown word replaced by the nearest known word ("situmurn" → "Situmurun"),
 * then whole names close to the whole query. Never the query itself.
 */
export function suggest(query: string, vocab: Vocabulary, limit = 3): string[] {
  const q = tidy(query);
  if (q.length < 3) return [];
  const known = new Set(vocab.words.map(fold));
  let changed = false;
  const corrected = q
    .split(' ')
    .map((word) => {
      if (word.length < 3 || known.has(fold(word))) return word;
      const near = nearest(word, vocab.words, 2, 1)[0];
      if (near) changed = true;
      return near ?? word;
    })
    .join(' ');
  const candidates = [...(changed ? [corrected] : []), ...nearest(q, vocab.names, 3, limit)];
  return distinct(candidates.filter((c) => fold(c) !== fold(q))).slice(0, limit);
}

/** The words Pagefind marked in excerpts (`<mark>…</mark>`), lower-cased. */
const marked = (excerpts: readonly string[]) =>
  excerpts.flatMap((e) => [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => fold(m[1]!.replace(/[^\p{L}\p{N}]/gu, ''))));

/**
 * True when a query word of four letters or more was not really found: no
 * marked word in the excerpts starts with it or is it minus an ending.
 * Pagefind 1.6 answers an unknown word with the pages of its longest known
 * beginning ("situmurn" finds "sit"), so a misspelling can bring many
 * results; this tells those apart from real matches, including stemmed ones
 * ("waterfalls" marks "waterfall").
 */
export function unmatched(query: string, excerpts: readonly string[]): boolean {
  const marks = marked(excerpts);
  return tidy(query)
    .split(' ')
    .map(fold)
    .filter((w) => w.length >= 4)
    .some((w) => !marks.some((m) => m.startsWith(w) || (w.startsWith(m) && m.length >= w.length - 2)));
}
