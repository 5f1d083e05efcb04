/**
 * How the big map's markers follow a filter. There are two cluster groups,
 * one on the map at a time (src/client/map/markers.ts). ALL holds every
 * place and is clustered once. FILTERED holds the last filtered set and
 * follows each new filter by a diff. Going back to everything, the commonest
 * "undo", is then a swap of groups instead of re-clustering thousands of
 * markers. This module decides what each filter does; it knows no Leaflet.
 */

/** What to do for a filter: show ALL, or show FILTERED after removing and adding these (after a clear, if `clear`). */
export type GroupPlan<T> = { show: 'all' } | { show: 'filtered'; clear: boolean; remove: T[]; add: T[] };

/**
 * The plan for keeping `keep` of `all`, when FILTERED holds `held` now. When most of what FILTERED holds
 * would go, it is cleared and refilled: one add is cheaper than a long remove and a short add.
 */
export function planGroups<T>(all: readonly T[], held: ReadonlySet<T>, keep: readonly T[]): GroupPlan<T> {
  if (keep.length === all.length) return { show: 'all' };
  const keepSet = new Set(keep);
  const gone = [...held].filter((i) => !keepSet.has(i));
  if (gone.length > keep.length) return { show: 'filtered', clear: true, remove: [], add: [...keep] };
  return { show: 'filtered', clear: false, remove: gone, add: keep.filter((i) => !held.has(i)) };
}
