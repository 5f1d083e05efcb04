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

const failures = [];
// The first lines of a failure's message, so a CI log says why and not only what.
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;
const why = (message) =>
  String(message ?? '')
    .replace(ansi, '')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 8)
    .map((l) => `      ${l.slice(0, 200)}`)
    .join('\n');
const failure = (what, message) => failures.push(message ? `${what}\n${why(message)}` : what);
const vitest = read('reports/vitest.json');
if (vitest) {
  for (const file of vitest.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') failure(`unit: ${t.fullName ?? t.title} (${file.name})`, t.failureMessages?.[0]);
    }
  }
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
} else {
  console.error('summary: reports/vitest.json is missing (unit tests did not run)');
  failed += 1;
}

// Walks Playwright's suites and names every test whose outcome was unexpected.
const unexpected = (suite, file, trail = []) => {
  const here = suite.title && !suite.title.endsWith('.ts') ? [...trail, suite.title] : trail;
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status === 'unexpected') {
        const last = t.results?.at(-1);
        failure(
          `e2e: [${t.projectName}] ${spec.file}:${spec.line} › ${[...here, spec.title].join(' › ')} (${file})`,
          last?.error?.message ?? last?.errors?.[0]?.message,
        );
      }
    }
  }
  for (const child of suite.suites ?? []) unexpected(child, file, here);
};

const playwright = (file, what, required) => {
  const pw = read(file);
  if (pw) {
    for (const suite of pw.suites ?? []) unexpected(suite, file);
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

if (failures.length) console.log(`Failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
if (skipped) console.log(`${skipped} skipped (each says why in its report)`);
// The last line is the one CI reads.
console.log(`${passed} passed, ${failed} failed`);
