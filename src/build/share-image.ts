/**
 * Share images (Open Graph / Twitter cards): 1200×630 PNGs drawn at build
 * time from the page's title, its type and the site name, over the entry's
 * photo, or beside its locator (where it is: src/content/views/covers.ts).
 *
 * Satori lays the card out and turns every letter into an SVG path using
 * Source Sans 3 from @fontsource (read from node_modules, so nothing is
 * fetched and no system font is used): the text looks the same on every
 * machine. resvg then rasterises the SVG. Both run offline.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import sharp, { type Sharp } from 'sharp';
import { PALETTE } from '../lib/cover';
import { drawShareCover, type CoverPlace } from '../content/views/covers';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface ShareCardText {
  title: string;
  /** What the page is, e.g. "Destinasi · Pantai". */
  label: string;
  siteName: string;
  /** The site's host, shown small, e.g. jelajahtoba.example.id. */
  host: string;
}

/** A satori element: the plain-object form of JSX, so no React is needed. */
export interface El {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (El | string)[] | El | string;
    src?: string;
    width?: number;
    height?: number;
  };
}
export const el = (type: string, style: Record<string, string | number>, children?: El['props']['children']): El => ({
  type,
  props: { style, ...(children !== undefined ? { children } : {}) },
});

/** Smaller type for longer titles, so every title fits in three lines. */
export function titleSize(title: string): number {
  if (title.length > 70) return 52;
  if (title.length > 45) return 62;
  if (title.length > 25) return 72;
  return 84;
}

/**
 * The card's layout: background picture, then label, title and site name. Over a photo, a dark band at
 * the bottom gives the text its contrast; beside a locator (`layout: 'locator'`), the text keeps to the
 * navy left half, so the map on the right stays clear.
 */
export function cardTree(text: ShareCardText, background: string, layout: 'photo' | 'locator' = 'photo'): El {
  const beside = layout === 'locator';
  const size = beside ? Math.round(titleSize(text.title) * 0.8) : titleSize(text.title);
  return el(
    'div',
    {
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      display: 'flex',
      position: 'relative',
      fontFamily: 'Source Sans 3',
      backgroundColor: PALETTE.deep,
    },
    [
      {
        type: 'img',
        props: {
          src: background,
          width: SHARE_WIDTH,
          height: SHARE_HEIGHT,
          style: { position: 'absolute', top: 0, left: 0, width: SHARE_WIDTH, height: SHARE_HEIGHT, objectFit: 'cover' },
        },
      },
      ...(beside
        ? []
        : [
            el('div', {
              position: 'absolute',
              top: 0,
              left: 0,
              width: SHARE_WIDTH,
              height: SHARE_HEIGHT,
              backgroundImage: 'linear-gradient(180deg, rgba(11,57,84,0) 20%, rgba(11,57,84,0.93) 62%)',
            }),
          ]),
      el(
        'div',
        {
          position: 'absolute',
          left: 0,
          right: beside ? SHARE_WIDTH / 2 : 0,
          bottom: 0,
          display: 'flex',
          flexDirection: 'column',
          padding: '0 64px 52px',
          color: PALETTE.white,
        },
        [
          el('div', { display: 'flex' }, [
            el(
              'div',
              { backgroundColor: PALETTE.red, color: PALETTE.white, fontSize: 28, fontWeight: 700, padding: '6px 18px', borderRadius: 6 },
              text.label,
            ),
          ]),
          el(
            'div',
            {
              fontSize: size,
              fontWeight: 700,
              lineHeight: 1.08,
              marginTop: 18,
              maxHeight: size * 1.08 * 3,
              overflow: 'hidden',
            },
            text.title,
          ),
          el(
            'div',
            {
              display: 'flex',
              flexDirection: beside ? 'column' : 'row',
              justifyContent: 'space-between',
              marginTop: 26,
              fontSize: beside ? 26 : 30,
              opacity: 0.92,
            },
            [el('div', { fontWeight: 700 }, text.siteName), el('div', {}, text.host)],
          ),
        ],
      ),
    ],
  );
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** Source Sans 3 in WOFF (satori reads WOFF, not WOFF2), Latin and Latin Extended. */
export function loadFonts() {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const file = (subset: string, weight: number) =>
    readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`));
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: 'Source Sans 3', data: file(subset, weight), weight, style: 'normal' as const })),
  );
  return fonts;
}

/** A data: URI, the only way satori takes a picture without fetching it. */
export const dataUri = (mime: string, bytes: Uint8Array | string) => `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;

/** The card as SVG (text already turned into paths). */
export async function shareSvg(text: ShareCardText, background: string, layout: 'photo' | 'locator' = 'photo'): Promise<string> {
  return satori(cardTree(text, background, layout) as Parameters<typeof satori>[0], {
    width: SHARE_WIDTH,
    height: SHARE_HEIGHT,
    fonts: loadFonts(),
  });
}

/**
 * An SVG drawn to pixels, ready for sharp to encode. No system fonts: every glyph is already a path, so resvg
 * must not look any up. resvg draws off the main thread (libuv's pool) and sharp encodes off it too, so several
 * images draw at once while the build goes on. (resvg's own `asPng()` encodes on the main thread: on a build
 * drawing every card afresh, that took a third of the main thread's time, and a JPEG went through a PNG first.)
 * The images are opaque, so resvg's premultiplied pixels are the plain ones.
 */
export async function rasterise(svg: string): Promise<Sharp> {
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } });
}

