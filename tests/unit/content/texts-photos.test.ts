/** The small rules of issue #16 that the payload table does not pin down: encoding, short texts, photo sizes, URL schemes. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalid } from '../../../src/content/encoding';
import { checkTexts, emojiOnly, fieldLocator, TITLE_MAX } from '../../../src/content/texts';
import { imageSize, PHOTO_ADVISED_PX } from '../../../src/content/photos';
import { checkBody, urlScheme } from '../../../src/content/body';
import { photoSize, publishedSize } from '../../../src/content/photo-sizes';
import { WARNING_TITLES } from '../../../src/content/warnings';
import type { ImageMetadata } from 'astro';

describe('encoding', () => {
  it('accepts UTF-8 with a BOM and CRLF, and finds the line and column of the first byte that is not', () => {
    expect(decodeUtf8(Buffer.from('\uFEFF---\r\ntitle: Café\r\n')).invalidAt).toBeUndefined();
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
    const decoded = decodeUtf8(bytes);
    expect(decoded.invalidAt).toEqual({ line: 2, column: 11 });
    expect(decoded.text).toContain('Caf\uFFFD');
    expect(firstInvalid(Buffer.from([0x61, 0xc3]))).toBe(1); // a character cut off at the end
  });
});

describe('short texts', () => {
  it('allows a title of exactly the maximum and refuses one character more, naming its line', () => {
    const fm = `summary: x\ntitle: ${'a'.repeat(TITLE_MAX + 1)}\n`;
    const lineOf = fieldLocator(fm);
    expect(checkTexts('f', { title: 'a'.repeat(TITLE_MAX) }).errors).toEqual([]);
    expect(checkTexts('f', { title: 'a'.repeat(TITLE_MAX + 1) }, lineOf).errors).toMatchObject([{ code: 'title-too-long', line: 3 }]);
  });
  it('counts characters, not UTF-16 units, so accented and emoji titles are not cut short', () => {
    expect(checkTexts('f', { title: '🌊'.repeat(TITLE_MAX) }).errors).toEqual([]);
  });
  it('allows tabs and line breaks in long texts, but no other control character anywhere', () => {
    expect(checkTexts('f', { uncertain: { id: 'baris\nbaris\tdua' } }).errors).toEqual([]);
    for (const ch of ['\u0000', '\u0008', '\u001b', '\u007f', '\u0085', '\u202e', '\u2066']) {
      expect(checkTexts('f', { fees: [{ label: { id: `a${ch}b` } }] }).errors, JSON.stringify(ch)).toMatchObject([
        { code: 'control-character', field: 'fees.0.label.id' },
      ]);
    }
  });
  it('warns about a title of emoji only, not about one with words', () => {
    expect(emojiOnly('🏖️🌊')).toBe(true);
    expect(emojiOnly('👨‍👩‍👧 🇮🇩')).toBe(true);
    expect(emojiOnly('Pantai 🏖️')).toBe(false);
    expect(emojiOnly('2026')).toBe(false);
    expect(checkTexts('f', { title: '🏖️' }).warnings.map((w) => w.code)).toEqual(['emoji-title']);
  });
});

describe('photos', () => {
  it('reads the size of PNG, GIF and JPEG headers', () => {
    const png = Buffer.alloc(32);
    png.write('\x89PNG', 0, 'latin1');
    png.writeUInt32BE(4000, 16);
    png.writeUInt32BE(3000, 20);
    expect(imageSize(png)).toEqual({ width: 4000, height: 3000 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc2, 0, 11, 8, 0x17, 0x70, 0x1f, 0x40, 1, 1, 0x11, 0, 0xff, 0xd9]);
    expect(imageSize(jpeg)).toEqual({ width: 8000, height: 6000 });
    expect(imageSize(Buffer.from('not an image at all, really'))).toBeUndefined();
  });
  it('advises the size in the warning', () => {
    expect(PHOTO_ADVISED_PX).toBe(2400);
    expect(WARNING_TITLES['photo-too-large'].id).toMatch(/Foto/);
  });
  it('bounds the published size without reading the image through its proxy', () => {
    const reads: string[] = [];
    const target = { src: '/x.jpg', width: 8000, height: 6000, format: 'jpg' };
    const image = new Proxy(target, {
      get: (t, name) => (name === 'clone' ? { ...t } : (reads.push(String(name)), t[name as keyof typeof t])),
    }) as unknown as ImageMetadata;
    expect(publishedSize(image)).toEqual({ width: 1280, height: 960 });
    expect(photoSize(image)).toEqual({ width: 8000, height: 6000 });
    expect(reads).toEqual([]);
  });
});

describe('link schemes', () => {
  it('reads the scheme as a browser does', () => {
    expect(urlScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(urlScheme(' java\tscript:x')).toBe('javascript');
    expect(urlScheme('https://x.id')).toBe('https');
    expect(urlScheme('./foto.jpg')).toBeUndefined();
    expect(urlScheme('#bagian')).toBeUndefined();
  });
  it('allows https, mailto, tel, relative and anchor links', () => {
    const body = '[a](https://x.id) [b](mailto:a@b.id) [c](tel:+62123) [d](./foto.jpg) [e](#atas) ![f](./foto.jpg)';
    expect(checkBody(body)).toEqual([]);
  });
  it('reports every problem of a body, not only the first', () => {
    expect(checkBody('[a](javascript:x)\n\n{1}\n\n<b>x</b>').map((p) => [p.line, p.code])).toEqual([
      [1, 'body-bad-url'],
      [3, 'body-expression'],
      [5, 'body-html'],
    ]);
  });
});
