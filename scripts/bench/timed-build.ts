/**
 * One timed `astro build` for `npm run bench`, with its peak memory, and the
 * temp project of the floor baseline (a bare Astro build of the same MDX).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface Build {
  ms: number;
  rssKb: number;
  /** Wall time of each post-build step, from its "name: done in N ms." line (src/build/post-build.ts). */
  steps: Record<string, number>;
}

/** The post-build steps' times in a build's output. */
export function stepTimes(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/\] ([\w-]+): done in (\d+) ms\./g)].map((m) => [m[1]!, Number(m[2])]));
}

/** Runs `astro build` under /usr/bin/time -v (for peak RSS) and times it from here. */
export function timedBuild(args: string[], cwd: string, env: Record<string, string>): Build {
  const argv = [process.execPath, ASTRO, 'build', ...args];
  const time = existsSync('/usr/bin/time');
  const started = performance.now();
  const res = spawnSync(time ? '/usr/bin/time' : argv[0]!, time ? ['-v', ...argv] : argv.slice(1), {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (res.status !== 0)
    throw new Error(`astro build failed in ${cwd}:\n${`${res.stdout}\n${res.stderr}`.split('\n').slice(-40).join('\n')}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(res.stderr);
  return { ms, rssKb: rss ? Number(rss[1]) : Number.NaN, steps: stepTimes(`${res.stdout}\n${res.stderr}`) };
}

/** A temp Astro project from scripts/bench/floor whose node_modules is the site's. */
export function floorProject(tmp: string): string {
  const dir = path.join(tmp, 'floor');
  cpSync(path.join(ROOT, 'scripts/bench/floor'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-floor", "private": true, "type": "module" }\n');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
