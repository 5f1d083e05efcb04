/** Reads the QR code of an SVG drawing as a phone would: rasterised by resvg, decoded by jsQR. */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { PAGE } from '../../src/lib/print/poster-layout';
import type { Box } from '../../src/lib/geo/locator';

/** The code in the drawing, or in its part `crop` (in the drawing's units, e.g. one tag of a label sheet). */
export function decodeSvgQr(svg: string, width = 1400, crop?: Box): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
  const k = image.width / PAGE.width;
  const c = crop
    ? { x: Math.floor(crop.x * k), y: Math.floor(crop.y * k), w: Math.floor(crop.width * k), h: Math.floor(crop.height * k) }
    : { x: 0, y: 0, w: image.width, h: image.height };
  // `image.pixels` copies the whole bitmap on every read: read it once (per row it took 30 s a poster).
  const all = image.pixels;
  const pixels = new Uint8ClampedArray(c.w * c.h * 4);
  for (let row = 0; row < c.h; row++) {
    const from = ((c.y + row) * image.width + c.x) * 4;
    pixels.set(all.subarray(from, from + c.w * 4), row * c.w * 4);
  }
  return jsQR(pixels, c.w, c.h)?.data;
}
