#!/usr/bin/env node
/**
 * The quality job, beside the functional gate `npm test`: the checks that walk
 * the whole live build or measure it. Runs, in order, and always all of them:
 *
 * 1. the integration builds of Vitest's `integration` project (reports/vitest-integration.json);
 * 2. Playwright's `quality` project on the live build in dist/: axe on every URL, the Nu Html Checker
 *    (vnu), the link check, the size budgets and `npm audit`; then the `lighthouse` project alone,
 *    after the CPU has gone quiet (reports/playwright-quality.json).
 *
 * `npm audit` needs the registry's advisory endpoint. When it cannot be reached the audit test is
 * skipped with a loud banner and its reason (the CI summary lists it as skipped, never as passed);
 * QUALITY_REQUIRE_AUDIT=1 turns that skip into a failure, for a CI that is always online.
 *
 * Builds dist/ first when there is none (after `npm test` there is one).
 * Usage: npm run test:quality   (E2E_PORT picks the port, as for npm run test:e2e)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
let status = 0;

status ||= run('node_modules/.bin/vitest', ['run', '--project', 'integration', '--outputFile.json=reports/vitest-integration.json']);

if (!existsSync('dist/index.html')) {
  console.log('test:quality: no build in dist/, building it first (npm run build)');
  const built = run('node_modules/.bin/astro', ['build']);
  if (built !== 0) process.exit(built);
}
const e2e = run('node_modules/.bin/playwright', ['test', '--project=quality', '--project=lighthouse'], {
  E2E_REPORT: 'reports/playwright-quality.json',
  // Only the live build's server: every quality check walks the live build.
  E2E_LIVE_ONLY: '1',
});
process.exit(status || e2e);
