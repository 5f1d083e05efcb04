/**
 * The brand as printed matter sees it: the wordmark and the palette of the site's CSS custom properties
 * (src/styles/global.css, :root), which an SVG or PDF file cannot read. One module, so that when the
 * brand's design tokens become the one source of truth, this is the only place to point at them
 * (tests/unit/lib/print/brand.test.ts fails while the two disagree).
 */
export const BRAND_COLOURS = {
  deep: '#0b3954',
  lake: '#1d6a96',
  sky: '#d6e8f5',
  mist: '#f3f8fc',
  red: '#b3261e',
  land: '#eef2e6',
  ink: '#1b1b1b',
  muted: '#4a5560',
  line: '#c9d6e0',
} as const;

export type BrandColour = keyof typeof BRAND_COLOURS;

/** The wordmark, set in the brand's sans-serif. */
export const WORDMARK = 'Jelajah Toba';
