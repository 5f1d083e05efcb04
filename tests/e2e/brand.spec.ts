/**
 * The brand page and the press page, on the fixture site (built with an invented press contact,
 * scripts/build-fixture-site.mjs): what the pages show is what the site's CSS uses, the kit's files
 * download, and the press contact appears because the configuration sets one.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { COLORS, cssCustomProperties } from '../../src/lib/brand/tokens';
import { kitFiles } from '../../src/lib/brand/kit';
import { axeViolations, withAxe } from './support/axe';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { Resvg } from '@resvg/resvg-js';
import { site } from '../../src/config/site';

const BRAND = [
  { lang: 'id', path: 'merek/', press: 'media/' },
  { lang: 'en', path: 'en/brand/', press: 'en/press/' },
] as const;

/** The custom properties the browser computed for the page's root from the site's stylesheets. */
const computed = (page: Page, names: string[]) =>
  page.evaluate(
    (ns) => Object.fromEntries(ns.map((n) => [n, getComputedStyle(document.documentElement).getPropertyValue(`--${n}`).trim()])),
    names,
  );

for (const { lang, path, press } of BRAND) {
  test(`the ${lang} brand page shows the colours the site's CSS uses, and every logo loads`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const rows = await page
      .locator('tr[data-token]')
      .evaluateAll((trs) => trs.map((tr): [string, string] => [tr.getAttribute('data-token')!, tr.getAttribute('data-value')!]));
    expect(rows.map(([k]) => k)).toEqual(Object.keys(COLORS));
    const css = await computed(
      page,
      rows.map(([k]) => k),
    );
    for (const [token, value] of rows) expect(css[token]?.toLowerCase(), `--${token}`).toBe(value);
    for (const img of await page.locator('.logo-stage img').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    }
    // Every download link of the page answers with a file.
    const hrefs = await page.locator('a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBe(kitFiles().length);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
    await expect(page.locator('.site-footer').getByRole('link', { name: lang === 'id' ? 'Merek' : 'Brand' })).toHaveAttribute(
      'href',
      `/${path}`,
    );
    await expect(page.locator('.site-footer').getByRole('link', { name: lang === 'id' ? 'Media' : 'Press' })).toHaveAttribute(
      'href',
      `/${press}`,
    );
  });
}

test('the token downloads carry the custom properties the site computes', async ({ page, request }) => {
  await page.goto('merek/');
  const tokens = cssCustomProperties();
  const site = await computed(
    page,
    tokens.map(([k]) => k),
  );
  const css = await (await request.get('merek-kit/tokens.css')).text();
  // Compared without quotes and spaces: the minified stylesheet may write the font stack differently.
  const bare = (v: string) => v.replace(/['"\s]/g, '').toLowerCase();
  const file = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, bare(m[2]!)]));
  // A token that names another (--focus: var(--red)) is compared by what it resolves to, as the browser computes it.
  const resolved = (v: string) => v.replace(/^var\(--([\w-]+)\)$/, (_, name: string) => file[name] ?? v);
  for (const [k] of tokens) expect(resolved(file[k]!), `--${k}`).toBe(bare(site[k]!));
  const res = await request.get('merek-kit/tokens.json');
  expect(res.headers()['content-type']).toContain('json');
  const json = await res.json();
  for (const k of Object.keys(COLORS)) expect(json.color[k].$value, k).toBe(site[k]!.toLowerCase());
  const png = await request.get('merek-kit/jelajah-toba-logo-512.png');
  expect(png.headers()['content-type']).toContain('image/png');
});

for (const { lang, press, path } of BRAND) {
  test(`the ${lang} press page gives the boilerplate in both languages, the key facts and the configured contact`, async ({ page }) => {
    await page.goto(press);
    await expect(page.locator('figure.boilerplate[lang="id"] blockquote')).toContainText('Kabupaten Toba');
    await expect(page.locator('figure.boilerplate[lang="en"] blockquote')).toContainText('Toba Regency');
    await expect(page.locator('.prose')).toContainText('Balige');
    await expect(page.locator('.prose')).toContainText('48');
    await expect(page.locator(`.prose a[href="/${path}"]`)).toBeVisible();
    const contact = page.locator('[data-press-contact]');
    await expect(contact.locator('a[href="mailto:pers@example.org"]')).toBeVisible();
    await expect(contact).toContainText('Humas Contoh');
    await expect(page.locator('[data-press-contact-none]')).toHaveCount(0);
  });
}

test('a journalist finds the press page by typing "kontak"', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('cari/?q=kontak');
  const links = page.locator('[data-results] a[data-result-link]');
  await expect(links.first()).toBeVisible({ timeout: 30_000 });
  const paths = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toContain('/media/');
});

test('axe finds no violations on the brand, press and label pages in either language', async ({ page, context }) => {
  await withAxe(context);
  const found: string[] = [];
  for (const url of [...BRAND.flatMap((b) => [b.path, b.press]), 'label-produk/', 'en/product-labels/']) {
    await page.goto(url);
    for (const v of await axeViolations(page)) found.push(`/${url} ${v}`);
  }
  expect(found).toEqual([]);
});

test("every product label of the build scans to the product's page under the configured site URL and base path", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await page.goto('label-produk/');
  const items = await page.locator('.label-grid li').evaluateAll((lis) =>
    lis.map((li) => ({
      page: (li.querySelector('p a') as HTMLAnchorElement).href,
      label: (li.querySelector('a[download]') as HTMLAnchorElement).href,
    })),
  );
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const svg = await (await request.get(item.label)).text();
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 700 }, background: '#ffffff', font: { loadSystemFonts: false } })
      .render()
      .asPng();
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const url = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
    // The code holds the published address (SITE_URL + base path); the test server serves the same path.
    expect(url, item.label).toBe(new URL(new URL(item.page).pathname, site.url).href);
  }
});
