/**
 * Draws the "Produk Toba" labels (src/lib/brand/label.ts) as print-ready SVG
 * in millimetres: the QR code to the product's page on the left; on the right
 * the red "Produk Toba" band, the product's name, what scanning gives and the
 * site's host. The text is set by satori in Source Sans 3 and comes out as
 * paths, so the label prints the same on any machine; the site's mark sits
 * in the corner. A thin grey line is the cut line.
 */
import satori from 'satori';
import { loadFonts } from './share-image';
import { qrMatrix } from './qr';
import { qrGroup } from '../lib/brand/qr';
import { markBackground, markShapes } from '../lib/brand/logo';
import { COLORS, WHITE } from '../lib/brand/tokens';
import { LABEL_BRAND, LABEL_MM, LABEL_SCAN, SHEET_MM, type ProductLabel } from '../lib/brand/label';

const { width: W, height: H } = LABEL_MM;
const PAD = 3;
const QR = H - 2 * PAD;
/** satori lays text out in pixels: 10 to the millimetre. */
const PX = 10;

const inner = (svg: string) => svg.replace(/^<svg[^>]*>|<\/svg>$/g, '');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The text column as paths, `w` × `h` millimetres. */
async function textBlock(label: ProductLabel, w: number, h: number): Promise<string> {
  const div = (style: Record<string, string | number>, children: unknown) => ({ type: 'div', props: { style, children } });
  const tree = div(
    { display: 'flex', flexDirection: 'column', width: w * PX, height: h * PX, fontFamily: 'Source Sans 3', color: COLORS.ink.value },
    [
      div(
        {
          display: 'flex',
          alignSelf: 'flex-start',
          backgroundColor: COLORS.red.value,
          color: WHITE,
          fontWeight: 700,
          fontSize: 40,
          padding: '2px 14px',
          borderRadius: 6,
        },
        LABEL_BRAND,
      ),
      div(
        {
          display: 'flex',
          marginTop: 14,
          fontWeight: 700,
          fontSize: label.name.length > 40 ? 30 : 36,
          lineHeight: 1.1,
          color: COLORS.deep.value,
          flexGrow: 1,
          overflow: 'hidden',
        },
        label.name,
      ),
      // Clear of the mark in the bottom-right corner.
      div({ display: 'flex', flexDirection: 'column', fontSize: 20, lineHeight: 1.2, paddingRight: 60 }, [
        ...LABEL_SCAN.map((line) => div({ display: 'flex' }, line)),
        div({ display: 'flex', color: COLORS.muted.value }, label.host),
      ]),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: w * PX, height: h * PX, fonts: loadFonts() });
  return `<g transform="scale(${1 / PX})">${inner(svg)}</g>`;
}

/** One label, its content without the outer <svg>, at the origin. */
async function labelBody(label: ProductLabel): Promise<string> {
  const textX = PAD + QR + 2;
  const text = await textBlock(label, W - textX - PAD, H - 2 * PAD);
  const mark = 5;
  return (
    `<rect x="0.1" y="0.1" width="${W - 0.2}" height="${H - 0.2}" rx="2" fill="${WHITE}" stroke="${COLORS.line.value}" stroke-width="0.2"/>` +
    qrGroup(qrMatrix(label.url), PAD, PAD, QR, COLORS.ink.value) +
    `<g transform="translate(${textX} ${PAD})">${text}</g>` +
    `<g transform="translate(${W - PAD - mark} ${H - PAD - mark}) scale(${mark / 32})">${markBackground('light')}${markShapes('light')}</g>`
  );
}

const doc = (w: number, h: number, title: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}mm" height="${h}mm" viewBox="0 0 ${w} ${h}"><title>${esc(title)}</title>${body}</svg>`;

/** A label as an SVG document, 70 × 40 mm. */
export async function labelSvg(label: ProductLabel): Promise<string> {
  return doc(W, H, `${LABEL_BRAND}: ${label.name}`, await labelBody(label));
}

/** An A4 sheet of the same label, 2 × 6, centred, for a home or office printer. */
export async function labelSheetSvg(label: ProductLabel): Promise<string> {
  const { width, height, columns, rows, gap } = SHEET_MM;
  const body = await labelBody(label);
  const left = (width - columns * W - (columns - 1) * gap) / 2;
  const top = (height - rows * H - (rows - 1) * gap) / 2;
  const cells = Array.from({ length: columns * rows }, (_, i) => {
    const x = left + (i % columns) * (W + gap);
    const y = top + Math.floor(i / columns) * (H + gap);
    return `<use href="#label" x="${x}" y="${y}"/>`;
  });
  return doc(width, height, `${LABEL_BRAND}: ${label.name} (A4)`, `<defs><g id="label">${body}</g></defs>${cells.join('')}`);
}
