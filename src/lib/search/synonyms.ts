/**
 * Search synonyms: the words tourists type for the same thing ("kuliner",
 * "makanan", "food"). The tourism office keeps them as data in
 * content/sinonim-pencarian.yml (checked by src/content/synonyms.ts, documented
 * in docs/panduan-editor.md).
 *
 * They work in two places:
 * - at build time, each indexed page gets the other words of every group it
 *   mentions (or whose categories it belongs to) as hidden keywords, so one
 *   Pagefind search finds it, with exact facet counts;
 * - in the browser, a query that names a group with categories shows the pages
 *   of those categories first ("kuliner": the food products before the
 *   festivals that mention food), and a group's note is shown with the results
 *   ("hotel": the site lists no places to stay yet).
 */

export interface SynonymGroup {
  /** Words or phrases that mean the same to a visitor, in any language. */
  words: string[];
  /** Destination categories or product kinds these words are about (ranked first). */
  categories?: string[] | undefined;
  /** A note shown with the results of a query naming this group, per language code. */
  note?: Record<string, string> | undefined;
}

const fold = (s: string) =>
  s
    .toLocaleLowerCase('id')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/** The words of a text, folded, in order: letters and digits, hyphenated words kept whole ("oleh-oleh"). */
export const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/** Whether `phrase` occurs in `words` as whole words, in order ("air terjun" in "… air terjun Situjian …"). */
function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (!phrase.length) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((p, j) => words[i + j] === p)) return true;
  return false;
}

/** The groups a text names: one of their words or phrases occurs in it as whole words. */
export function groupsNamedIn(text: string, groups: readonly SynonymGroup[]): SynonymGroup[] {
  const words = wordsOf(text);
  return groups.filter((g) => g.words.some((w) => hasPhrase(words, wordsOf(w))));
}

export interface PageKeywords {
  /** Words of the groups whose categories include the page's: indexed with a heavy weight. */
  strong: string[];
  /** Words of the groups the page's text mentions. */
  weak: string[];
}

/**
 * The hidden keywords of one page: every word of the groups it belongs to by
 * category (strong) or mentions in its text (weak), minus those already
 * strong. Each word once, in group order.
 */
export function pageKeywords(groups: readonly SynonymGroup[], page: { text: string; category?: string | undefined }): PageKeywords {
  const byCategory = page.category ? groups.filter((g) => g.categories?.includes(page.category!)) : [];
  const strong = [...new Set(byCategory.flatMap((g) => g.words))];
  const mentioned = groupsNamedIn(page.text, groups).filter((g) => !byCategory.includes(g));
  const weak = [...new Set(mentioned.flatMap((g) => g.words))].filter((w) => !strong.includes(w));
  return { strong, weak };
}

/** The categories a query asks for through its synonyms ("kuliner" → food, snack, culinary), each once. */
export const preferredCategories = (query: string, groups: readonly SynonymGroup[]): string[] => [
  ...new Set(groupsNamedIn(query, groups).flatMap((g) => g.categories ?? [])),
];

/** The notes of the groups a query names, in `lang` (else English, else Indonesian). */
export const notesFor = (query: string, groups: readonly SynonymGroup[], lang: string): string[] => [
  ...new Set(
    groupsNamedIn(query, groups)
      .map((g) => g.note?.[lang] ?? g.note?.['en'] ?? g.note?.['id'])
      .filter((n): n is string => !!n),
  ),
];

/**
 * Puts first the results whose ids are in `preferred`, keeping Pagefind's
 * order within each part: the same set, so the counts stay right.
 */
export function preferFirst<T extends { id: string }>(results: readonly T[], preferred: ReadonlySet<string>): T[] {
  return [...results.filter((r) => preferred.has(r.id)), ...results.filter((r) => !preferred.has(r.id))];
}

/** The id of the hidden heading over a page's other names and synonyms: Pagefind's sub-result for them ends in `#search-keywords`. */
export const SEARCH_KEYWORDS_ID = 'search-keywords';
