/**
 * Social-media templates of destinations and events: a square (1080×1080, feed posts) and a story
 * (1080×1920) in the brand's frame: the wordmark on navy, the place's picture (its photo, or the covers'
 * locator of where it is), its label, name and the site's address, and the Batak strip. Drawn with the
 * share images' pipeline (satori with Source Sans 3, resvg; ../share-image.ts), as JPEG.
 */
import satori from 'satori';
import sharp from 'sharp';
import { dataUri, el, loadFonts, rasterise, titleSize } from '../share-image';
import { strip } from '../../lib/cover';
import { tobaLocator } from '../../lib/geo/toba-locator';
import { BRAND_COLOURS as C, WORDMARK } from '../../lib/print/brand';
import type { SocialFormat } from '../../lib/routes';
import type { PrintEntry } from '../../content/views/print-kit';

export const SOCIAL_SIZE: Record<SocialFormat, { width: number; height: number }> = {
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
};

const FRAME = 48;

/** Where the picture goes: the frame's inside above the text. */
function pictureBox(format: SocialFormat) {
  const { width, height } = SOCIAL_SIZE[format];
  const top = format === 'story' ? 250 : 150;
  const text = format === 'story' ? 560 : 400;
  return { x: FRAME, y: top, width: width - 2 * FRAME, height: height - top - text };
}

async function picture(entry: PrintEntry, format: SocialFormat): Promise<string> {
  const box = pictureBox(format);
  if (entry.photo)
    return dataUri('image/jpeg', await sharp(entry.photo).resize(box.width, box.height, { fit: 'cover' }).jpeg({ quality: 82 }).toBuffer());
  const inner = { x: 0, y: 0, width: box.width, height: box.height };
  const map = tobaLocator({ parts: entry.place.districts, pins: entry.place.pins }, inner, { id: 'sm' });
  return dataUri(
    'image/svg+xml',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}">${map}</svg>`,
  );
}

/** The template as SVG (text as paths; the picture embedded). */
export async function socialSvg(entry: PrintEntry, format: SocialFormat, host: string): Promise<string> {
  const { width, height } = SOCIAL_SIZE[format];
  const box = pictureBox(format);
  const story = format === 'story';
  const size = Math.round(titleSize(entry.name.id) * (story ? 1.25 : 1.05));
  const tree = el(
    'div',
    { width, height, display: 'flex', position: 'relative', fontFamily: 'Source Sans 3', backgroundColor: C.deep, color: '#fff' },
    [
      el('div', { position: 'absolute', left: FRAME, top: story ? 110 : 48, display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: story ? 72 : 56, fontWeight: 700, lineHeight: 1 }, WORDMARK),
      ]),
      {
        type: 'img',
        props: {
          src: await picture(entry, format),
          width: box.width,
          height: box.height,
          style: {
            position: 'absolute',
            left: box.x,
            top: box.y,
            width: box.width,
            height: box.height,
            borderRadius: 16,
            objectFit: 'cover',
          },
        },
      },
      el(
        'div',
        { position: 'absolute', left: FRAME, right: FRAME, top: box.y + box.height + 36, display: 'flex', flexDirection: 'column' },
        [
          el('div', { display: 'flex' }, [
            el(
              'div',
              { backgroundColor: C.red, fontSize: story ? 36 : 30, fontWeight: 700, padding: '6px 18px', borderRadius: 6 },
              entry.label.id,
            ),
          ]),
          el(
            'div',
            { fontSize: size, fontWeight: 700, lineHeight: 1.08, marginTop: 20, maxHeight: size * 1.08 * 3, overflow: 'hidden' },
            entry.name.id,
          ),
          el('div', { fontSize: story ? 36 : 30, marginTop: 22, color: C.sky }, `Kabupaten Toba · ${host}`),
        ],
      ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
  // The Batak strip along the foot, as on the covers and posters.
  return svg.replace(/<\/svg>\s*$/, `${strip(height - 10, width, 0, 'us')}</svg>`);
}

/** The template as JPEG: photos and flat maps alike, at a size a phone shares quickly. */
export async function socialJpeg(entry: PrintEntry, format: SocialFormat, host: string): Promise<Uint8Array> {
  const image = await rasterise(await socialSvg(entry, format, host));
  return new Uint8Array(await image.jpeg({ quality: 82, mozjpeg: true }).toBuffer());
}
