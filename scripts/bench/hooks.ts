/**
 * Measurements other parts of the project add on their own: the benchmark
 * runs `scripts/bench-map.*` (time to filter the map at 5,000 places) and
 * `scripts/bench-search.*` once per corpus size, if they exist.
 *
 * The contract (scripts/bench/README.md): the script gets BENCH_N, BENCH_DIST
 * (the built site), BENCH_CONTENT_DIR and BENCH_URL (that site, served by the
 * bench's compressing server) in its environment, and prints its result as
 * its last line of standard output: either JSON — one `{ "label"?, "value",
 * "unit"? }` or an array of them — or plain text. A missing script reads
 * "not measured"; a failing one, "failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface HookResult {
  /** What goes into the table cell. */
  text: string;
  ok: boolean;
}

interface Measure {
  label?: string;
  name?: string;
  metric?: string;
  value: number | string;
  unit?: string;
}

/** Turns the script's last output line into a table cell. */
export function parseHookOutput(stdout: string): string {
  const last = stdout.trim().split('\n').filter(Boolean).at(-1)?.trim() ?? '';
  try {
    const json = JSON.parse(last) as Measure | Measure[];
    const list = Array.isArray(json) ? json : [json];
    if (list.every((m) => m && typeof m === 'object' && 'value' in m)) {
      return list
        .map((m) => [m.label ?? m.name ?? m.metric, `${m.value}${m.unit ? ` ${m.unit}` : ''}`].filter(Boolean).join(': '))
        .join('; ');
    }
  } catch {
    // Not JSON: the line is the result.
  }
  return last.replace(/\|/g, '\\|') || '(no output)';
}

export function runHook(name: string, env: Record<string, string>, root = process.cwd()): HookResult {
  const file = ['ts', 'mts', 'mjs', 'js'].map((ext) => path.join(root, 'scripts', `${name}.${ext}`)).find((f) => existsSync(f));
  if (!file) return { text: `not measured (no scripts/${name}.*)`, ok: false };
  const args = /\.m?ts$/.test(file) ? [path.join(root, 'node_modules/tsx/dist/cli.mjs'), file] : [file];
  const res = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) {
    console.error(
      `bench: ${path.relative(root, file)} failed (exit ${res.status ?? res.signal}):\n${res.stderr.split('\n').slice(-20).join('\n')}`,
    );
    return { text: `failed (exit ${res.status ?? res.signal}; see the bench log)`, ok: false };
  }
  return { text: parseHookOutput(res.stdout), ok: true };
}
