/**
 * The layout of a destination's printed poster: where the name, the bilingual line, the locator, the QR
 * code and the addresses go, and how big the type is, so the longest name still fits. Pure: text in,
 * boxes and wrapped lines out. src/build/print/poster.ts sets the text (satori turns it into paths) over
 * the shapes drawn here (posterShapes).
 *
 * One drawing serves both papers: A5 is A4 scaled by 1/√2, so the poster is laid out once on A4 in
 * points and printed at either size (the SVG's width and height say which, the viewBox stays).
 */
import { strip, wrapName } from '../cover';
import type { Box } from '../geo/locator';
import { BRAND_COLOURS as C, WORDMARK } from './brand';

/** The drawing's size: A4 in points, rounded. */
export const PAGE = { width: 595, height: 842 } as const;

/** The papers, in points (the PDF page) and millimetres (the SVG's printed size). */
export const PAPERS = {
  a4: { width: 595.28, height: 841.89, mm: [210, 297] },
  a5: { width: 419.53, height: 595.28, mm: [148, 210] },
} as const;
export type Paper = keyof typeof PAPERS;

/** Average width of a letter in em: Source Sans 3's bold and regular run 0.50–0.56 em; the wider estimate keeps lines inside. */
const EM = { bold: 0.56, regular: 0.52 } as const;

export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * The largest of `sizes` at which `text` wraps into at most `maxLines` lines of `width`; at the smallest
 * size, what does not fit is cut with an ellipsis (never left to overflow the box).
 */
export function fitText(text: string, width: number, sizes: readonly number[], maxLines: number, weight: keyof typeof EM): FittedText {
  const wrap = (size: number) => wrapName(text, Math.max(1, Math.floor(width / (size * EM[weight]))), maxLines);
  const fits = (size: number) => {
    const lines = wrap(size);
    return !lines.some((l) => l.endsWith('…')) ? lines : undefined;
  };
  for (const size of sizes) {
    const lines = fits(size);
    if (lines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  return { size, lines: wrap(size) };
}

/**
 * A web address in lines of at most `width` at `size`, broken after a slash or anywhere when a part is
 * longer than a line: an address must be printed whole, never with an ellipsis.
 */
export function breakUrl(url: string, width: number, size: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * EM.regular)));
  const lines: string[] = [];
  let rest = url;
  while (rest.length > perLine) {
    const slash = rest.lastIndexOf('/', perLine - 1);
    const cut = slash > perLine / 2 ? slash + 1 : perLine;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) lines.push(rest);
  return lines;
}

export interface TextBlock {
  x: number;
  /** Top of the first line. */
  y: number;
  width: number;
  size: number;
  /** Line height in points. */
  lead: number;
  weight: 400 | 700;
  colour: string;
  lines: string[];
}

export interface PosterText {
  name: string;
  /** What the place is, in both languages: "Destinasi · Pantai / Destination · Beach". */
  label: string;
  /** The short line in Indonesian and in English (the entry's summaries). */
  lineId: string;
  lineEn: string;
  /** "Pindai untuk peta dan info / Scan for the map and facts". */
  scan: string;
  /** The Indonesian page (the QR's target) and the English one, absolute. */
  urlId: string;
  urlEn: string;
  /** "Kabupaten Toba · Sumatera Utara" under the wordmark. */
  tagline: string;
}

export interface PosterLayout {
  text: TextBlock[];
  /** The red pill behind the label. */
  pill: Box;
  locator: Box;
  qr: Box;
}

const M = 40;
const INNER = PAGE.width - 2 * M;
const HEADER = 112;
/** The row of locator and QR code, and the addresses under it, keep their places whatever the text above. */
const ROW_Y = 470;
const ROW = 250;
const URL_Y = 752;

const block = (b: Omit<TextBlock, 'lead'> & { lead?: number }): TextBlock => ({
  ...b,
  lead: b.lead ?? Math.round(b.size * 1.25 * 10) / 10,
});
const bottom = (b: TextBlock) => b.y + b.lead * b.lines.length;

