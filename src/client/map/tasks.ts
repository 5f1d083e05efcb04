/**
 * Yields to the browser (input, paint) before going on. The map's start-up is a series of short steps, each in a
 * task of its own: as one task it blocked a phone's main thread for over 300 ms (Lighthouse's total
 * blocking time, tests/e2e/lighthouse.spec.ts; figures in docs/benchmarks.md).
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
