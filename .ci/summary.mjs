#!/usr/bin/env node
// Prints the one line CI reads, "N passed, N failed", from the JSON reports of
// Vitest (reports/vitest.json) and Playwright (reports/playwright.json).
// A missing report (a stage that never ran) counts as one failure, so a
// broken run can never look green.
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

const pw = read('reports/playwright.json');
if (pw) {
  passed += pw.stats.expected + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped ?? 0;
} else {
  console.error('summary: reports/playwright.json is missing (end-to-end tests did not run)');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
