/**
 * Tap targets and focus rings on every page type, on a phone (390×844 and 320×640), in both languages:
 * - no target is smaller than 24×24 CSS px (WCAG 2.5.8), except a link inside a sentence (its exception);
 *   the primary controls (PRIMARY) are at least 44×44 (2.5.5);
 * - every focus ring has at least 3:1 contrast against what is behind it (1.4.11), computed from the
 *   colours the browser reports (src/lib/a11y/contrast.ts).
 * The map page is scanned started, with a popup open: Leaflet's zoom buttons, the markers, the popup's ×.
 * Rules that hold for any corpus: the pages are derived from content/, nothing is counted.
 */
import { devices, type Page } from '@playwright/test';
import { test, expect, pageTypes } from './fixtures';
import { contrast, effectiveBackground } from '../../src/lib/a11y/contrast';

test.describe.configure({ timeout: 240_000 });

const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
/** Controls a visitor uses all the time: at least 44×44. */
const PRIMARY = [
  '.main-nav a',
  '.lang-switch',
  '.header-search input',
  '.header-search button',
  '.button',
  '.filters a',
  '.pagination a',
  '.chip',
  '.map-panel-button',
  '.map-list button',
  '.leaflet-control-zoom a',
  '.leaflet-popup-close-button',
].join(', ');
const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

interface Finding {
  what: string;
  width: number;
  height: number;
  min: number;
}

/** Every visible interactive element smaller than it may be (24, or 44 for a primary control). */
const undersized = (page: Page) =>
  page.evaluate(
    ({ interactive, primary }) => {
      const out: Finding[] = [];
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
      for (const el of document.querySelectorAll<HTMLElement>(interactive)) {
        const cs = getComputedStyle(el);
        if (!el.checkVisibility({ visibilityProperty: true }) || cs.visibility !== 'visible') continue;
        // A box or radio inside its label: the label is what a finger presses.
        const label = el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) ? el.closest('label') : null;
        const r = (label ?? el).getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // Off-screen until focused (skip links).
        if (r.right <= 0 || r.bottom + scrollY <= 0 || r.left >= document.documentElement.scrollWidth) continue;
        // WCAG 2.5.8's exception: a link inside a sentence, sized by the line it sits in.
        if (cs.display === 'inline') {
          let block = el.parentElement;
          while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
          if (block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length) continue;
        }
        const min = el.matches(primary) || label?.matches(primary) ? 44 : 24;
        // Half a pixel of rounding.
        if (r.width < min - 0.5 || r.height < min - 0.5)
          out.push({ what: name(el), width: Math.round(r.width), height: Math.round(r.height), min });
      }
      return out;
    },
    { interactive: INTERACTIVE, primary: PRIMARY },
  );

/** Opens the map on a place's popup (a link with a place starts the map at once). */
async function startedMap(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-map-start]').click();
  await expect(page.locator('jt-map')).toHaveAttribute('data-ready', '', { timeout: 60_000 });
  await page.locator('[data-list] button').first().click();
  await expect(page.locator('.leaflet-popup')).toBeVisible();
}

for (const phone of [
  { name: '390×844', viewport: { width: 390, height: 844 } },
  { name: '320×640', viewport: { width: 320, height: 640 } },
]) {
  test.describe(`at ${phone.name}`, () => {
    test.use({ ...pixel, viewport: phone.viewport });
    for (const lang of ['id', 'en'] as const) {
      test(`no target on any page type is under 24×24, and primary controls are 44×44 (${lang})`, async ({ page }) => {
        const found: string[] = [];
        const scan = async (label: string) => {
          for (const f of await undersized(page)) found.push(`${label}: ${f.what} is ${f.width}×${f.height}, needs ${f.min}×${f.min}`);
        };
        for (const p of pageTypes()) {
          await page.goto(p[lang]);
          await scan(p.type);
          if (p.type === 'map') {
            await startedMap(page, p[lang]);
            await scan('started map with a popup');
          }
        }
        expect(found).toEqual([]);
      });
    }
  });
}

/** Tabs through the page and returns, for each focused element, its ring's colour and the colour behind it. */
async function focusRings(page: Page, max = 80) {
  const rings: { what: string; ring: string; style: string; width: number; behind: string[] }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // A frame (the mini-map) draws the ring of what is focused inside it, in its own document.
      if (!el || el === document.body || el.tagName === 'IFRAME') return undefined;
      const cs = getComputedStyle(el);
      // The ring sits outside the element (a positive offset), or inside it (a negative one).
      const layers: string[] = [];
      for (let n: Element | null = parseFloat(cs.outlineOffset) < 0 ? el : el.parentElement; n; n = n.parentElement)
        layers.push(getComputedStyle(n).backgroundColor);
      const path = [];
      for (let n: Element | null = el; n && path.length < 4; n = n.parentElement)
        path.unshift(
          n.tagName.toLowerCase() + (n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/)[0]}` : ''),
        );
      return {
        what: `${path.join(' > ')} "${(el.textContent ?? '').trim().slice(0, 24)}"`,
        ring: cs.outlineColor,
        style: cs.outlineStyle,
        width: parseFloat(cs.outlineWidth),
        behind: layers,
      };
    });
    if (!r) continue;
    if (seen.has(r.what)) break;
    seen.add(r.what);
    rings.push(r);
  }
  return rings;
}

test.describe('focus rings at 390×844', () => {
  test.use({ ...pixel, viewport: { width: 390, height: 844 } });
  for (const lang of ['id', 'en'] as const) {
    test(`every focus ring has at least 3:1 contrast against its background (${lang})`, async ({ page }) => {
      const weak: string[] = [];
      // Every page type has something to focus (its header, at least); how much depends on the content.
      const unchecked: string[] = [];
      for (const p of pageTypes()) {
        await page.goto(p[lang]);
        const rings = await focusRings(page);
        if (rings.length === 0) unchecked.push(p.type);
        for (const r of rings) {
          if (r.style === 'none' || r.width < 2) {
            weak.push(`${p.type}: ${r.what} shows no focus ring`);
            continue;
          }
          const ratio = contrast(r.ring, effectiveBackground(r.behind));
          if (ratio < 3) weak.push(`${p.type}: ${r.what} ring ${r.ring} is ${ratio.toFixed(2)}:1`);
        }
      }
      expect(unchecked).toEqual([]);
      expect(weak).toEqual([]);
    });
  }
});
