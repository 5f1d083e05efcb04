/** A product's sheet of "Produk Toba" hang tags (src/lib/print/label-layout.ts) as an A4 SVG and PDF. */
import { drawQr } from './qr';
import { svgToPdf } from './pdf';
import { fontStyle } from './text';
import { textGroup } from '../../lib/print/text-svg';
import { escapeXml } from '../../lib/cover';
import { labelLayout, labelSheet, type LabelText } from '../../lib/print/label-layout';
import { PAPERS, posterDocument } from '../../lib/print/poster-layout';

export async function drawLabelSheet(text: LabelText, url: string): Promise<{ svg: string; pdf: Uint8Array }> {
  const layout = labelLayout(text);
  const title = `${text.mark}: ${text.name}`;
  const svg = posterDocument(
    labelSheet(layout, textGroup(layout.text), (box) => drawQr(url, box)),
    'a4',
    title,
    escapeXml,
  );
  return { svg: svg.replace('</title>', `</title>${fontStyle()}`), pdf: await svgToPdf(svg, PAPERS.a4, title) };
}
