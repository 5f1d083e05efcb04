/**
 * Serves the built site the way Netlify or Cloudflare Pages would: every
 * response from the preview server gets the headers that dist/_headers gives
 * its path (the CSP, HSTS, caching…). `astro preview` itself sends none, and
 * the pages carry only their <meta> CSP.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
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

/** Adds the `_headers` headers to every same-origin response the page receives. */
export async function serveWithHeaders(page: Page): Promise<void> {
  const r = headerRules();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (TILE_PATTERN.test(url.href) || !/^(127\.0\.0\.1|localhost)$/.test(url.hostname)) return route.fallback();
    const response = await route.fetch();
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
