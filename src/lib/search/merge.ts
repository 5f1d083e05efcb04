/**
 * Merging the two readings of an Indonesian query (./readings.ts) into one
 * answer: the union of their results, and exact facet counts by
 * inclusion–exclusion, |A ∪ B| = |A| + |B| − |A ∩ B|, where A ∩ B comes from
 * a third search with both readings' words.
 */

/** Counts per filter value, as Pagefind returns them: { category: { beach: 3 } }. */
export type FacetCounts = Record<string, Record<string, number>>;

/** The union of two ranked result lists (same page, same id), best score first. */
export function mergeResults<T extends { id: string; score: number }>(a: readonly T[], b: readonly T[]): T[] {
  const best = new Map<string, T>();
  for (const r of [...a, ...b]) {
    const seen = best.get(r.id);
    if (!seen || r.score > seen.score) best.set(r.id, r);
  }
  return [...best.values()].sort((x, y) => y.score - x.score);
}

/** Counts of the union from the counts of A, B and A ∩ B. */
export function mergeCounts(a: FacetCounts, b: FacetCounts, both: FacetCounts): FacetCounts {
  const out: FacetCounts = {};
  for (const facet of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const values = new Set([...Object.keys(a[facet] ?? {}), ...Object.keys(b[facet] ?? {})]);
    out[facet] = Object.fromEntries([...values].map((v) => [v, (a[facet]?.[v] ?? 0) + (b[facet]?.[v] ?? 0) - (both[facet]?.[v] ?? 0)]));
  }
  return out;
}
