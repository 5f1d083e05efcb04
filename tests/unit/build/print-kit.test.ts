/**
 * The print kit's drawings, on invented entries under a base path: every QR code decodes (jsQR on the
 * SVG rasterised by resvg) to the entry's Indonesian page under the configured site URL and base path,
 * the PDFs parse at A4 and A5, and the same entry gives the same bytes.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawPoster, type PosterSpec } from '../../../src/build/print/poster';
import { routeUrl } from '../../../src/lib/routes';
import { PAPERS } from '../../../src/lib/print/poster-layout';
import { decodeSvgQr as decodeSvg } from '../../support/qr';

const SITE = 'https://toba.example.org';
const BASE = '/wisata/';
const page = (lang: 'id' | 'en', route: 'destinations' | 'products', slug: string) => new URL(routeUrl(BASE, lang, route, slug), SITE).href;

const poster = (slug: string, name: string): PosterSpec => ({
  slug,
  name,
  place: { districts: ['balige'], pins: [{ lat: 2.333, lng: 99.067, approximate: true }] },
  label: 'Destinasi · Pantai / Destination · Beach',
  lineId: 'Pantai kecil di tepi danau, untuk uji.',
  lineEn: 'A small beach on the lake, for a test.',
  scan: 'Pindai · Scan',
  urlId: page('id', 'destinations', slug),
  urlEn: page('en', 'destinations', slug),
  tagline: 'Kabupaten Toba',
});

describe('posters', () => {
  it('carry a QR code to the place’s Indonesian page under the site URL and base path, at A4 and A5', { timeout: 60_000 }, async () => {
    for (const [slug, name] of [
      ['pantai-uji', 'Pantai Uji'],
      ['air-terjun-dengan-nama-yang-sangat-panjang-sekali', 'Air Terjun Dengan Nama Yang Sangat Panjang Sekali Sekali'],
    ] as const) {
      const files = await drawPoster(poster(slug, name));
      expect(decodeSvg(files.svg.a4)).toBe(`${SITE}/wisata/destinasi/${slug}/`);
      expect(decodeSvg(files.svg.a5, 1000)).toBe(`${SITE}/wisata/destinasi/${slug}/`);
      expect(files.svg.a4).toContain(page('en', 'destinations', slug).slice(0, 40));
    }
  });

  it('are PDFs of one A4 or A5 page', { timeout: 60_000 }, async () => {
    const files = await drawPoster(poster('pantai-uji', 'Pantai Uji'));
    for (const paper of ['a4', 'a5'] as const) {
      const pdf = await PDFDocument.load(files.pdf[paper]);
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      expect(width).toBeCloseTo(PAPERS[paper].width, 1);
      expect(height).toBeCloseTo(PAPERS[paper].height, 1);
    }
  });

  it('are the same bytes for the same entry', { timeout: 60_000 }, async () => {
    const [a, b] = [await drawPoster(poster('pantai-uji', 'Pantai Uji')), await drawPoster(poster('pantai-uji', 'Pantai Uji'))];
    expect(a.svg.a4).toBe(b.svg.a4);
    expect(Buffer.from(a.pdf.a4).equals(Buffer.from(b.pdf.a4))).toBe(true);
  });
});
