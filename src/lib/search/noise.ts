/**
 * Telling real matches from noise. Pagefind 1.6 answers a word it does not
 * know with the pages of its longest known beginning: "itinerary" finds every
 * page with "it", "weather" every page with "we", "situmurn" the pages of
 * "situjian". Those are not answers. A result counts only when each word of
 * the query really is on the page: the same word, a longer word it begins
 * (typing "situ" finds "Situjian", from three letters on), or a stem of it
 * ("waterfalls" → "waterfall", "pantainya" → "pantai"). Words that share no
 * beginning with the query word are the stemmer's work on prefixes
 * ("menenun" → "tenun", "berenang" → "renang") and count too.
 *
 * The page's matched words are those at Pagefind's `locations` in its `content`.
 */
import { wordsOf } from './synonyms';

/** How a page word relates to a query word. */
type Relation = 'match' | 'noise' | 'other';

const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

function relation(term: string, word: string): Relation {
  if (word === term) return 'match';
  if (term.length >= 3 && word.startsWith(term)) return 'match';
  if (term.startsWith(word) && word.length >= 4 && word.length * 2 >= term.length) return 'match';
  // Sharing two letters or more at the start, yet neither: a shorter beginning ("it" for "itinerary") or another word on it.
  return commonPrefix(term, word) >= 2 ? 'noise' : 'other';
}

/** The query's words, folded (a hyphenated word stays one: "oleh-oleh"). */
export const queryTerms = (query: string): string[] => [...new Set(wordsOf(query))];

/**
 * Whether one query word is really on a page whose matched words are `matched`:
 * one of them matches it, or none is a mere beginning of it (the stemmer matched another form).
 */
export function termFound(term: string, matched: readonly string[]): boolean {
  const relations = matched.map((w) => relation(term, w));
  return relations.includes('match') || (!relations.includes('noise') && relations.includes('other'));
}

/** The words of `content` at Pagefind's word `locations`. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  return locations.flatMap((i) => wordsOf(tokens[i] ?? ''));
}

/**
 * Whether a result really answers the query: every query word is found among
 * its matched words. `forms` gives other forms of a word that the search also
 * looked for (the Indonesian `ber-` reading, ./readings.ts).
 */
export function isRealMatch(
  query: string,
  result: { content: string; locations: readonly number[] },
  forms: (term: string) => string[] = () => [],
): boolean {
  const matched = wordsAt(result.content, result.locations);
  return queryTerms(query).every((t) => [t, ...forms(t)].some((f) => termFound(f, matched)));
}
