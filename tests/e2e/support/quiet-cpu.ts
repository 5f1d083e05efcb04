/**
 * Waits for the machine's CPUs to be idle before a measurement. Lighthouse
 * scales the main-thread time it observes by its CPU slowdown (4× on mobile),
 * so another process busy on a 2-core machine (a browser still closing after
 * the other tests, a build) lowers the Performance score of a page that did
 * not change. Reads Linux's /proc/stat; elsewhere it returns at once.
 */
import { existsSync, readFileSync } from 'node:fs';

/** Total and idle jiffies of all CPUs together (the first line of /proc/stat). */
function cpuTimes(): { total: number; idle: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are time nobody could use.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), idle };
}

/** The share of CPU time that was idle over the next `ms` milliseconds (0–1). */
async function idleShare(ms: number): Promise<number> {
  const a = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = cpuTimes();
  return b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : 1;
}

export interface Quiet {
  /** Whether the CPUs reached `idle` before the time ran out. */
  quiet: boolean;
  /** The idle share of the last window measured. */
  idle: number;
  waitedMs: number;
}

/**
 * Samples one-second windows until one is at least `idle` idle (default 85%), for at most `maxMs`.
 * It never fails: the caller records the answer next to the scores it then measures.
 */
export async function waitForQuietCpu({ idle = 0.85, maxMs = 30_000 } = {}): Promise<Quiet> {
  if (!existsSync('/proc/stat')) return { quiet: true, idle: 1, waitedMs: 0 };
  const start = Date.now();
  let last: number;
  do {
    last = await idleShare(1000);
    if (last >= idle) return { quiet: true, idle: last, waitedMs: Date.now() - start };
  } while (Date.now() - start < maxMs);
  return { quiet: false, idle: last, waitedMs: Date.now() - start };
}
