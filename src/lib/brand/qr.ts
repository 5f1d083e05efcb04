/**
 * QR codes as SVG, from a module matrix (src/build/qr.ts encodes one with the
 * `qrcode` library at build time). Pure drawing, shared by the product labels
 * and, later, the destinations' printable posters.
 */

/** A QR code's modules: `size` × `size`, `dark(x, y)` for each. */
export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

/** The quiet zone scanners need around a code, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/** One SVG path of the dark modules, one unit per module, runs of a row merged; the quiet zone is not included. */
export function qrPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (!m.dark(x, y)) continue;
      let run = 1;
      while (x + run < m.size && m.dark(x + run, y)) run++;
      parts.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run - 1;
    }
  }
  return parts.join('');
}

/**
 * The code as an SVG group `side` units wide at (x, y), quiet zone included, on a white square
 * (a scanner needs light around the code whatever the background).
 */
export function qrGroup(m: QrMatrix, x: number, y: number, side: number, color: string): string {
  const total = m.size + 2 * QUIET_ZONE;
  const scale = side / total;
  return (
    `<g transform="translate(${x} ${y}) scale(${scale})"><rect width="${total}" height="${total}" fill="#ffffff"/>` +
    `<path transform="translate(${QUIET_ZONE} ${QUIET_ZONE})" fill="${color}" d="${qrPath(m)}"/></g>`
  );
}

/** The code alone as an SVG document. */
export function qrSvg(m: QrMatrix, color = '#000000'): string {
  const total = m.size + 2 * QUIET_ZONE;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges">${qrGroup(m, 0, 0, total, color)}</svg>`;
}
