/**
 * Every "Produk Toba" label's QR code is read back with a real decoder (jsQR, on the label rasterised
 * by resvg) and must point at the product's page under the configured site URL and base path. The
 * products are the fixture corpus's (tests/fixtures/site/), so no live entry is assumed.
 */
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/validate';
import { labelSheetSvg, labelSvg } from '../../../src/build/product-label';
import { qrMatrix } from '../../../src/build/qr';
import { qrSvg } from '../../../src/lib/brand/qr';
import { productLabel } from '../../../src/lib/brand/label';

/** Decodes the QR code in an SVG, rasterised `width` pixels wide on white. */
async function decode(svg: string, width: number): Promise<string | undefined> {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font: { loadSystemFonts: false } })
    .render()
    .asPng();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

const products = checkContent(path.resolve('tests/fixtures/site')).entries.filter((e) => e.collection === 'products' && e.data);

describe('QR codes', () => {
  it('encode and decode a URL with a base path', async () => {
    const url = 'https://toba.example/wisata/produk/x/';
    expect(await decode(qrSvg(qrMatrix(url)), 400)).toBe(url);
  });
});

describe('Produk Toba labels', () => {
  it('builds the address from SITE_URL and the base path', () => {
    expect(productLabel({ slug: 'kopi', name: 'Kopi' }, 'https://toba.example', '/wisata/')).toEqual({
      slug: 'kopi',
      name: 'Kopi',
      url: 'https://toba.example/wisata/produk/kopi/',
      host: 'toba.example',
    });
  });

  it('every fixture product has a label whose QR code opens its page', { timeout: 120_000 }, async () => {
    expect(products.length).toBeGreaterThan(0);
    for (const p of products) {
      const label = productLabel({ slug: p.slug, name: (p.data as { title: string }).title }, 'https://toba.example', '/wisata/');
      const svg = await labelSvg(label);
      expect(svg, p.slug).not.toMatch(/<text/);
      // 70 mm at 300 dpi is about 830 px; 600 px is a poor print, and it must still scan.
      expect(await decode(svg, 600), p.slug).toBe(label.url);
    }
  });

  it('an A4 sheet holds twelve copies of the label, each with the same code', async () => {
    const label = productLabel({ slug: 'kopi', name: 'Kopi Arabika' }, 'https://toba.example', '/');
    const sheet = await labelSheetSvg(label);
    expect(sheet.match(/<use /g)).toHaveLength(12);
    expect(sheet).toContain('width="210mm" height="297mm"');
  });
});
