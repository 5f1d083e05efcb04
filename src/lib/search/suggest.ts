/**
 * "Did you mean": Pagefind has no typo tolerance, so when a query finds
 * nothing or very little, the search page suggests the nearest names and
 * aliases by edit distance. The vocabulary is generated at build time per
 * language (src/pages/data/search-vocabulary-[lang].json.ts) from every
 * page's name and aliases.
 */

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
 * Edit distance where swapping two neighbouring letters costs 1, as one typo
 * ("Balgie" for "Balige"), not 2 (optimal string alignment distance).
 */
export function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** At least this share of the letters must be right for a suggestion: "Situjan" → "Situjian" (7/8), never "hotel" → "Home" (3/5). */
export const MIN_SIMILARITY = 0.75;

/**
 * How alike two spellings are, from 0 to 1: one minus the typo distance over
 * the longer length. Different first letters make it 0: people rarely mistype
 * the first letter, and "weather" → "Heather" would be a silly suggestion.
 */
export function similarity(a: string, b: string): number {
  const [x, y] = [fold(a), fold(b)];
  if (!x || !y || x[0] !== y[0]) return 0;
  return 1 - typoDistance(x, y) / Math.max(x.length, y.length);
}

/** The candidates really similar to `word`, most similar first (ties: nearest length). */
function nearest(word: string, candidates: readonly string[], limit: number): string[] {
  return candidates
    .map((c) => ({ c, s: similarity(word, c) }))
    .filter(({ s }) => s >= MIN_SIMILARITY)
    .sort((a, b) => b.s - a.s || Math.abs(a.c.length - word.length) - Math.abs(b.c.length - word.length) || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map(({ c }) => c);
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
      const near = nearest(word, vocab.words, 1)[0];
      if (near) changed = true;
      return near ?? word;
    })
    .join(' ');
  const candidates = [...(changed ? [corrected] : []), ...nearest(q, vocab.names, limit)];
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
