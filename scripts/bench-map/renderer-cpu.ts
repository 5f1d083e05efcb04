/**
 * CPU time of the browser the map benchmark (scripts/bench-map.ts) launched,
 * read from Linux's /proc: on shared, overloaded machines wall-clock times
 * stretch many times over, while the CPU time the renderer main threads spend
 * on an update is what it costs when nothing else runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The pid of the Chromium this script launched: the newest process whose parent is this one and runs chromium. */
export function findBrowserPid(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const mine = process.pid;
  const kids = readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
        return Number(stat.split(') ')[1]!.split(' ')[1]) === mine && /chrom/i.test(readFileSync(`/proc/${n}/cmdline`, 'utf8'));
      } catch {
        return false;
      }
    })
    .map(Number);
  return kids.sort((a, b) => b - a)[0];
}

/** CPU time (ms) the main threads of all of Chromium's renderer processes have used so far (Linux only; 0 elsewhere). */
export function rendererCpuMs(browserPid: number | undefined): number {
  if (!browserPid || !existsSync('/proc/self/schedstat')) return 0;
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid (after the parenthesised command name).
      parent.set(Number(name), Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === browserPid) return true;
    return false;
  };
  let ns = 0;
  for (const pid of parent.keys()) {
    if (!descends(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      ns += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // Gone already.
    }
  }
  return ns / 1e6;
}
