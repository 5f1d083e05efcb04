/** The kit's logos are drawn at build time: vector paths only (no font needed), PNGs of the stated width. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { kitFileBody, logoPng, logoSvg } from '../../../src/build/brand-kit';
import { isLogoFile, kitFiles } from '../../../src/lib/brand/kit';
import { COLORS } from '../../../src/lib/brand/tokens';

describe('brand kit logos', () => {
  it('draw the wordmark as paths, in the deep blue on light and white on dark', async () => {
    const light = await logoSvg('logo', 'light', 'Jelajah Toba');
    const dark = await logoSvg('logo', 'dark', 'Jelajah Toba');
    expect(light).not.toMatch(/<text/);
    expect(light).toContain(`fill="${COLORS.deep.value}"`);
    expect(dark).toContain('fill="#ffffff"');
    const width = Number(/viewBox="0 0 (\d+) 64"/.exec(light)?.[1]);
    // The lockup is cropped to its ink: wider than the mark, far narrower than satori's 1000-unit box.
    expect(width).toBeGreaterThan(200);
    expect(width).toBeLessThan(600);
  });

  it('rasterise every PNG of the kit at its width, with a transparent background', async () => {
    for (const f of kitFiles()
      .filter(isLogoFile)
      .filter((f) => f.kind === 'png')) {
      const body = await kitFileBody(f, 'Jelajah Toba', 'https://toba.example/merek/');
      const meta = await sharp(Buffer.from(body as Uint8Array)).metadata();
      expect(meta.width, f.name).toBe(f.width);
      expect(meta.hasAlpha, f.name).toBe(true);
    }
  });

  it('keep the mark square', async () => {
    const meta = await sharp(Buffer.from(logoPng(await logoSvg('mark', 'dark', 'x'), 256))).metadata();
    expect([meta.width, meta.height]).toEqual([256, 256]);
  });
});
