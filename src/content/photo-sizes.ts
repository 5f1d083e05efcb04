/**
 * How large the site publishes a photo. The widths of its srcset; the largest bounds every published
 * copy, the <img> fallback and the open data's copy too, so an 8,000 px original is never sent whole.
 */
import type { ImageMetadata } from 'astro';

export const PHOTO_WIDTHS = [320, 640, 960, 1280] as const;
export const PHOTO_MAX_WIDTH = PHOTO_WIDTHS.at(-1)!;

/**
 * A photo's width and height, read without marking the original as used. In a build, an imported
 * image is a proxy that records every property read as a use of the original file, and Astro then
 * copies that file, metadata and all, into dist/. Astro's own getImage() reads the hidden `clone`
 * copy for the same reason.
 */
export function photoSize(image: ImageMetadata): { width: number; height: number } {
  const plain = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  return { width: plain.width, height: plain.height };
}

/** The size the site shows a photo at: its own, or PHOTO_MAX_WIDTH wide at most. */
export function publishedSize(image: ImageMetadata): { width: number; height: number } {
  const { width, height } = photoSize(image);
  const w = Math.min(width, PHOTO_MAX_WIDTH);
  return { width: w, height: Math.round((height * w) / width) };
}
