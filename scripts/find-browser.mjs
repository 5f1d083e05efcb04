#!/usr/bin/env node
// Finds the Chromium the end-to-end tests will use, or explains how to get one.
// Order: $PLAYWRIGHT_CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own browser.
// For the Playwright tests, Debian's chromium-headless-shell comes first when it is installed
// (findTestChromium): it is the headless-only build Playwright itself uses for headless runs,
// and on these machines it runs the accessibility walk in three quarters of the time.
// Lighthouse and the benchmarks keep the full browser (Lighthouse's own advice: --headless=new).
// Imported by playwright.config.ts; run directly (npm run test:browser) it fails fast with advice.
import { execFileSync } from 'node:child_process';
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

/** Debian's headless-only Chromium (package chromium-headless-shell), when installed. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The browser for the Playwright tests: as findChromium, but the headless shell before the full browser. */
export function findTestChromium() {
  if (!process.env.PLAYWRIGHT_CHROMIUM_PATH && existsSync(HEADLESS_SHELL))
    return { path: HEADLESS_SHELL, source: 'system, headless shell' };
  return findChromium();
}

/** What a browser binary says of its version ("Chromium 150.0.7871.100"), so a log shows which browser ran. */
export function browserVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'version unknown';
  }
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
    found = findTestChromium();
  } catch (e) {
    console.error(`✗ ${e.message}`);
    process.exit(1);
  }
  if (found.path) {
    console.log(`✓ Chromium for the e2e tests: ${browserVersion(found.path)}, ${found.path} (${found.source})`);
    const full = findChromium().path;
    if (full && full !== found.path) console.log(`✓ Chromium for Lighthouse: ${browserVersion(full)}, ${full}`);
    // Lighthouse needs the full browser, which the headless shell is not.
    if (found.path === HEADLESS_SHELL && !findChromium().path && !(await playwrightBrowserExists())) {
      console.error(`✗ Lighthouse needs the full Chromium, and only its headless shell is installed.
    • Debian/Ubuntu:  sudo apt-get install -y chromium
    • Any system:     npx playwright install chromium`);
      process.exit(1);
    }
  } else if (await playwrightBrowserExists()) {
    const { chromium } = await import('@playwright/test');
    console.log(`✓ Chromium for the e2e tests: Playwright's own browser, ${browserVersion(chromium.executablePath())}`);
  } else {
    console.error(`✗ No Chromium found for the end-to-end tests.
  Install one of these, then run npm test again:
    • Debian/Ubuntu:  sudo apt-get install -y chromium chromium-headless-shell
    • Any system:     npx playwright install chromium         (Playwright's own build)
  Or point PLAYWRIGHT_CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
    process.exit(1);
  }
}
