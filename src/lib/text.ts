/** Small text helpers shared by the content checker, search and URLs. */

/** Lower-case, accent-free, hyphen-joined form of a name: "Pantai Bulbul" → "pantai-bulbul". */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein edit distance (insertions, deletions, substitutions), two-row version. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** The closest candidates to `word` (case-insensitive), nearest first, within `maxDistance`. */
export function closest(word: string, candidates: readonly string[], maxDistance = 3, limit = 3): string[] {
  const w = word.toLowerCase();
  return candidates
    .map((c) => ({ c, d: editDistance(w, c.toLowerCase()) }))
    .filter(({ d }) => d <= Math.max(1, Math.min(maxDistance, Math.floor(w.length / 2))))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map(({ c }) => c);
}

/**
 * Fills `{name}` placeholders in a UI string: the one template function of
 * the site (pages, the map, search). A placeholder without a value is a
 * programming error: it throws in `astro dev`, at build time and in tests,
 * where someone will see it; only in visitors' browsers it stays visible as
 * `{name}` rather than breaking the page.
 */
export function fill(template: string | undefined, vars: Readonly<Record<string, string | number>> = {}): string {
  if (template === undefined) {
    if (strict()) throw new Error('fill(): no UI string (a key missing from the strings passed to the page?)');
    return '';
  }
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (Object.hasOwn(vars, name)) return String(vars[name]);
    if (strict()) throw new Error(`fill(): no value for ${placeholder} in "${template}"`);
    return placeholder;
  });
}

/** True where a missing value must fail loudly: dev server, build (server side) and tests. */
const strict = (): boolean => {
  const env = (import.meta as { env?: Record<string, unknown> }).env;
  return !env || env.DEV === true || env.SSR === true || env.MODE === 'test';
};
