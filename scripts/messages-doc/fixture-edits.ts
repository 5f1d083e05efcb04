/**
 * The changes the examples of `npm run docs:messages` make to a copy of the
 * test fixture (tests/fixtures/content-valid): the fixture files they edit,
 * and small helpers that edit, write or add a photo there.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DEST = 'destinations/pantai-contoh/index.id.mdx';
export const EVENT = 'events/acara-contoh/index.id.mdx';
export const PRODUCT = 'products/produk-contoh/index.id.mdx';

export const edit = (file: string, from: string | RegExp, to: string) => (root: string) => {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${String(from)} not in ${file}`);
  writeFileSync(full, after);
};
export const write = (file: string, text: string) => (root: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

/** A photo file `pantai.png` next to the fixture destination (`bytes`, default empty), and a `photos` entry naming `src`. */
export const withPhoto =
  (src: string, bytes: Uint8Array = new Uint8Array()) =>
  (root: string) => {
    writeFileSync(path.join(root, 'destinations/pantai-contoh/pantai.png'), bytes);
    edit(
      DEST,
      'aliases:',
      `photos:\n  - src: ${src}\n    alt: { id: Pantai, en: Beach }\n    credit: Uji\n    license: CC BY 4.0\naliases:`,
    )(root);
  };

/** The header of a PNG of 6000 × 4000 pixels: enough for the size check, which reads no further. */
export const bigPng = () => {
  const b = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(6000, 16);
  b.writeUInt32BE(4000, 20);
  return b;
};
