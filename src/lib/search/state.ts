/**
 * The search page's state and its URL: `?q=air+terjun&type=destination&category=waterfall`.
 * The URL is exactly what the search form submits (one parameter per ticked
 * box), so a search can be shared, reloaded, and walked with back and forward.
 */
import { SEARCH_FACETS, type SearchFacet } from './fields';

export type Selection = Partial<Record<SearchFacet, string[]>>;

export interface SearchState {
  q: string;
  selected: Selection;
}

/** Known values per facet; anything else in a URL is dropped. */
export type KnownValues = Partial<Record<SearchFacet, ReadonlySet<string>>>;

/** Reads the state from URL parameters, keeping only known facet values (each once). */
export function readState(params: URLSearchParams, known?: KnownValues): SearchState {
  const selected: Selection = {};
  for (const facet of SEARCH_FACETS) {
    const values = [...new Set(params.getAll(facet))].filter((v) => v && (!known || known[facet]?.has(v)));
    if (values.length) selected[facet] = values.sort();
  }
  return { q: (params.get('q') ?? '').trim(), selected };
}

/** The URL parameters of a state: `q` first, then the facets in display order, values sorted. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const facet of SEARCH_FACETS) {
    for (const v of [...(state.selected[facet] ?? [])].sort()) params.append(facet, v);
  }
  return params;
}

/** True when there is nothing to search for: no words and no ticked filter. */
export const isBlank = (s: SearchState) => !s.q.trim() && !SEARCH_FACETS.some((f) => s.selected[f]?.length);

/** Number of ticked filter values. */
export const selectedCount = (s: Selection) => SEARCH_FACETS.reduce((n, f) => n + (s[f]?.length ?? 0), 0);

/**
 * Pagefind filters for a selection. Pagefind ANDs everything by default, also
 * several values of one filter (see its issue #594); `any` makes the values of
 * one group an OR (beach OR waterfall), while the groups stay ANDed.
 * `except` leaves one group out: its counts are then what ticking another
 * value in that group would give.
 */
export function pagefindFilters(selected: Selection, except?: SearchFacet): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of SEARCH_FACETS) {
    const values = selected[facet];
    if (facet !== except && values?.length) filters[facet] = { any: [...values] };
  }
  return filters;
}
