/**
 * The design tokens are the one source of the site's colours and type: the
 * `:root` block of global.css must write exactly the same custom properties,
 * the favicon must be the mark the kit draws, and the token downloads must
 * carry the same values. A change in one place without the other fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLORS, SIZES, TYPEFACES, cssCustomProperties, wordsIn } from '../../../../src/lib/brand/tokens';
import { markSvg } from '../../../../src/lib/brand/logo';
import { kitFiles, kitUrl, tokensCss, tokensJson } from '../../../../src/lib/brand/kit';
import { stylesheet } from '../../helpers';

/** The custom properties of the first `:root { … }` block of a stylesheet, in order. */
function rootProperties(css: string): [string, string][] {
  const block = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  if (!block) throw new Error('no :root block');
  return [...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]);
}

describe('design tokens', () => {
  it('are exactly the custom properties of the :root block of global.css, in the same order', () => {
    const css = rootProperties(stylesheet('src/styles/global.css'));
    expect(css.map(([k, v]) => [k, v.toLowerCase()])).toEqual(cssCustomProperties().map(([k, v]) => [k, v.toLowerCase()]));
  });

  it('write every colour as lower-case #rrggbb and name it in Indonesian and English', () => {
    for (const [key, c] of Object.entries(COLORS)) {
      expect(c.value, key).toMatch(/^#[0-9a-f]{6}$/);
      expect(c.name.id && c.name.en && c.use.id && c.use.en, key).toBeTruthy();
    }
  });

  it('name the typeface the site loads in src/styles/fonts.css, first in the --font stack', () => {
    const fonts = readFileSync('src/styles/fonts.css', 'utf8');
    for (const face of TYPEFACES) {
      expect(fonts).toContain(`font-family: '${face.family}'`);
      for (const w of face.weights) expect(fonts).toContain(`font-weight: ${w}`);
    }
    expect(SIZES.font.startsWith(`'${TYPEFACES[0]!.family}'`)).toBe(true);
  });

  it('fall back to Indonesian for a language without words', () => {
    expect(wordsIn(COLORS.deep.name, 'ms')).toBe(COLORS.deep.name.id);
    expect(wordsIn(COLORS.deep.name, 'en')).toBe('Deep lake blue');
  });

  it('draw the favicon: public/favicon.svg is the light mark', () => {
    expect(readFileSync('public/favicon.svg', 'utf8').trim()).toBe(markSvg('light'));
  });
});

describe('the token downloads', () => {
  const page = 'https://toba.example/merek/';
  it('tokens.css is the same :root block as the site', () => {
    expect(rootProperties(tokensCss('Jelajah Toba', page))).toEqual(cssCustomProperties());
    expect(tokensCss('Jelajah Toba', page)).toContain(page);
  });

  it('tokens.json holds every colour in the Design Tokens format', () => {
    const json = JSON.parse(tokensJson('Jelajah Toba', page));
    for (const [key, c] of Object.entries(COLORS)) expect(json.color[key]).toMatchObject({ $type: 'color', $value: c.value });
    expect(json.font.body.$value[0]).toBe(TYPEFACES[0]!.family);
    expect(json.radius.$value).toBe(SIZES.radius);
  });

  it('the kit lists each file once: SVG masters and three PNG widths of the logo and the mark, light and dark, and the tokens', () => {
    const names = kitFiles().map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(4);
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(12);
    expect(names).toContain('tokens.css');
    expect(names).toContain('tokens.json');
    expect(kitUrl('/wisata/', 'tokens.css')).toBe('/wisata/merek-kit/tokens.css');
  });
});