export function posterLayout(t: PosterText): PosterLayout {
  const wordmark = block({ x: M, y: 30, width: INNER, size: 36, weight: 700, colour: '#fff', lines: [WORDMARK] });
  const tagline = block({ x: M, y: 76, width: INNER, size: 13, weight: 400, colour: C.sky, lines: [t.tagline] });
  const labelFit = fitText(t.label, INNER - 24, [13, 11], 1, 'bold');
  // The pill hugs the label at the letters' usual width (0.5 em), not the safe estimate that wraps lines.
  const labelWidth = Math.min(INNER, Math.ceil(labelFit.lines[0]!.length * labelFit.size * 0.5) + 24);
  const pill: Box = { x: M, y: HEADER + 30, width: labelWidth, height: Math.round(labelFit.size * 1.9) };
  const label = block({
    ...labelFit,
    x: M + 12,
    y: pill.y + (pill.height - labelFit.size * 1.25) / 2,
    width: labelWidth - 24,
    weight: 700,
    colour: '#fff',
  });
  const nameFit = fitText(t.name, INNER, [46, 40, 34, 28], 3, 'bold');
  const name = block({
    ...nameFit,
    x: M,
    y: pill.y + pill.height + 14,
    width: INNER,
    weight: 700,
    colour: C.deep,
    lead: Math.round(nameFit.size * 1.1),
  });
  const lineId = block({
    ...fitText(t.lineId, INNER, [16, 14], 3, 'regular'),
    x: M,
    y: bottom(name) + 16,
    width: INNER,
    weight: 400,
    colour: C.ink,
  });
  const lineEn = block({
    ...fitText(t.lineEn, INNER, [14, 12.5], 3, 'regular'),
    x: M,
    y: bottom(lineId) + 8,
    width: INNER,
    weight: 400,
    colour: C.muted,
  });
  const locator: Box = { x: M, y: ROW_Y, width: ROW, height: ROW };
  const qr: Box = { x: PAGE.width - M - ROW + 20, y: ROW_Y, width: ROW - 20, height: ROW - 20 };
  const scan = block({
    ...fitText(t.scan, qr.width, [12, 10.5], 2, 'bold'),
    x: qr.x,
    y: qr.y + qr.height + 4,
    width: qr.width,
    weight: 700,
    colour: C.deep,
  });
  const urlSize = 10.5;
  const urlLines = [...breakUrl(t.urlId, INNER, urlSize), ...breakUrl(t.urlEn, INNER, urlSize)];
  const urls = block({ x: M, y: URL_Y, width: INNER, size: urlSize, weight: 400, colour: C.ink, lines: urlLines.slice(0, 4) });
  return { text: [wordmark, tagline, label, name, lineId, lineEn, scan, urls], pill, locator, qr };
}

/**
 * The poster's shapes, under its text: the navy header with the Batak strip, the label's pill, the
 * locator (drawn by the caller into `layout.locator`), the QR code (drawn into `layout.qr`), a frame
 * around the map, and the strip at the foot. `seed` shifts the strip's pattern as on the covers.
 */
export function posterShapes(layout: PosterLayout, locator: string, qr: string, seed: number): string {
  const { pill, locator: map } = layout;
  const footY = PAGE.height - 10;
  return (
    `<rect width="${PAGE.width}" height="${PAGE.height}" fill="#fff"/>` +
    `<rect width="${PAGE.width}" height="${HEADER}" fill="${C.deep}"/>` +
    strip(HEADER, PAGE.width, seed, 'ut') +
    `<rect x="${pill.x}" y="${pill.y}" width="${pill.width}" height="${pill.height}" rx="4" fill="${C.red}"/>` +
    locator +
    `<rect x="${map.x}" y="${map.y}" width="${map.width}" height="${map.height}" fill="none" stroke="${C.line}" stroke-width="1"/>` +
    qr +
    strip(footY, PAGE.width, seed, 'uf')
  );
}

/** The whole poster as an SVG document printed at `paper`'s size; `inner` is the shapes and the text. */
export function posterDocument(inner: string, paper: Paper, title: string, escape: (s: string) => string): string {
  const [w, h] = PAPERS[paper].mm;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PAGE.width} ${PAGE.height}" width="${w}mm" height="${h}mm"><title>${escape(title)}</title>${inner}</svg>`;
}
