import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findTestChromium } from './scripts/find-browser.mjs';

const chromium = findTestChromium();
const port = Number(process.env.E2E_PORT ?? 4399);
const base = process.env.BASE_PATH ?? '/';

/**
 * End-to-end tests run against `astro preview` of the production build in
 * dist/ (npm test builds it first). Map tiles are blocked in every test (see
 * tests/e2e/fixtures.ts): these machines have no internet, and the site must
 * work without tiles anyway.
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
  // E2E_REPORT: the base-path run (scripts/test-base-path.mjs) keeps its own report for the CI summary.
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
      use: { ...devices['Desktop Chrome'], channel: undefined },
      // smoke.spec.ts is about the base path: it runs in `npm run test:base`, where BASE_PATH is set.
      testIgnore: base === '/' ? /responsive\.spec\.ts|lighthouse\.spec\.ts|smoke\.spec\.ts/ : /responsive\.spec\.ts|lighthouse\.spec\.ts/,
    },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, testMatch: /responsive\.spec\.ts/ },
    // Lighthouse measures performance, so it runs alone, after every other test has finished.
    // (If a test in those projects fails, Playwright skips this one; fix that failure first.)
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['desktop', 'phone'], fullyParallel: false },
  ],
  webServer: {
    // The server itself, not npx, so Playwright stops the right process.
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
