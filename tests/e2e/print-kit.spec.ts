/**
 * The print kit as published on the fixture site: every destination page links its posters (A4, A5;
 * PDF, SVG) and social images, every product page its "Produk Toba" labels; the links work, every QR
 * code decodes to the page that links it, under the configured site URL and base path, and the PDFs are
 * one page of the paper they say.
 */
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { test, expect, fixture } from './fixtures';
import { site } from '../../src/config/site';
import { routeUrl } from '../../src/lib/routes';
import { PAPERS } from '../../src/lib/print/poster-layout';
import { decodeSvgQr } from '../support/qr';

const base = process.env.BASE_PATH ?? '/';
const absolute = (path: string) => new URL(path, site.url).href;

test('every destination page links its posters, whose QR codes lead back to it', async ({ page, request }) => {
  test.setTimeout(240_000);
  for (const d of fixture.destinations) {
    const path = routeUrl('/', 'id', 'destinations', d.slug);
    await page.goto(path.slice(1));
    const kit = page.locator('[data-print-kit]');
    await expect(kit.getByRole('heading', { name: 'Unduh poster' })).toBeVisible();
    const links = await kit.locator('a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.filter((h) => /\/poster\/.+-(a4|a5)\.(pdf|svg)$/.test(h))).toHaveLength(4);
    expect(links.filter((h) => /\/social\/destinations\/.+-(square|story)\.jpg$/.test(h))).toHaveLength(2);
    for (const href of links) {
      const res = await request.get(href.slice(base.length));
      expect(res.status(), href).toBe(200);
      const body = await res.body();
      if (href.endsWith('.svg'))
        expect(decodeSvgQr(body.toString('utf8')), href).toBe(absolute(routeUrl(base, 'id', 'destinations', d.slug)));
      if (href.endsWith('.pdf')) {
        const pdf = await PDFDocument.load(body);
        const paper = PAPERS[href.includes('-a5.') ? 'a5' : 'a4'];
        expect(pdf.getPageCount()).toBe(1);
        expect(pdf.getPage(0).getSize().width).toBeCloseTo(paper.width, 1);
        expect(pdf.getPage(0).getSize().height).toBeCloseTo(paper.height, 1);
      }
      if (href.endsWith('.jpg')) {
        const meta = await sharp(body).metadata();
        expect([meta.width, meta.height]).toEqual(href.endsWith('-story.jpg') ? [1080, 1920] : [1080, 1080]);
      }
    }
  }
});

test('the English page links the same posters', async ({ page }) => {
  const slug = fixture.destinations[0]!.slug;
  await page.goto(routeUrl('/', 'en', 'destinations', slug).slice(1));
  const kit = page.locator('[data-print-kit]');
  await expect(kit.getByRole('heading', { name: 'Download poster' })).toBeVisible();
  await expect(kit.locator(`a[href$="/poster/${slug}-a4.pdf"]`)).toHaveCount(1);
});

test('every product page links its Produk Toba labels from the brand kit (brand.spec.ts decodes their QR codes)', async ({
  page,
  request,
}) => {
  for (const p of fixture.products) {
    await page.goto(routeUrl('/', 'id', 'products', p.slug).slice(1));
    const svg = page.locator('[data-print-kit] a[href$=".svg"]');
    await expect(svg).toHaveCount(2);
    for (const href of await svg.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))) {
      const res = await request.get(href.slice(base.length));
      expect(res.status(), href).toBe(200);
      expect((await res.body()).toString('utf8'), href).toContain('<svg');
    }
  }
});

test('every event page links its social images', async ({ page, request }) => {
  const slug = fixture.events[0]!.slug;
  await page.goto(routeUrl('/', 'id', 'events', slug).slice(1));
  const links = page.locator('[data-print-kit] a[download]');
  await expect(links).toHaveCount(2);
  for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!)))
    expect((await request.get(href.slice(base.length))).status(), href).toBe(200);
});
