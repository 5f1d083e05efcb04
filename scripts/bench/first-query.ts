/**
 * Bytes over the wire of a visitor's first search: a fresh headless Chromium
 * opens the search page with a query against the compressing bench server,
 * and every Pagefind file it fetches is counted (library, worker, wasm,
 * metadata, index chunks, result fragments), as sent, compressed.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../find-browser.mjs';
import type { BenchServer, Sent } from './serve';

export const PAGEFIND_PARTS = ['library', 'worker', 'wasm', 'meta', 'index', 'filters', 'fragments', 'other'] as const;
export type PagefindPart = (typeof PAGEFIND_PARTS)[number];

/** Which part of Pagefind a file under /pagefind/ is. */
export function pagefindPart(file: string): PagefindPart {
  const name = file.split('/').pop() ?? '';
  if (/^pagefind(?:\.[\w-]+)?\.js$/.test(name) && !name.includes('worker')) return 'library';
  if (name.includes('worker')) return 'worker';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json') return 'meta';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_filter')) return 'filters';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  return 'other';
}

export interface FirstQuery {
  total: number;
  parts: Record<PagefindPart, number>;
  requests: number;
  encoding: string;
}

/** Sums what the server sent under /pagefind/ by part. */
export function tally(sent: Sent[]): FirstQuery {
  const parts = Object.fromEntries(PAGEFIND_PARTS.map((p) => [p, 0])) as Record<PagefindPart, number>;
  const pf = sent.filter((s) => s.path.includes('/pagefind/'));
  for (const s of pf) parts[pagefindPart(s.path)] += s.bytes;
  const lib = pf.find((s) => pagefindPart(s.path) === 'library');
  return { total: pf.reduce((n, s) => n + s.bytes, 0), parts, requests: pf.length, encoding: lib?.encoding ?? 'none' };
}

/** Opens `searchPath?q=query` in a fresh browser context and waits until the results are in and the network is quiet. */
export async function measureFirstQuery(server: BenchServer, searchPath: string, query: string): Promise<FirstQuery> {
  const { path: executablePath } = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const page = await (await browser.newContext()).newPage();
    server.reset();
    await page.goto(new URL(`${searchPath}?q=${encodeURIComponent(query)}`, server.url).href);
    await page.locator('[data-results] li').first().waitFor({ timeout: 60_000 });
    // Quiet for a second: result fragments load after the first result shows.
    for (let last = -1; last !== server.sent.length;) {
      last = server.sent.length;
      await page.waitForTimeout(1000);
    }
    const result = tally(server.sent);
    if (result.parts.library === 0 || result.parts.index === 0)
      throw new Error(`the search loaded no Pagefind index: ${JSON.stringify(server.sent)}`);
    return result;
  } finally {
    await browser.close();
  }
}
