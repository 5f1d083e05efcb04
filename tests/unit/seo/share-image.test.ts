/**
 * Share cards: 1200×630 PNGs whose text is drawn from the embedded font (as
 * paths), so they look the same on any machine and need no system font.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import {
  cachedSharePng,
  dataUri,
  pngSize,
  rasterise,
  SHARE_HEIGHT,
  SHARE_WIDTH,
  shareSvg,
  titleSize,
} from '../../../src/build/share-image';
import { drawShareCover } from '../../../src/content/views/covers';

const text = {
  title: 'Air Terjun Situmurun (Binangalom)',
  label: 'Destinasi · Air terjun',
  siteName: 'Jelajah Toba',
  host: 'jelajahtoba.example.id',
};

const place = { districts: ['lumban-julu'], pins: [{ lat: 2.57, lng: 99.05, approximate: true }] };

describe('share images', () => {
  it('turn every letter into a path from the embedded font, so no system font is needed', { timeout: 30_000 }, async () => {
    const svg = await shareSvg(text, dataUri('image/svg+xml', drawShareCover({ glyph: 'waterfall', seed: 'x', place })), 'locator');
    expect(svg).not.toMatch(/<text\b/);
    // One path per line of text (label, title, site name, host), drawn as outlines.
    const paths = [...svg.matchAll(/<path\b[^>]*\bd="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThanOrEqual(4);
    expect(paths.reduce((n, d) => n + d.length, 0)).toBeGreaterThan(5000);
    expect(svg).toMatch(new RegExp(`width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}"`));
  });

  it('are 1200×630 PNGs, drawn once and then served from the cache, byte for byte the same', { timeout: 30_000 }, async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'jt-share-'));
    const bg = { glyph: 'waterfall', seed: 'destinations/air-terjun-situmurun', place };
    const first = await cachedSharePng(text, bg, cache);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(cache)).toHaveLength(1);
    const again = await cachedSharePng(text, bg, cache);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    await cachedSharePng({ ...text, title: 'Onan Balerong' }, bg, cache);
    expect(readdirSync(cache)).toHaveLength(2);
    // Another place is another card.
    await cachedSharePng(text, { ...bg, place: { districts: ['balige'], pins: [] } }, cache);
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it('use smaller type for longer titles', () => {
    expect(titleSize('Onan Balerong')).toBeGreaterThan(titleSize('Aquabike Jetski World Championship 2023 – Seri Sirkuit Balige'));
  });
});

describe('rasterise', () => {
  it(
    'gives the same pixels as resvg’s own PNG, at the SVG’s size, for sharp to encode off the main thread',
    { timeout: 30_000 },
    async () => {
      const svg = await shareSvg(text, dataUri('image/svg+xml', drawShareCover({ glyph: 'waterfall', seed: 'x', place })), 'locator');
      const image = await rasterise(svg);
      const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels]).toEqual([SHARE_WIDTH, SHARE_HEIGHT, 4]);
      const resvgPng = (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
      const reference = await sharp(resvgPng).ensureAlpha().raw().toBuffer();
      expect(data.equals(reference)).toBe(true);
    },
  );
});
