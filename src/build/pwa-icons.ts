/**
 * The app icons of the web app manifest, drawn from the site's mark (the
 * favicon: Lake Toba's water line under a Batak roof) and rasterised with
 * resvg at build time. A maskable icon keeps the mark inside the central 80 %
 * safe zone, on a full-bleed background, as Android's adaptive icons crop it.
 */
import { Resvg } from '@resvg/resvg-js';
import { THEME_COLOR } from '../lib/pwa/manifest';

export function iconSvg(maskable: boolean): string {
  // The mark is drawn on a 32-unit grid; the maskable version shrinks it to 60 % and centres it.
  const mark =
    '<path d="M3 22 Q10 16 16 22 T29 22" fill="none" stroke="#fff" stroke-width="3"/><path d="M7 14 L16 5 L25 14 Z" fill="#b3261e"/>';
  const inner = maskable ? `<g transform="translate(6.4 6.4) scale(0.6)">${mark}</g>` : mark;
  const bg = maskable
    ? `<rect width="32" height="32" fill="${THEME_COLOR}"/>`
    : `<rect width="32" height="32" rx="6" fill="${THEME_COLOR}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${bg}${inner}</svg>`;
}

export function iconPng(size: number, maskable: boolean): Buffer {
  return new Resvg(iconSvg(maskable), { fitTo: { mode: 'width', value: size } }).render().asPng();
}
