#!/usr/bin/env node
// Finds the Chromium the end-to-end tests will use, or explains how to get one.
// Order: $PLAYWRIGHT_CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own browser.
// Imported by playwright.config.ts; run directly (npm run test:browser) it fails fast with advice.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Flags for a headless Chromium on a small, offline machine (the e2e tests, Lighthouse and the benchmark use them). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'PLAYWRIGHT_CHROMIUM_PATH' };
    throw new Error(`PLAYWRIGHT_CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  return { path: undefined, source: 'playwright' };
}

async function playwrightBrowserExists() {
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let found;
  try {
    found = findChromium();
  } catch (e) {
    console.error(`✗ ${e.message}`);
    process.exit(1);
  }
  if (found.path) {
    console.log(`✓ Chromium for the e2e tests: ${found.path} (${found.source})`);
  } else if (await playwrightBrowserExists()) {
    console.log("✓ Chromium for the e2e tests: Playwright's own browser");
  } else {
    console.error(`✗ No Chromium found for the end-to-end tests.
  Install one of these, then run npm test again:
    • Debian/Ubuntu:  sudo apt-get install -y chromium        (found at /usr/bin/chromium)
    • Any system:     npx playwright install chromium         (Playwright's own build)
  Or point PLAYWRIGHT_CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
    process.exit(1);
  }
}
