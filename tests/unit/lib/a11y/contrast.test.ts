import { describe, expect, it } from 'vitest';
import { contrast, effectiveBackground, luminance, parseColor } from '../../../../src/lib/a11y/contrast';
import { stylesheet } from '../../helpers';

/** The site's colours, read from global.css's :root, so the test follows the palette. */
const css = stylesheet('src/styles/global.css');
const token = (name: string) => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})`).exec(css);
  if (!m) throw new Error(`--${name} not found in global.css`);
  return m[1]!;
};

describe('contrast', () => {
  it('parses the colours CSS and getComputedStyle write', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#0b3954')).toEqual({ r: 11, g: 57, b: 84, a: 1 });
    expect(parseColor('rgb(179, 38, 30)')).toEqual({ r: 179, g: 38, b: 30, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(255 255 255 / 0.5)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseColor('red')).toBeUndefined();
  });
  it('gives WCAG’s figures for known pairs', () => {
    expect(luminance(parseColor('#fff')!)).toBeCloseTo(1);
    expect(contrast('#000', '#fff')).toBeCloseTo(21);
    expect(contrast('#fff', '#fff')).toBeCloseTo(1);
    // WebAIM's checker: #767676 on white is 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('composites translucent backgrounds over white', () => {
    expect(effectiveBackground(['rgba(0, 0, 0, 0)', 'rgb(11, 57, 84)'])).toEqual({ r: 11, g: 57, b: 84, a: 1 });
    expect(effectiveBackground(['rgba(0, 0, 0, 0)'])).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    const half = effectiveBackground(['rgb(0 0 0 / 0.5)']);
    expect(half.r).toBeCloseTo(127.5);
  });
});

describe('the focus ring stands out (WCAG 1.4.11, 3:1) wherever the site draws it', () => {
  const red = token('red');
  const white = '#ffffff';
  it('was 1.9:1 as red on the navy header: why the header and footer have a white ring', () => {
    expect(contrast(red, token('deep'))).toBeLessThan(3);
    expect(contrast(white, token('deep'))).toBeGreaterThanOrEqual(3);
    expect(contrast(white, token('ink'))).toBeGreaterThanOrEqual(3);
  });
  it('red suits the light backgrounds: the page, the mist and sky panels, the map’s land', () => {
    for (const bg of [white, token('mist'), token('sky'), token('land')]) expect(contrast(red, bg), bg).toBeGreaterThanOrEqual(3);
  });
  it('global.css gives the header, the footer and the skip link the white ring', () => {
    for (const block of ['.site-header {', '.site-footer {', '.skip-link {']) {
      const body = css.slice(css.indexOf(block), css.indexOf('}', css.indexOf(block)));
      expect(body, block).toMatch(/--focus:\s*#fff\b/);
    }
  });
});
