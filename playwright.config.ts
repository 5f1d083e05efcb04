import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findTestChromium } from './scripts/find-browser.mjs';

const chromium = findTestChromium();
const port = Number(process.env.E2E_PORT ?? 4399);
const base = process.env.BASE_PATH ?? '/';
const desktop = { ...devices['Desktop Chrome'], channel: undefined };

/**
 * The corpus-wide quality checks: they walk every page or every file of the
 * live build (axe on every URL, tap targets and focus rings on every page
 * type, the Nu Html Checker, links, size budgets),
 * ask the network (npm audit) or measure (Lighthouse). They run in
 * `npm run test:quality`, not in the functional gate `npm test`.
 */
export const QUALITY_SPECS = /(a11y-all|targets|html-validation|links|budgets|audit)\.spec\.ts/;

/**
 * The behavioural specs that need particular entries (an alias, a yearly date, an untranslated entry):
 * they run against the fixture corpus tests/fixtures/site/, built into dist-fixture/ and served on the
 * next port, never against the live content/ (it belongs to the office and changes every week). A name may
 * go on after a hyphen: map-filters.spec.ts and search-box.spec.ts are fixture specs too.
 */
export const FIXTURE_SPECS = /(search|events|calendar|map|language|contacts|getting-here|brand|print-kit|trip)(-[\w-]+)?\.spec\.ts/;
const fixturePort = port + 1;

/**
 * End-to-end tests run against `astro preview` of the production build in
 * dist/ (npm test builds it first). Map tiles are blocked in every test (see
 * tests/e2e/fixtures.ts): these machines have no internet, and the site must
 * work without tiles anyway.
 *
 * Projects, picked with --project (package.json):
 * - functional gate (`npm run test:e2e`, part of `npm test`): `desktop` and `phone` on the live build,
 *   `fixture` on the fixture build (dist-fixture/, `npm run build:fixture`, port E2E_PORT + 1);
 * - quality job (`npm run test:quality`): `quality`, then `lighthouse` alone.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  // These machines are small and often busy: give the first Pagefind/wasm load room.
  expect: { timeout: 15_000 },
  // E2E_REPORT: the quality job and the base-path run keep their own reports for the CI summary.
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    // The offline app's service worker would answer requests that other specs watch or route;
    // they test the site as a first visit sees it. tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      // Without a path, Playwright uses its own browser (npx playwright install chromium).
      ...(chromium.path ? { executablePath: chromium.path } : {}),
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: 'desktop',
      use: desktop,
      // smoke.spec.ts is about the base path: it runs in `npm run test:base`, where BASE_PATH is set.
      testIgnore: [/responsive\.spec\.ts|lighthouse\.spec\.ts/, QUALITY_SPECS, FIXTURE_SPECS, ...(base === '/' ? [/smoke\.spec\.ts/] : [])],
    },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: /responsive\.spec\.ts/ },
    { name: 'fixture', use: { ...desktop, baseURL: `http://127.0.0.1:${fixturePort}/` }, testMatch: FIXTURE_SPECS },
    { name: 'quality', use: desktop, testMatch: QUALITY_SPECS },
    // Lighthouse measures performance, so it runs alone, after the other quality checks have finished.
    // (If a test in `quality` fails, Playwright skips this one; fix that failure first.)
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['quality'], fullyParallel: false },
  ],
  webServer: [
    {
      // The server itself, not npx, so Playwright stops the right process. --ignore-lock: Playwright owns
      // its servers; Astro 7's one-preview-per-project lock would refuse a second run on another port
      // beside this one (the quality job, the CMS screenshots, the fixture site below).
      command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The fixture build. It is built first when missing; `npm test` always rebuilds it (npm run build:fixture).
    // The base-path run (`npm run test:base`) and the quality job (E2E_LIVE_ONLY) do not use it.
    ...(base === '/' && !process.env.E2E_LIVE_ONLY
      ? [
          {
            command: `node scripts/build-fixture-site.mjs --if-missing && node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${fixturePort}`,
            url: `http://127.0.0.1:${fixturePort}/`,
            env: { JELAJAH_OUT_DIR: 'dist-fixture' },
            reuseExistingServer: !process.env.CI,
            timeout: 180_000,
          },
        ]
      : []),
  ],
});
