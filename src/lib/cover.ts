/**
 * Deterministic cover art for entries without photos: an SVG drawn from the
 * entry's type and category, varied by a hash of its slug, so the site looks
 * finished before the tourism office adds photos. Lake Toba blues, with the
 * three Batak colours (red, white, black) in a gorga-like band.
 */

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

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A gorga-inspired band of triangles and spirals in red, white and black. */
function gorgaBand(y: number, width: number, seed: number): string {
  const step = 40;
  const offset = seed % step;
  let d = '';
  let spirals = '';
  for (let x = -offset; x < width + step; x += step) {
    d += `M${x} ${y + 24} L${x + step / 2} ${y} L${x + step} ${y + 24} `;
    spirals += `<path d="M${x + step / 2} ${y + 18} q6 -6 0 -10 q-6 -4 -8 2" />`;
  }
  return `<rect x="0" y="${y - 4}" width="${width}" height="32" fill="${PALETTE.black}"/><path d="${d}" fill="${PALETTE.red}" stroke="${PALETTE.white}" stroke-width="2"/><g fill="none" stroke="${PALETTE.white}" stroke-width="2">${spirals}</g>`;
}

export interface CoverOptions {
  /** Category (destinations), kind (products) or `event`. */
  glyph: string;
  /** Seed for the variations: the entry's slug. */
  seed: string;
  width?: number;
  height?: number;
}

/** The cover SVG as a string. Decorative: it carries `aria-hidden` and no text. */
export function coverSvg({ glyph, seed, width = 800, height = 500 }: CoverOptions): string {
  const h = hash(seed);
  const hillY = height * (0.55 + (h % 13) / 100);
  const sunX = width * (0.15 + ((h >> 4) % 70) / 100);
  const shape = GLYPHS[glyph] ?? GLYPHS.nature!;
  const gs = Math.round(height * 0.42);
  const gx = Math.round(width / 2 - gs / 2);
  const gy = Math.round(height * 0.12);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" data-glyph="${escapeXml(glyph)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${PALETTE.sky}"/><stop offset="1" stop-color="${PALETTE.mist}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#g)"/>
<circle cx="${sunX.toFixed(0)}" cy="${(height * 0.2).toFixed(0)}" r="${(height * 0.08).toFixed(0)}" fill="${PALETTE.white}" opacity=".8"/>
<path d="M0 ${hillY.toFixed(0)} Q${(width * 0.3).toFixed(0)} ${(hillY - height * 0.25).toFixed(0)} ${(width * 0.55).toFixed(0)} ${hillY.toFixed(0)} T${width} ${(hillY - height * 0.05).toFixed(0)} V${height} H0 Z" fill="${PALETTE.lake}" opacity=".55"/>
<rect x="0" y="${(height * 0.72).toFixed(0)}" width="${width}" height="${(height * 0.28).toFixed(0)}" fill="${PALETTE.deep}"/>
<g transform="translate(${gx} ${gy}) scale(${(gs / 100).toFixed(2)})" fill="none" stroke="${PALETTE.deep}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">${shape}</g>
${gorgaBand(Math.round(height * 0.72) - 14, width, h)}
</svg>`;
}
