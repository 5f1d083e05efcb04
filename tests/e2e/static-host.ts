/**
 * Serves the built site the way Netlify or Cloudflare Pages would: every
 * response from the preview server gets the headers that dist/_headers gives
 * its path (the CSP, HSTS, caching…). `astro preview` itself sends none, and
 * the pages carry only their <meta> CSP.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/security/headers';
import { TILE_PATTERN } from './fixtures';

let rules: HeaderRule[] | undefined;

/** The build the server under test serves (astro.config.mjs reads the same variable). */
export const OUT_DIR = process.env.JELAJAH_OUT_DIR ?? 'dist';

/** The rules of the built `_headers` file (`astro preview` does not serve it, so it is read from disk). */
export function headerRules(): HeaderRule[] {
  rules ??= parseHeadersFile(readFileSync(path.join(OUT_DIR, '_headers'), 'utf8'));
  return rules;
}

/**
 * `route.fetch()`, sent again once when the server had closed the kept-alive connection it went out on
 * (ECONNRESET, "socket hang up"). A browser resends an idempotent request in that case by itself;
 * Playwright's fetch does not, and on a loaded machine the preview server's keep-alive timeout can close
 * a socket just as the next GET reuses it (seen once in the flake runs: a cover image of the events page).
 * Only GET and HEAD, and only that error: anything else still fails the test.
 */
async function fetchOnce(route: Route) {
  try {
    return await route.fetch();
  } catch (e) {
    const idempotent = ['GET', 'HEAD'].includes(route.request().method());
    if (!idempotent || !/ECONNRESET|socket hang up/.test(String(e))) throw e;
    return await route.fetch();
  }
}

/** Adds the `_headers` headers to every same-origin response the page receives. */
export async function serveWithHeaders(page: Page): Promise<void> {
  const r = headerRules();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (TILE_PATTERN.test(url.href) || !/^(127\.0\.0\.1|localhost)$/.test(url.hostname)) return route.fallback();
    const response = await fetchOnce(route);
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(r, url.pathname) } });
  });
}

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Records every CSP violation the page reports (securitypolicyviolation events), from its first script on. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => window.cspViolations);
}
