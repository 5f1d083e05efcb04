/**
 * The one place that talks to Pagefind. Its bundle (library, web worker, wasm,
 * index chunks) is fetched from /pagefind/ the first time a search runs, never
 * before; this module itself is small and is only imported by code that is
 * about to search.
 *
 * On top of Pagefind it adds: OR within a filter group (`any`), facet counts
 * that stay right under OR (one extra search per group with a ticked value),
 * and the second Indonesian reading of a query (src/lib/search/readings.ts).
 */
import { BASE } from '../../lib/base';
import { SEARCH_FACETS } from '../../lib/search/fields';
import { pagefindFilters, type Selection } from '../../lib/search/state';
import { queryReadings, type Readings } from '../../lib/search/readings';
import { mergeCounts, mergeResults, type FacetCounts } from '../../lib/search/merge';
import { suggest, type Vocabulary } from '../../lib/search/suggest';
import { isRealMatch } from '../../lib/search/noise';
import { otherForm } from '../../lib/search/readings';
import { notesFor, preferFirst, preferredCategories, type SynonymGroup } from '../../lib/search/synonyms';
import type { Lang } from '../../content/vocab';

/** What a result's `data()` gives (Pagefind's fragment). */
export interface ResultData {
  url: string;
  /** Escaped text whose only markup is <mark> around the matched words. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values (stable keys such as destination, waterfall). */
  filters?: Record<string, string[] | undefined>;
  /** The page's indexed text, and the word positions in it that matched. */
  content: string;
  locations: number[];
  /** The page's sections (headings with an id); the hidden one of other names ends in #search-keywords. */
  sub_results?: { url: string; excerpt: string; locations: number[] }[];
}
export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Response {
  results: Result[];
  filters: FacetCounts;
}
type Filters = ReturnType<typeof pagefindFilters>;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<FacetCounts>;
  search(term: string | null, o?: { filters?: Filters }): Promise<Response>;
  /** Resolves null when a newer debounced search replaced this one. */
  debouncedSearch(term: string | null, o: { filters?: Filters }, ms: number): Promise<Response | null>;
}

export interface Query {
  q: string;
  selected: Selection;
}
export interface SearchOptions {
  /** Pause after the last keystroke (Pagefind's debouncedSearch); resolves null when a newer search replaced this one. */
  debounceMs?: number;
  /** Whether facet counts are wanted: they need Pagefind's filter index (loadFilters()). */
  counts?: boolean;
  /** How many of the first results are read to tell real matches from noise: as many as will be shown. */
  check?: number;
}
export interface Outcome {
  results: Result[];
  /** Per filter group: how many results each value would give (OR within the group). */
  counts: FacetCounts;
  /** Notes of the synonym groups the query names ("no places to stay are listed yet"). */
  notes?: string[];
  /** False when the counts were not asked for (the filter index is not loaded): `counts` is then empty. */
  counted?: boolean;
}

const lang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'id');

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; a failed load (offline) may be retried by the next search. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pf.options({
      // Result URLs are indexed from dist/; under BASE_PATH they need the base in front.
      baseUrl: BASE,
      excerptLength: 26,
      // Search in the page, not in Pagefind's web worker: the worker script is
      // another 12 KB (gzip) on the first query, which would leave no headroom
      // in the 150 KB budget (docs/benchmarks-search.md), while a query on this
      // index takes milliseconds. Set false if the index grows far beyond 5,000 entries.
      noWorker: true,
      // The build's id instead of Pagefind's default timestamp: the entry file's URL stays the same until
      // the next deploy, so the service worker can keep it and search works offline (src/lib/pwa/).
      ...(document.documentElement.dataset.build ? { metaCacheTag: document.documentElement.dataset.build } : {}),
    });
    return pf;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

let filterIndex: Promise<unknown> | undefined;

/**
 * Loads Pagefind's filter index, once: facet counts come back with each search
 * only after it. It is fetched only for a search whose counts will be seen (the
 * filters panel open), not for the header's quick results nor behind a phone's
 * folded filters: at 10,000 pages it is about a seventh of a first query
 * (docs/benchmarks-search.md).
 */
function loadFilters(pf: Pagefind): Promise<unknown> {
  filterIndex ??= pf.filters().catch((e: unknown) => ((filterIndex = undefined), Promise.reject(e)));
  return filterIndex;
}

