#!/usr/bin/env node
// Prints the one line CI reads, "N passed, N failed", from every JSON report:
// - the functional gate (`npm test`): Vitest's unit projects (reports/vitest.json, and
//   reports/vitest-builds.json for the fixture builds) and
//   Playwright's functional projects (reports/playwright.json);
// - the quality job (`npm run test:quality`): Vitest's integration project
//   (reports/vitest-integration.json) and Playwright's quality and Lighthouse
//   projects (reports/playwright-quality.json);
// - the base-path run (`npm run test:base`, reports/playwright-base.json).
// A missing report (a stage that never ran) counts as one failure, so a
// broken run can never look green. The quality and base-path reports are
// required only when REQUIRE_QUALITY_REPORT / REQUIRE_BASE_REPORT are set
// (.ci/run sets both).
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;

const failures = [];
const skips = [];
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
const vitestReport = (file, what, required) => {
  const vitest = read(file);
  if (vitest) {
    for (const f of vitest.testResults ?? []) {
      for (const t of f.assertionResults ?? []) {
        if (t.status === 'failed') failure(`${what}: ${t.fullName ?? t.title} (${f.name})`, t.failureMessages?.[0]);
      }
    }
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
    skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  } else if (required) {
    console.error(`summary: ${file} is missing (${what} tests did not run)`);
    failed += 1;
  }
};
const quality = !!process.env.REQUIRE_QUALITY_REPORT;
vitestReport('reports/vitest.json', 'unit', true);
vitestReport('reports/vitest-builds.json', 'unit (fixture builds)', true);
vitestReport('reports/vitest-integration.json', 'integration', quality);

// Walks Playwright's suites and names every test whose outcome was unexpected.
const unexpected = (suite, file, trail = []) => {
  const here = suite.title && !suite.title.endsWith('.ts') ? [...trail, suite.title] : trail;
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) {
      if (t.status === 'skipped') {
        // A skip says why (e.g. npm audit offline, no Java for vnu): the log names it, so it is never mistaken for a pass.
        const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description;
        skips.push(`[${t.projectName}] ${spec.file} › ${spec.title}${reason ? `: ${reason}` : ''}`);
      }
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
playwright('reports/playwright-quality.json', 'quality checks (axe, vnu, links, budgets, audit, Lighthouse)', quality);
playwright('reports/playwright-base.json', 'end-to-end tests on the base-path build', !!process.env.REQUIRE_BASE_REPORT);

if (failures.length) console.log(`Failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
if (skips.length) console.log(`Skipped:\n${skips.map((s) => `  - ${s}`).join('\n')}`);
if (skipped) console.log(`${skipped} skipped (each says why in its report)`);
// The last line is the one CI reads.
console.log(`${passed} passed, ${failed} failed`);
