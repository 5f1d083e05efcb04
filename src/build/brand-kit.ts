/**
 * Draws the brand kit's logos at build time: the wordmark "Jelajah Toba" is
 * set in Source Sans 3 Bold by satori, which turns every letter into a path
 * (the same fonts as the share cards, read from node_modules), so the SVG
 * master looks the same everywhere and needs no font installed. The mark is
 * the site's own (src/lib/brand/logo.ts); resvg rasterises the PNGs.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { loadFonts } from './share-image';
import { markBackground, markShapes, markSvg, wordmarkColor, type LogoTheme } from '../lib/brand/logo';
import { PNG_SIZES, isLogoFile, tokensCss, tokensJson, type KitFile, type LogoShape } from '../lib/brand/kit';

/** The lockup's height in SVG units; the mark is a square of this side, the wordmark set beside it. */
const HEIGHT = 64;
const FONT_SIZE = 46;
const GAP = 16;

const inner = (svg: string) => svg.replace(/^<svg[^>]*>|<\/svg>$/g, '');

/** The wordmark alone as paths, cropped to its ink (width and the paths, at y from 0 to HEIGHT). */
async function wordmark(text: string, theme: LogoTheme): Promise<{ width: number; paths: string }> {
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: {
          display: 'flex',
          alignItems: 'center',
          height: HEIGHT,
          fontFamily: 'Source Sans 3',
          fontWeight: 700,
          fontSize: FONT_SIZE,
          color: wordmarkColor(theme),
        },
        children: text,
      },
    } as Parameters<typeof satori>[0],
    { width: 1000, height: HEIGHT, fonts: loadFonts() },
  );
  // satori lays the text out in a 1000-unit box; the ink's own box gives the lockup's real width.
  const box = new Resvg(svg, { font: { loadSystemFonts: false } }).innerBBox();
  if (!box) throw new Error(`The wordmark "${text}" drew nothing`);
  return { width: Math.ceil(box.x + box.width), paths: inner(svg) };
}

const drawn = new Map<string, Promise<string>>();

/** The SVG master of a logo: the mark alone, or the mark with the wordmark beside it. Drawn once per build, then reused for its PNGs. */
export function logoSvg(shape: LogoShape, theme: LogoTheme, name: string): Promise<string> {
  const key = `${shape} ${theme} ${name}`;
  if (!drawn.has(key)) drawn.set(key, drawLogo(shape, theme, name));
  return drawn.get(key)!;
}

async function drawLogo(shape: LogoShape, theme: LogoTheme, name: string): Promise<string> {
  if (shape === 'mark') return markSvg(theme);
  const word = await wordmark(name, theme);
  const width = HEIGHT + GAP + word.width;
  const scale = HEIGHT / 32;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" role="img" aria-label="${name}">` +
    `<g transform="scale(${scale})">${markBackground(theme)}${markShapes(theme)}</g>` +
    `<g transform="translate(${HEIGHT + GAP} 0)">${word.paths}</g></svg>`
  );
}

/** A PNG copy `width` pixels wide, on a transparent background. */
export function logoPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng());
}

/** The bytes or text of any file of the kit; `pageUrl` is the brand page the token files point to. */
export async function kitFileBody(f: KitFile, siteName: string, pageUrl: string): Promise<string | Uint8Array<ArrayBuffer>> {
  if (f.kind === 'css') return tokensCss(siteName, pageUrl);
  if (!isLogoFile(f)) return tokensJson(siteName, pageUrl);
  const svg = await logoSvg(f.shape, f.theme, siteName);
  return f.kind === 'svg' ? svg : logoPng(svg, f.width ?? PNG_SIZES[0]);
}
