/**
 * Photo checks of the content checker that the schema cannot make: a photo
 * far larger than the site ever shows (the site shows at most 1280 px wide)
 * slows every build and the editor's upload, so it gets a warning with the
 * fix. Dimensions are read from the file header, synchronously, so the
 * checker stays plain and fast.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Bilingual, ContentIssue } from './messages';

/** Above either limit a photo gets a warning: 16 MP is a 4,900 × 3,260 photo; a phone's 12 MP photo passes. */
export const PHOTO_MAX_MEGAPIXELS = 16;
export const PHOTO_MAX_MB = 8;
/** The size the warning advises: the long side, in pixels. */
export const PHOTO_ADVISED_PX = 2400;

const b = (id: string, en: string): Bilingual => ({ id, en });

/** Width and height from a JPEG, PNG, WebP or GIF header; undefined for other formats or a damaged file. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, n: number) => String.fromCharCode(...bytes.subarray(at, at + n));
  if (bytes.length > 24 && ascii(1, 3) === 'PNG') return { width: dv.getUint32(16), height: dv.getUint32(20) };
  if (bytes.length > 10 && ascii(0, 3) === 'GIF') return { width: dv.getUint16(6, true), height: dv.getUint16(8, true) };
  if (bytes.length > 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const kind = ascii(12, 4);
    if (kind === 'VP8 ') return { width: dv.getUint16(26, true) & 0x3fff, height: dv.getUint16(28, true) & 0x3fff };
    if (kind === 'VP8L') {
      const v = dv.getUint32(21, true);
      return { width: (v & 0x3fff) + 1, height: ((v >> 14) & 0x3fff) + 1 };
    }
    if (kind === 'VP8X') {
      const w = bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16);
      const h = bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16);
      return { width: w + 1, height: h + 1 };
    }
    return undefined;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Walk the JPEG segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC).
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1]!;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { height: dv.getUint16(i + 5), width: dv.getUint16(i + 7) };
      i += 2 + dv.getUint16(i + 2);
    }
  }
  return undefined;
}

/** A warning for each photo of an entry (`photos[].src`, relative to `dir`) over the size limits. */
export function photoWarnings(file: string, dir: string, data: unknown): ContentIssue[] {
  const photos = (data as { photos?: unknown } | undefined)?.photos;
  if (!Array.isArray(photos)) return [];
  const out: ContentIssue[] = [];
  photos.forEach((p: unknown, i) => {
    const src = (p as { src?: unknown } | null)?.src;
    if (typeof src !== 'string') return;
    const full = path.resolve(dir, src);
    let bytes: Buffer;
    try {
      if (!statSync(full).isFile()) return;
      bytes = readFileSync(full);
    } catch {
      return; // A missing photo is the schema's error, not a warning.
    }
    const mb = bytes.length / 1_000_000;
    const size = imageSize(bytes);
    const mp = size ? (size.width * size.height) / 1_000_000 : 0;
    if (mb <= PHOTO_MAX_MB && mp <= PHOTO_MAX_MEGAPIXELS) return;
    const dims = size ? `${size.width} × ${size.height} px, ` : '';
    out.push({
      file,
      field: `photos.${i}.src`,
      code: 'photo-too-large',
      message: b(
        `Foto ${src} sangat besar (${dims}${mb.toFixed(1)} MB); situs paling lebar menampilkan 1280 px, dan foto sebesar ini memperlambat setiap pembangunan situs.`,
        `Photo ${src} is very large (${dims}${mb.toFixed(1)} MB); the site shows photos at most 1280 px wide, and one this size slows every build.`,
      ),
      fix: b(
        `Perkecil dulu ke ${PHOTO_ADVISED_PX} px di sisi terpanjang (misalnya dengan aplikasi galeri ponsel, Paint atau squoosh.app), simpan sebagai JPEG kualitas 80, lalu ganti berkasnya.`,
        `Resize it first to ${PHOTO_ADVISED_PX} px on the long side (e.g. with the phone's gallery app, Paint or squoosh.app), save as JPEG quality 80, then replace the file.`,
      ),
    });
  });
  return out;
}
