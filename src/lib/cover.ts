/**
 * Cover art for entries without photos: where the place is, drawn from its real geography. A locator
 * of the lake and the regency with the entry's kecamatan filled and its pin (./geo/locator.ts, drawn by
 * the caller so this module stays free of the boundary data the browser never needs), then a panel with
 * the category's glyph, the entry's name and its kecamatan, over a thin ulos-coloured strip. No two
 * entries share a place, name and glyph, so no two covers are alike; the strip's pattern, offset by a
 * hash of the slug, tells apart even two entries that do.
 *
 * The glyphs are shared with the map's markers and legends (./map/glyph.ts).
 */
import type { Box } from './geo/locator';

export const PALETTE = {
  deep: '#0b3954',
  lake: '#1d6a96',
  sky: '#8fc1e3',
  mist: '#e8f1f8',
  red: '#b3261e',
  white: '#ffffff',
  black: '#1b1b1b',
} as const;

/** FNV-1a hash, stable across runs and platforms. */
export function hash(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One simple glyph per category or kind, drawn in a 100×100 box. */
export const GLYPHS: Record<string, string> = {
  beach: '<path d="M10 70 Q30 60 50 70 T90 70" /><circle cx="72" cy="30" r="12"/>',
  waterfall: '<path d="M30 10 H70 V20 H60 V85 M45 20 V85 M52 20 V85" /><path d="M20 90 Q50 80 80 90" />',
  viewpoint: '<path d="M5 85 L40 35 L55 55 L70 40 L95 85 Z" /><circle cx="75" cy="20" r="7"/>',
  nature: '<path d="M50 10 L75 55 H60 L80 85 H20 L40 55 H25 Z" />',
  culture: '<path d="M15 50 Q50 5 85 50 L78 50 V85 H22 V50 Z" /><path d="M35 85 V62 H65 V85" />',
  history: '<path d="M20 85 H80 M28 85 V40 M42 85 V40 M58 85 V40 M72 85 V40 M18 40 H82 L50 18 Z" />',
  religious: '<path d="M50 10 V40 M40 20 H60 M25 85 V45 L50 32 L75 45 V85 Z" />',
  culinary: '<path d="M15 55 H85 Q82 85 50 85 Q18 85 15 55 Z" /><path d="M40 45 Q35 35 40 25 M55 45 Q50 35 55 25" />',
  village: '<path d="M10 55 Q30 20 50 55 Z M50 55 Q70 20 90 55 Z M15 55 V85 H45 V55 M55 55 V85 H85 V55" />',
  adventure: '<path d="M10 85 Q30 30 50 50 Q70 70 90 15" /><circle cx="50" cy="50" r="5"/>',
  weaving: '<path d="M15 20 H85 V80 H15 Z M15 35 H85 M15 50 H85 M15 65 H85 M35 20 V80 M50 20 V80 M65 20 V80" />',
  food: '<path d="M15 55 H85 Q82 85 50 85 Q18 85 15 55 Z" /><path d="M30 45 Q50 25 70 45" />',
  spice: '<circle cx="40" cy="45" r="10"/><circle cx="60" cy="40" r="8"/><circle cx="52" cy="62" r="9"/><path d="M50 15 V30" />',
  coffee:
    '<path d="M20 40 H70 V70 Q70 85 45 85 Q20 85 20 70 Z M70 48 Q85 48 85 58 Q85 68 70 66" /><path d="M35 30 Q32 22 36 15 M50 30 Q47 22 51 15" />',
  drink: '<path d="M30 15 H70 L64 85 H36 Z M33 40 H67" />',
  craft: '<path d="M20 80 L65 35 M60 20 L80 40 L70 50 L50 30 Z" /><path d="M20 80 L30 80 L20 70 Z" />',
  snack: '<circle cx="50" cy="50" r="30"/><circle cx="40" cy="42" r="3"/><circle cx="58" cy="55" r="3"/><circle cx="48" cy="62" r="3"/>',
  event: '<path d="M20 25 H80 V85 H20 Z M20 40 H80 M35 15 V30 M65 15 V30" /><path d="M35 55 H45 V65 H35 Z" />',
  // District pages (a map pin) and practical pages (an "i"), shown as search thumbnails.
  district: '<path d="M50 88 Q22 52 22 38 A28 28 0 0 1 78 38 Q78 52 50 88 Z" /><circle cx="50" cy="38" r="10"/>',
  page: '<circle cx="50" cy="50" r="36" /><path d="M50 44 V72 M50 28 V32" />',
};

export const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * A name in at most `lines` lines of about `perLine` characters, broken between words; a word longer
 * than a line is cut, and whatever does not fit ends in an ellipsis.
 */
export function wrapName(name: string, perLine: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  const cut = (s: string) => (s.length > perLine ? `${s.slice(0, perLine - 1).trimEnd()}…` : s);
  if (out.length <= lines) return out.map(cut);
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.slice(0, perLine - 1).trimEnd()}…`;
  return kept.map(cut);
}

/**
 * Sizes of the name for the cover's panel: larger type for shorter names, at most three lines. A line
 * holds the panel's 328 px of text at 0.62 em a letter (bold sans-serif letters average 0.55–0.63 em).
 */
function nameLayout(name: string): { size: number; lines: string[] } {
  const fit = (size: number) => wrapName(name, Math.floor(328 / (size * 0.62)), 3);
  const size = [38, 32].find((s) => fit(s).length <= 2) ?? 28;
  return { size, lines: fit(size) };
}

export interface CoverOptions {
  /** Category (destinations), kind (products) or `event`. */
  glyph: string;
  /** The entry's key (`destinations/<slug>`): offsets the strip's pattern. */
  seed: string;
  /**
   * The locator, drawn into the box it is given (src/lib/geo/toba-locator.ts), its map fitted into `fit`:
   * shifted right on covers, so the name's panel at the bottom left hides none of the regency.
   */
  locator: (box: Box, fit?: Box) => string;
  /** The name, drawn in the panel; left out on share cards, whose text the card draws. */
  name?: string | undefined;
  /** Where, in words: "Kec. Balige" or "Kabupaten Toba". */
  where?: string | undefined;
  width?: number;
  height?: number;
}

/** A category glyph in a navy disc of diameter `d` at (x, y). */
const glyphDisc = (glyph: string, x: number, y: number, d: number) =>
  `<circle cx="${x + d / 2}" cy="${y + d / 2}" r="${d / 2}" fill="${PALETTE.deep}"/>` +
  `<g transform="translate(${x + d * 0.2} ${y + d * 0.2}) scale(${(d * 0.006).toFixed(3)})" fill="none" stroke="${PALETTE.white}" stroke-width="9" stroke-linecap="round" stroke-linejoin="round">${GLYPHS[glyph] ?? GLYPHS.nature!}</g>`;

/** A thin band in the Batak colours, its triangles shifted by the seed (`id`: the pattern's, unique in its document). */
export function strip(y: number, width: number, seed: number, id = 'u'): string {
  const h = 10;
  return `<pattern id="${id}" width="24" height="${h}" patternUnits="userSpaceOnUse" x="${seed % 24}" y="${y}"><path d="M0 ${h}l12-${h} 12 ${h}z" fill="${PALETTE.red}"/><path d="M9 ${h}l3-4 3 4z" fill="${PALETTE.white}"/></pattern><rect y="${y}" width="${width}" height="${h}" fill="${PALETTE.black}"/><rect y="${y}" width="${width}" height="${h}" fill="url(#${id})"/>`;
}

const FONT = 'font-family="system-ui,-apple-system,\'Segoe UI\',Roboto,sans-serif"';

/** The cover SVG as a string. Decorative (`aria-hidden`): pages show the name and the kecamatan as text. */
export function coverSvg({ glyph, seed, locator, name, where, width = 800, height = 500 }: CoverOptions): string {
  const stripY = height - 10;
  let panel = '';
  if (name) {
    const { size, lines } = nameLayout(name);
    const pad = 16;
    const disc = 60;
    const lead = Math.round(size * 1.12);
    const w = Math.min(360, width - 40);
    const h = pad + disc + 8 + lead * lines.length + pad - 4;
    const x = 20;
    const y = stripY - 20 - h;
    const tx = x + pad;
    const text = lines
      .map((l, i) => `<tspan x="${tx}" y="${y + pad + disc + 8 + lead * (i + 1) - Math.round(lead * 0.22)}">${escapeXml(l)}</tspan>`)
      .join('');
    panel =
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" fill="${PALETTE.white}" fill-opacity=".93"/>` +
      glyphDisc(glyph, tx, y + pad, disc) +
      (where
        ? `<text x="${tx + disc + 12}" y="${y + pad + disc / 2 + 8}" font-size="24" fill="#3d4f5c" ${FONT}>${escapeXml(where)}</text>`
        : '') +
      `<text font-size="${size}" font-weight="700" fill="${PALETTE.deep}" ${FONT}>${text}</text>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" data-glyph="${escapeXml(glyph)}">${locator({ x: 0, y: 0, width, height: stripY }, { x: Math.round(width * 0.1), y: 0, width, height: stripY })}${panel}${strip(stripY, width, hash(seed))}</svg>`;
}

/**
 * The background of a share card without a photo (1200×630): a navy column on the left for the card's
 * text (drawn by src/build/share-image.ts), the glyph at its top, and the locator on the right.
 */
export function shareCoverSvg({ glyph, seed, locator, width = 1200, height = 630 }: Omit<CoverOptions, 'name' | 'where'>): string {
  const column = Math.round(width * 0.5);
  const stripY = height - 10;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="${PALETTE.deep}"/>${locator({ x: column, y: 0, width: width - column, height: stripY })}${glyphDisc(glyph, 64, 56, 104)}<circle cx="116" cy="108" r="52" fill="none" stroke="${PALETTE.white}" stroke-width="3"/>${strip(stripY, width, hash(seed))}</svg>`;
}
