/**
 * A destination's poster (the layout of src/lib/print/poster-layout.ts) as SVG and PDF, at A4 and A5:
 * the locator of the covers (src/lib/geo/toba-locator.ts), a QR code to the Indonesian page, the text
 * set in Source Sans 3. Drawn once per content and kept in the share-image cache folder between builds.
 */
import { qrMatrix } from '../qr';
import { qrGroup } from '../../lib/brand/qr';
import { svgToPdf } from './pdf';
import { fontStyle } from './text';
import { textGroup } from '../../lib/print/text-svg';
import { tobaLocator } from '../../lib/geo/toba-locator';
import { escapeXml, hash } from '../../lib/cover';
import { PAPERS, posterDocument, posterLayout, posterShapes, type Paper, type PosterText } from '../../lib/print/poster-layout';
import type { CoverPlace } from '../../content/views/covers';

export interface PosterSpec extends PosterText {
  slug: string;
  place: CoverPlace;
}

/** The drawing, shapes and text, without its <svg> element (the same for both papers). */
export function posterInner(spec: PosterSpec): string {
  const layout = posterLayout(spec);
  // Outlines within 0.6 pt (0.2 mm) of the official line: finer than the covers' 1.2 px, for paper.
  const locator = tobaLocator({ parts: spec.place.districts, pins: spec.place.pins }, layout.locator, { tolerance: 0.6, id: 'pm' });
  const shapes = posterShapes(
    layout,
    locator,
    qrGroup(qrMatrix(spec.urlId), layout.qr.x, layout.qr.y, layout.qr.width, '#000000'),
    hash(`destinations/${spec.slug}`),
  );
  return shapes + textGroup(layout.text);
}

export interface PosterFiles {
  svg: Record<Paper, string>;
  pdf: Record<Paper, Uint8Array>;
}

export async function drawPoster(spec: PosterSpec): Promise<PosterFiles> {
  const inner = posterInner(spec);
  const title = `${spec.name} · Jelajah Toba`;
  // The PDF takes the drawing without the embedded web fonts (pdfkit embeds its own subset).
  const svg = { a4: posterDocument(inner, 'a4', title, escapeXml), a5: posterDocument(inner, 'a5', title, escapeXml) };
  const withFonts = (s: string) => s.replace('</title>', `</title>${fontStyle()}`);
  const pdf = { a4: await svgToPdf(svg.a4, PAPERS.a4, title), a5: await svgToPdf(svg.a5, PAPERS.a5, title) };
  return { svg: { a4: withFonts(svg.a4), a5: withFonts(svg.a5) }, pdf };
}
