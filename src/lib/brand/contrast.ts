/**
 * WCAG 2.2 contrast, computed from the tokens (./tokens.ts), and the colour
 * pairs the site uses for text. The brand page shows each pair with its
 * ratio; a unit test fails when one drops below AA, so a token change that
 * makes text hard to read cannot ship.
 */
import { COLORS, WHITE, type ColorName } from './tokens';

/** WCAG AA for body text; large text (24 px, or 18.66 px bold) needs 3. */
export const AA_TEXT = 4.5;

/** Relative luminance of a #rrggbb colour (WCAG 2.2, "relative luminance"). */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((x) => {
    const c = parseInt(x, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, from 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Swatch = ColorName | 'white';
const hexOf = (s: Swatch): string => (s === 'white' ? WHITE : COLORS[s].value);

/** The text-on-background pairs of the site's CSS: text colour first. */
export const TEXT_PAIRS: readonly (readonly [Swatch, Swatch])[] = [
  ['ink', 'white'],
  ['deep', 'white'],
  ['lake', 'white'],
  ['muted', 'white'],
  ['red', 'white'],
  ['white', 'deep'],
  ['white', 'lake'],
  ['white', 'red'],
  ['white', 'red-deep'],
  ['deep', 'sky'],
  ['deep', 'mist'],
  ['lake', 'mist'],
  ['muted', 'mist'],
  ['ink', 'land'],
];

export interface ContrastPair {
  fg: Swatch;
  bg: Swatch;
  fgHex: string;
  bgHex: string;
  /** Rounded down to two decimals, so a shown 4.50 really is at least 4.5. */
  ratio: number;
  aa: boolean;
}

/** Every pair with its ratio, for the page and the tests. */
export function contrastPairs(pairs = TEXT_PAIRS): ContrastPair[] {
  return pairs.map(([fg, bg]) => {
    const exact = contrastRatio(hexOf(fg), hexOf(bg));
    return { fg, bg, fgHex: hexOf(fg), bgHex: hexOf(bg), ratio: Math.floor(exact * 100) / 100, aa: exact >= AA_TEXT };
  });
}
