#!/usr/bin/env node
/**
 * The site served under a sub-path: builds it with BASE_PATH=/wisata/ into
 * dist-base/ (dist/ is left alone) and runs the smoke and offline
 * end-to-end tests against it. The JSON report goes to
 * reports/playwright-base.json, which .ci/summary.mjs counts.
 *
 * Usage: npm run test:base   (E2E_PORT picks the port, as for npm run test:e2e)
 */
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  BASE_PATH: '/wisata/',
  JELAJAH_OUT_DIR: 'dist-base',
  // Inside the project: Vite loads the content store by a root-relative URL.
  JELAJAH_CACHE_DIR: 'node_modules/.astro-base',
  E2E_REPORT: 'reports/playwright-base.json',
  ASTRO_TELEMETRY_DISABLED: '1',
};

const run = (cmd, args, extra = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } }).status ?? 1;

const built = run('node_modules/.bin/astro', ['build']);
if (built !== 0) process.exit(built);
// CI=true: never reuse a server already on the port (it would serve dist/, not dist-base/).
// Indonesian pages only: the English ones differ in their text, not in how their paths are built.
// The smoke tests (every page type's links, assets, data and search under the base path) and the offline
// app (service worker scope, precache and offline page under the base path).
const tests = ['tests/e2e/smoke.spec.ts', 'tests/e2e/offline.spec.ts'];
process.exit(
  run('node_modules/.bin/playwright', ['test', ...tests, '--project=desktop', '--grep-invert', 'in English|\\[en\\]'], { CI: 'true' }),
);
