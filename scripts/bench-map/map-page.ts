/**
 * The map page in the benchmark's browser (scripts/bench-map.ts): the site
 * served from the build through Playwright's request routing (no server, no
 * port) with the synthetic places in place of /data/places.geojson and tiles
 * blocked, and the page-side timing of one filter update.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const DIST = path.resolve(process.env.JELAJAH_OUT_DIR ?? 'dist');
export const ORIGIN = 'http://bench.local';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function open(page: Page, geojson: string) {
  await page.route(/tile\.openstreetmap\.org/, (r) => r.abort('internetdisconnected'));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/data/places.geojson')) return route.fulfill({ body: geojson, contentType: 'application/geo+json' });
    let file = path.join(DIST, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
}

/** Runs `action` in the page and times it until the map reports the update and the next frame is painted. */
export function timeUpdate(page: Page, action: string): Promise<{ total: number; update: number; shown: number }> {
  return page.evaluate(async (code) => {
    const root = document.querySelector('jt-map')!;
    const done = new Promise<{ ms: number; shown: number }>((resolve) =>
      root.addEventListener('jt-map:updated', (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
    const t0 = performance.now();
    new Function(code)();
    const detail = await done;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return { total: performance.now() - t0, update: detail.ms, shown: detail.shown };
  }, action);
}

export const click = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).click()`;
export const typeText = (text: string) =>
  `const q = document.querySelector('jt-map input[name="q"]'); q.value = ${JSON.stringify(text)}; q.dispatchEvent(new Event('input', { bubbles: true }))`;