/** The card drawn, for sharp to encode (1200×630). */
const shareImage = async (text: ShareCardText, background: string, layout: 'photo' | 'locator' = 'photo') =>
  rasterise(await shareSvg(text, background, layout));

/** Bump when the card's look changes, so cached cards are redrawn. */
const CARD_VERSION = '2';

/**
 * Where drawn cards are kept between builds (outside dist/, shared by every build of this checkout; keep it
 * between deploys, docs/deploy.md). JELAJAH_SHARE_CACHE_DIR moves it (the benchmark gives each corpus its own).
 */
export const SHARE_CACHE_DIR = process.env.JELAJAH_SHARE_CACHE_DIR ?? path.join('node_modules', '.cache', 'jelajah-toba-share');

export interface CardBackground {
  /** Cover-art glyph, seed and place (src/content/views/covers.ts), used when there is no photo. */
  glyph: string;
  seed: string;
  place?: CoverPlace | undefined;
  /** The photo's file on disk. */
  photo?: string | undefined;
}

/** The regency as a whole: the place of the routes' cards. */
const NOWHERE: CoverPlace = { districts: [], pins: [] };

/**
 * The card's PNG file in the cache, drawn first unless the same text over the same picture was drawn before
 * (drawing takes a few hundred milliseconds; a base-path build or a rebuild then costs nothing).
 */
export async function cachedShareFile(text: ShareCardText, bg: CardBackground, cacheDir = SHARE_CACHE_DIR): Promise<string> {
  const photo = bg.photo && existsSync(bg.photo) ? readFileSync(bg.photo) : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify({ CARD_VERSION, text, glyph: bg.glyph, seed: bg.seed, place: bg.place }))
    .update(photo ?? '')
    .digest('hex')
    .slice(0, 24);
  const file = path.join(cacheDir, `${key}.png`);
  if (existsSync(file)) return file;
  const png = photo
    ? await (
        await shareImage(
          text,
          dataUri('image/jpeg', await sharp(photo).resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover' }).jpeg({ quality: 82 }).toBuffer()),
        )
      )
        .png()
        .toBuffer()
    : // Flat colours: as a 256-colour PNG a card takes 29 KB instead of 76 KB. Without dithering and at the
      // lowest effort, quantising costs ~45 ms of CPU a card instead of ~125 ms, for the same bytes and look.
      await (
        await shareImage(text, dataUri('image/svg+xml', drawShareCover({ ...bg, place: bg.place ?? NOWHERE })), 'locator')
      )
        .png({ palette: true, effort: 1, dither: 0 })
        .toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  // Written whole under another name first: a build running beside this one never links half a card.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return file;
}

/** The card as PNG bytes (./cachedShareFile's file). */
export const cachedSharePng = async (text: ShareCardText, bg: CardBackground, cacheDir = SHARE_CACHE_DIR): Promise<Uint8Array> =>
  new Uint8Array(readFileSync(await cachedShareFile(text, bg, cacheDir)));

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47];
  if (!signature.every((b, i) => png[i] === b)) throw new Error('Not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
