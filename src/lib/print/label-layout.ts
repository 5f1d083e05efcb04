/**
 * "Produk Toba" labels: an A4 sheet of eight hang tags for one product, each with the words "Produk
 * Toba", the product's name, what it is, the wordmark and a QR code to the product's page, a punch hole
 * and dashed cut lines. Pure: the layout and the shapes; src/build/print/label.ts sets the text.
 */
import { BRAND_COLOURS as C, WORDMARK } from './brand';
import { fitText, PAGE, type TextBlock } from './poster-layout';
import type { Box } from '../geo/locator';

export const COLUMNS = 2;
export const ROWS = 4;
const M = 20;
export const TAG = { width: (PAGE.width - 2 * M) / COLUMNS, height: (PAGE.height - 2 * M) / ROWS };

export interface LabelText {
  name: string;
  /** "Produk · Tenun" */
  kind: string;
  /** "Produk Toba" */
  mark: string;
}

export interface LabelLayout {
  /** Where each tag goes on the sheet (all tags are the same drawing, placed with <use>). */
  tags: Box[];
  /** One tag's QR box and text, relative to the tag's top left corner. */
  qr: Box;
  text: TextBlock[];
}

export function labelLayout(t: LabelText): LabelLayout {
  const tags: Box[] = [];
  for (let r = 0; r < ROWS; r++)
    for (let c = 0; c < COLUMNS; c++) tags.push({ x: M + c * TAG.width, y: M + r * TAG.height, width: TAG.width, height: TAG.height });
  const qrSide = 116;
  const textWidth = TAG.width - qrSide - 44;
  const name = fitText(t.name, textWidth, [20, 17, 14], 3, 'bold');
  const kind = fitText(t.kind, textWidth, [11, 10], 2, 'regular');
  const lead = Math.round(name.size * 1.12);
  const x = 18;
  return {
    tags,
    qr: { x: TAG.width - qrSide - 14, y: (TAG.height - qrSide) / 2, width: qrSide, height: qrSide },
    text: [
      { x, y: 44, width: textWidth, size: 16, lead: 20, weight: 700, colour: C.red, lines: [t.mark] },
      { x, y: 70, width: textWidth, size: name.size, lead, weight: 700, colour: C.deep, lines: name.lines },
      {
        x,
        y: 74 + lead * name.lines.length,
        width: textWidth,
        size: kind.size,
        lead: kind.size * 1.3,
        weight: 400,
        colour: C.muted,
        lines: kind.lines,
      },
      { x, y: TAG.height - 30, width: textWidth, size: 11, lead: 14, weight: 700, colour: C.deep, lines: [WORDMARK] },
    ],
  };
}

/**
 * The sheet: one tag drawn once (`tagText`: its text as paths; `qr` draws the code into a box) with its
 * dashed outline (cut here), a punch hole and a red edge, then placed eight times.
 */
export function labelSheet(layout: LabelLayout, tagText: string, qr: (box: Box) => string): string {
  const { width, height } = TAG;
  const tag =
    `<g id="tag"><rect width="${width}" height="${height}" fill="${C.mist}" stroke="${C.muted}" stroke-width=".6" stroke-dasharray="4 3"/>` +
    `<rect width="8" height="${height}" fill="${C.red}"/>` +
    `<circle cx="26" cy="22" r="6" fill="#fff" stroke="${C.muted}" stroke-width=".6"/>${qr(layout.qr)}${tagText}</g>`;
  return (
    `<rect width="${PAGE.width}" height="${PAGE.height}" fill="#fff"/><defs>${tag}</defs>` +
    layout.tags.map((b) => `<use href="#tag" x="${b.x}" y="${b.y}"/>`).join('')
  );
}
