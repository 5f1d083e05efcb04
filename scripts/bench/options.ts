/**
 * The options of `npm run bench` (scripts/bench/run.ts), from its command line:
 * --n sizes (comma-separated), --runs, --query, --out, --keep, --no-hooks.
 */

export function options(argv: string[]) {
  const values = (name: string) => argv.flatMap((a, i) => (argv[i - 1] === `--${name}` ? a.split(',') : []));
  const sizes = values('n').map(Number);
  return {
    sizes: sizes.length ? sizes : [100, 1000, 5000],
    runs: Number(values('runs')[0] ?? 3),
    query: values('query')[0] ?? 'danau',
    out: values('out')[0] ?? 'docs/benchmarks.md',
    keep: argv.includes('--keep'),
    // The map and search benchmarks measure their own 5,000-entry corpora (docs/benchmarks-map.md,
    // docs/benchmarks-search.md): --no-hooks leaves them out of a long run.
    hooks: !argv.includes('--no-hooks'),
  };
}

/** The options one run of the bench was given. */
export type BenchOptions = ReturnType<typeof options>;
