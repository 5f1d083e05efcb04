/**
 * The fonts of printed matter (Source Sans 3 from @fontsource, read from node_modules: nothing is
 * fetched): embedded in an SVG as WOFF2 (a style element, once per file), registered with pdfkit as WOFF
 * (../print/pdf.ts: the PDF embeds the letters it uses).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_FAMILY } from '../../lib/print/text-svg';

const fontFile = (weight: 400 | 700, ext: 'woff' | 'woff2') =>
  createRequire(path.join(process.cwd(), 'package.json')).resolve(
    `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.${ext}`,
  );

let style: string | undefined;
/** The @font-face rules with the fonts inline (about 42 KB of base64), for an SVG file. */
export function fontStyle(): string {
  style ??= `<style>${([400, 700] as const)
    .map(
      (w) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-weight:${w};src:url(data:font/woff2;base64,${readFileSync(fontFile(w, 'woff2')).toString('base64')}) format('woff2')}`,
    )
    .join('')}</style>`;
  return style;
}

let woff: Record<400 | 700, Buffer> | undefined;
/** The WOFF files for pdfkit (fontkit reads WOFF). */
export const pdfFonts = () => (woff ??= { 400: readFileSync(fontFile(400, 'woff')), 700: readFileSync(fontFile(700, 'woff')) });
