#!/usr/bin/env node
// Prints the one line CI reads, "N passed, N failed", from the JSON reports of
// Vitest (reports/vitest.json), Playwright (reports/playwright.json) and the
// Playwright run on the base-path build (reports/playwright-base.json).
// A missing report (a stage that never ran) counts as one failure, so a
// broken run can never look green. The base-path report is required only when
// REQUIRE_BASE_REPORT is set (.ci/run sets it).
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
} else {
  console.error('summary: reports/vitest.json is missing (unit tests did not run)');
  failed += 1;
}

const playwright = (file, what, required) => {
  const pw = read(file);
  if (pw) {
    passed += pw.stats.expected + (pw.stats.flaky ?? 0);
    failed += pw.stats.unexpected;
    skipped += pw.stats.skipped ?? 0;
  } else if (required) {
    console.error(`summary: ${file} is missing (${what} did not run)`);
    failed += 1;
  }
};
playwright('reports/playwright.json', 'end-to-end tests', true);
playwright('reports/playwright-base.json', 'end-to-end tests on the base-path build', !!process.env.REQUIRE_BASE_REPORT);

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
