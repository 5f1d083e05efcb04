/**
 * The site's mark: Lake Toba's water line under a Batak roof, on a rounded
 * square (the favicon, public/favicon.svg, and the app icons). It is the
 * mark of this website, not the regency's coat of arms. Drawn on a 32-unit
 * grid from the tokens (./tokens.ts).
 *
 * Two themes: `light` for light backgrounds (the deep blue square), `dark`
 * for dark ones (a white square, so the mark does not melt into a deep-blue page).
 */
import { COLORS, WHITE } from './tokens';

export type LogoTheme = 'light' | 'dark';

/** The water line and the roof, without the square: paths on the 32-unit grid. */
export function markShapes(theme: LogoTheme): string {
  const water = theme === 'light' ? WHITE : COLORS.deep.value;
  return `<path d="M3 22 Q10 16 16 22 T29 22" fill="none" stroke="${water}" stroke-width="3"/><path d="M7 14 L16 5 L25 14 Z" fill="${COLORS.red.value}"/>`;
}

/** The square behind the mark (rounded unless `full`, the maskable app icon's full-bleed background). */
export function markBackground(theme: LogoTheme, full = false): string {
  const fill = theme === 'light' ? COLORS.deep.value : WHITE;
  return full ? `<rect width="32" height="32" fill="${fill}"/>` : `<rect width="32" height="32" rx="6" fill="${fill}"/>`;
}

/** The mark as a standalone 32×32 SVG. */
export function markSvg(theme: LogoTheme = 'light'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${markBackground(theme)}${markShapes(theme)}</svg>`;
}

/** Colour of the wordmark "Jelajah Toba" on each theme's background. */
export const wordmarkColor = (theme: LogoTheme): string => (theme === 'light' ? COLORS.deep.value : WHITE);
