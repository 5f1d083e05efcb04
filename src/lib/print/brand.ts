/**
 * The brand as printed matter sees it: the wordmark and the palette, as plain values an SVG or PDF file
 * can use (neither can read the site's CSS custom properties). The values are the design tokens
 * (../brand/tokens.ts), the one source of truth that tests/unit/lib/brand/tokens.test.ts holds equal
 * to global.css's :root.
 */
import { COLORS } from '../brand/tokens';

type ColourName = keyof typeof COLORS;
const value = (name: ColourName) => COLORS[name].value;

export const BRAND_COLOURS = {
  deep: value('deep'),
  lake: value('lake'),
  sky: value('sky'),
  mist: value('mist'),
  red: value('red'),
  land: value('land'),
  ink: value('ink'),
  muted: value('muted'),
  line: value('line'),
} as const;

export type BrandColour = keyof typeof BRAND_COLOURS;

/** The wordmark, set in the brand's sans-serif. */
export const WORDMARK = 'Jelajah Toba';
