#!/usr/bin/env node
/**
 * Runs npm scripts at the same time and prints each one's output in one block when it ends, with its
 * wall time; exits non-zero when any of them failed (after all have ended, so every failure is shown).
 * `npm test` uses it twice, for work that does not share files:
 * - ESLint, the cycle check and `astro check`, which write nothing;
 * - the pure unit tests beside the unit tests' fixture builds (the pure ones read no build and write no .astro/).
 * The e2e tests build a site of their own (the editor workflow), so nothing that builds runs beside them.
 * Never use it for two Astro builds or a build and `astro check`: they share the project's .astro/ folder.
 *
 * Usage: node scripts/run-together.mjs lint check
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const start = Date.now();
        const child = spawn(npm, ['run', name], { env: process.env, shell: process.platform === 'win32' });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('close', (code) => {
          const secs = ((Date.now() - start) / 1000).toFixed(0);
          process.stdout.write(`\n── npm run ${name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${secs} s ──\n${out}`);
          resolve(code ?? 1);
        });
      }),
  ),
);
const failed = names.filter((_, i) => results[i] !== 0);
if (failed.length) console.error(`\nrun-together: failed: ${failed.map((n) => `npm run ${n}`).join(', ')}`);
process.exit(failed.length ? 1 : 0);
