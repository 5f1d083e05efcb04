/**
 * Printed matter's text as SVG <text>, one element per line (the lines are already wrapped by
 * ./poster-layout.ts's fitText), in the brand's Source Sans 3. Real text rather than paths: a poster's
 * SVG weighs a quarter (the font, embedded once, instead of a path per letter), its PDF embeds a subset
 * of the font, and both stay searchable and selectable.
 */
import { escapeXml } from '../cover';
import type { TextBlock } from './poster-layout';

export const FONT_FAMILY = 'Source Sans 3';

/** Where the baseline of a line sits below the line's top: half the leading, then the letters' ascent (0.78 em). */
const baseline = (b: TextBlock, i: number) => Math.round((b.y + b.lead * i + (b.lead - b.size) / 2 + b.size * 0.78) * 10) / 10;

export function textSvg(blocks: readonly TextBlock[]): string {
  return blocks
    .map((b) => {
      const attrs = `font-size="${b.size}"${b.weight === 700 ? ' font-weight="bold"' : ''} fill="${b.colour}"`;
      return b.lines.map((line, i) => `<text x="${b.x}" y="${baseline(b, i)}" ${attrs}>${escapeXml(line)}</text>`).join('');
    })
    .join('');
}

/** The text's group, in the brand's font with sans-serif fonts after it for programs that cannot read the embedded one. */
export const textGroup = (blocks: readonly TextBlock[]) =>
  `<g font-family="'${FONT_FAMILY}', 'Source Sans Pro', Arial, sans-serif">${textSvg(blocks)}</g>`;
