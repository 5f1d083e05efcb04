/**
 * The app icons of the web app manifest, drawn from the site's mark (the
 * favicon: Lake Toba's water line under a Batak roof) and rasterised with
 * resvg at build time. A maskable icon keeps the mark inside the central 80 %
 * safe zone, on a full-bleed background, as Android's adaptive icons crop it.
 */
import { Resvg } from '@resvg/resvg-js';
import { markBackground, markShapes } from '../lib/brand/logo';

export function iconSvg(maskable: boolean): string {
  // The mark is drawn on a 32-unit grid (src/lib/brand/logo.ts); the maskable version shrinks it to 60 % and centres it.
  const mark = markShapes('light');
  const inner = maskable ? `<g transform="translate(6.4 6.4) scale(0.6)">${mark}</g>` : mark;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${markBackground('light', maskable)}${inner}</svg>`;
}

export function iconPng(size: number, maskable: boolean): Buffer {
  return new Resvg(iconSvg(maskable), { fitTo: { mode: 'width', value: size } }).render().asPng();
}