/** One search, with the second reading merged in when the query has one. */
async function searchReadings(pf: Pagefind, r: Readings, filters: Filters, first?: Response): Promise<Outcome> {
  const a = first ?? (await pf.search(r.query || null, { filters }));
  if (!r.alternate || !r.both) return { results: a.results, counts: a.filters };
  const [b, both] = await Promise.all([pf.search(r.alternate, { filters }), pf.search(r.both, { filters })]);
  return { results: mergeResults(a.results, b.results), counts: mergeCounts(a.filters, b.filters, both.filters) };
}

/**
 * Runs a search: words, filters, or both (words empty: Pagefind's filter-only
 * mode browses everything). With `debounceMs`, resolves null when a newer
 * search replaced this one while it waited.
 */
export async function runSearch(
  query: Query,
  { debounceMs = 0, counts = true, check = CHECKED }: SearchOptions = {},
): Promise<Outcome | null> {
  const [pf, groups] = await Promise.all([loadPagefind(), loadSynonyms()]);
  const counted = counts || !!filterIndex;
  if (counted) await loadFilters(pf);
  const readings = queryReadings(query.q, lang());
  const filters = pagefindFilters(query.selected);
  const term = readings.query || null;
  const first = debounceMs ? await pf.debouncedSearch(term, { filters }, debounceMs) : await pf.search(term, { filters });
  if (!first) return null;
  const outcome = await searchReadings(pf, readings, filters, first);
  outcome.results = outcome.results.map(once);
  outcome.notes = notesFor(readings.query, groups, lang());
  outcome.counted = counted;
  // "kuliner" names the food kinds (content/sinonim-pencarian.yml): their pages first, unless a category is ticked.
  // Before the check below: it then reads the fragments of the first results the page shows, and no others.
  const categories = preferredCategories(readings.query, groups);
  if (categories.length && !query.selected.category?.length && outcome.results.length > 1) {
    const preferred = await pf.search(readings.query, { filters: { ...filters, category: { any: categories } } });
    outcome.results = preferFirst(outcome.results, new Set(preferred.results.map((r) => r.id)));
  }
  if (readings.query && !(await answers(readings.query, outcome.results, check)))
    return { results: [], counts: {}, notes: outcome.notes, counted };
  // A group with ticked values is counted without its own filter: ticking one
  // more value there adds results (OR), so its counts must ignore the group.
  const ticked = SEARCH_FACETS.filter((f) => query.selected[f]?.length);
  const others = await Promise.all(ticked.map((f) => searchReadings(pf, readings, pagefindFilters(query.selected, f))));
  ticked.forEach((f, i) => (outcome.counts[f] = others[i]!.counts[f] ?? {}));
  return outcome;
}

/** Results whose page fragment is fetched once, however often it is read. */
function once(r: Result): Result {
  let data: Promise<ResultData> | undefined;
  return { id: r.id, score: r.score, data: () => (data ??= r.data()) };
}

/** How many of the first results are read to tell real matches from Pagefind's prefix fallback. */
const CHECKED = 10;

/**
 * Whether the query really found something (src/lib/search/noise.ts). Pagefind's fallback to a word's
 * beginning is the same for every page, so the first results tell: when none of them has every query
 * word, the query has no real match ("itinerary" found only "it").
 */
async function answers(q: string, results: readonly Result[], check: number): Promise<boolean> {
  if (!results.length) return true;
  const forms = (t: string) => [otherForm(t)].filter((f): f is string => !!f);
  const data = await Promise.all(results.slice(0, check).map((r) => r.data()));
  return data.some((d) => isRealMatch(q, d, forms));
}

let synonyms: Promise<SynonymGroup[]> | undefined;

/** The search synonyms (content/sinonim-pencarian.yml), fetched with the index; none when they cannot be had. */
function loadSynonyms(): Promise<SynonymGroup[]> {
  synonyms ??= fetch(`${BASE}data/search-synonyms.json`)
    .then((r) => (r.ok ? (r.json() as Promise<SynonymGroup[]>) : []))
    .catch(() => ((synonyms = undefined), []));
  return synonyms;
}

let vocabulary: Promise<Vocabulary> | undefined;

/**
 * "Did you mean": the nearest names and aliases to `q` that do find
 * something. The vocabulary file is fetched the first time it is needed.
 */
export async function suggestionsFor(q: string): Promise<string[]> {
  vocabulary ??= fetch(`${BASE}data/search-vocabulary-${lang()}.json`).then((r) =>
    r.ok ? (r.json() as Promise<Vocabulary>) : { names: [], words: [] },
  );
  const candidates = suggest(q, await vocabulary);
  const pf = await loadPagefind();
  const found = await Promise.all(candidates.map(async (c) => (await pf.search(c)).results.length > 0));
  return candidates.filter((_, i) => found[i]);
}
