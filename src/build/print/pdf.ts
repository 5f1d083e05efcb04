/**
 * An SVG drawing as a one-page vector PDF (pdfkit draws, svg-to-pdfkit reads the SVG). The text is set
 * in Source Sans 3, of which the PDF embeds only the letters used; no pictures: small, sharp at any size.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { pdfFonts } from './text';

/** A fixed date, so the same drawing gives the same bytes on every build. */
const EPOCH = new Date('2026-01-01T00:00:00Z');

export function svgToPdf(svg: string, page: { width: number; height: number }, title: string): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    compress: true,
    info: { Title: title, Producer: 'Jelajah Toba', Creator: 'Jelajah Toba', CreationDate: EPOCH, ModDate: EPOCH },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const fonts = pdfFonts();
  doc.registerFont('text-400', fonts[400]);
  doc.registerFont('text-700', fonts[700]);
  SVGtoPDF(doc, svg, 0, 0, {
    width: page.width,
    height: page.height,
    preserveAspectRatio: 'none',
    fontCallback: (_family: string, bold: boolean) => (bold ? 'text-700' : 'text-400'),
  });
  doc.end();
  return done;
}
