/**
 * A QR code's modules as one SVG path: each row's runs of dark modules as a rectangle, in module units
 * (scale it with a transform). One path instead of a rect per module keeps a poster's QR near 3 KB and
 * draws the same in every SVG and PDF renderer (no anti-aliased seams between neighbouring squares).
 */
export interface QrMatrix {
  /** Modules per side. */
  size: number;
  isDark(row: number, col: number): boolean;
}

export function qrPath({ size, isDark }: QrMatrix): string {
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col++;
      d += `M${start} ${row}h${col - start}v1h-${col - start}z`;
    }
  }
  return d;
}

/** Modules of white kept around the code, as the standard asks, so a scanner finds its edges. */
export const QUIET_ZONE = 4;

/**
 * The code drawn into a square box (x, y, side) on white, quiet zone included: the module size is the
 * box's side over the modules plus the quiet zone on both sides.
 */
export function qrSvg(matrix: QrMatrix, x: number, y: number, side: number, colour = '#000'): string {
  const unit = side / (matrix.size + 2 * QUIET_ZONE);
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return (
    `<rect x="${x}" y="${y}" width="${side}" height="${side}" fill="#fff"/>` +
    `<path transform="translate(${r(x + QUIET_ZONE * unit)} ${r(y + QUIET_ZONE * unit)}) scale(${r(unit)})" fill="${colour}" d="${qrPath(matrix)}"/>`
  );
}
