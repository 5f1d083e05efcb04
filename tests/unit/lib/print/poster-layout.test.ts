import { describe, expect, it } from 'vitest';
import {
  breakUrl,
  fitText,
  PAGE,
  posterDocument,
  posterLayout,
  posterShapes,
  type PosterText,
} from '../../../../src/lib/print/poster-layout';

const text = (over: Partial<PosterText> = {}): PosterText => ({
  name: 'Pantai Uji',
  label: 'Destinasi · Pantai / Destination · Beach',
  lineId: 'Pantai kecil berpasir di tepi danau.',
  lineEn: 'A small sandy beach on the lake.',
  scan: 'Pindai untuk peta dan info · Scan for the map and facts',
  urlId: 'https://example.org/wisata/destinasi/pantai-uji/',
  urlEn: 'https://example.org/wisata/en/destinations/pantai-uji/',
  tagline: 'Kabupaten Toba · Sumatera Utara',
  ...over,
});

describe('fitText', () => {
  it('keeps the largest size at which the text wraps without a cut', () => {
    expect(fitText('Pantai Uji', 500, [46, 40], 3, 'bold')).toEqual({ size: 46, lines: ['Pantai Uji'] });
  });
  it('steps down the sizes for a long name, then cuts with an ellipsis at the smallest', () => {
    const long = 'Air Terjun Yang Namanya Sangat Panjang Sekali Di Tepi Danau Toba Yang Indah';
    const mid = fitText(long, 515, [46, 40, 34, 28], 3, 'bold');
    expect(mid.size).toBeLessThan(46);
    expect(mid.lines.length).toBeLessThanOrEqual(3);
    const cut = fitText(long.repeat(4), 515, [46, 28], 3, 'bold');
    expect(cut.size).toBe(28);
    expect(cut.lines).toHaveLength(3);
    expect(cut.lines[2]).toMatch(/…$/);
  });
  it('keeps every line within the width at the estimated letter width', () => {
    const { size, lines } = fitText('Sentra Tenun Ulos Lumban Suhi-suhi Toruan dan sekitarnya', 300, [30, 24, 18], 3, 'bold');
    for (const l of lines) expect(l.length * size * 0.56).toBeLessThanOrEqual(300 + size);
  });
});

describe('breakUrl', () => {
  it('prints an address whole, in as many lines as needed, breaking after slashes', () => {
    const url = 'https://jelajahtoba.example.id/wisata/en/destinations/a-very-long-slug-of-a-place-by-the-lake/';
    const lines = breakUrl(url, 200, 10.5);
    expect(lines.join('')).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('posterLayout', () => {
  it('is the same for the same text (deterministic)', () => {
    expect(posterLayout(text())).toEqual(posterLayout(text()));
    const l = posterLayout(text());
    expect(posterShapes(l, '<g/>', '<g/>', 7)).toBe(posterShapes(posterLayout(text()), '<g/>', '<g/>', 7));
  });
  it('keeps every block, the locator and the QR code on the page, and the text above the map row', () => {
    const long = text({
      name: 'Sebuah Nama Tempat Yang Sangat Panjang Sekali '.repeat(3),
      lineId: 'kata '.repeat(200),
      lineEn: 'word '.repeat(200),
    });
    const l = posterLayout(long);
    for (const b of l.text) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(PAGE.width);
      expect(b.y + b.lead * b.lines.length).toBeLessThanOrEqual(PAGE.height);
    }
    const lineEn = l.text[5]!;
    expect(lineEn.y + lineEn.lead * lineEn.lines.length).toBeLessThanOrEqual(l.locator.y);
    expect(l.qr.x + l.qr.width).toBeLessThanOrEqual(PAGE.width);
    expect(l.qr.width).toBe(l.qr.height);
  });
  it('prints both addresses whole', () => {
    const l = posterLayout(text());
    const urls = l.text.at(-1)!.lines.join('\n');
    expect(urls.replaceAll('\n', '')).toContain(text().urlId);
    expect(urls.replaceAll('\n', '')).toContain(text().urlEn);
  });
  it('prints the same drawing at A4 and A5 (the viewBox stays, the size changes)', () => {
    const esc = (s: string) => s;
    expect(posterDocument('', 'a4', 'x', esc)).toContain('width="210mm" height="297mm"');
    expect(posterDocument('', 'a5', 'x', esc)).toContain('width="148mm" height="210mm"');
    expect(posterDocument('', 'a5', 'x', esc)).toContain(`viewBox="0 0 ${PAGE.width} ${PAGE.height}"`);
  });
});
