/**
 * Two real `astro build` runs on small fixture content folders:
 * a photo comes out as responsive AVIF/WebP, and bad content stops the build
 * with the file and field named. Each writes to a temp folder, never dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { edit, fixtureCopy } from '../helpers';

function build(contentDir: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'jt-dist-'));
  const res = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      JELAJAH_CONTENT_DIR: contentDir,
      JELAJAH_OUT_DIR: out, // Inside the project: Vite resolves the data store by a root-relative URL.
      JELAJAH_CACHE_DIR: path.join('node_modules', '.astro-fixtures', path.basename(out)),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { out, status: res.status, output: `${res.stdout}\n${res.stderr}` };
}

// Each build bundles the whole site, the CMS at /admin included: allow for a busy CI machine.
describe('fixture builds', () => {
  it('turns a raster photo into a responsive AVIF/WebP srcset', { timeout: 300_000 }, async () => {
    const root = fixtureCopy();
    // A real raster photo-like image: a gradient with noise, 1600×1000.
    const { width, height } = { width: 1600, height: 1000 };
    const pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < width * height; i++) {
      pixels[i * 3] = (i % width) % 256;
      pixels[i * 3 + 1] = Math.floor(i / width) % 256;
      pixels[i * 3 + 2] = (i * 2654435761) % 97;
    }
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .jpeg()
      .toFile(path.join(root, 'destinations/pantai-contoh/foto.jpg'));
    edit(
      root,
      'destinations/pantai-contoh/index.id.mdx',
      'aliases:',
      'photos:\n  - src: ./foto.jpg\n    alt: { id: Pasir dan air, en: Sand and water }\n    credit: Uji\naliases:',
    );
    const { out, status, output } = build(root);
    expect(status, output).toBe(0);
    const html = readFileSync(path.join(out, 'destinasi/pantai-contoh/index.html'), 'utf8');
    const avif =
      /<source[^>]*type="image\/avif"[^>]*srcset="([^"]+)"/.exec(html) ?? /<source[^>]*srcset="([^"]+)"[^>]*type="image\/avif"/.exec(html);
    const webp =
      /<source[^>]*type="image\/webp"[^>]*srcset="([^"]+)"/.exec(html) ?? /<source[^>]*srcset="([^"]+)"[^>]*type="image\/webp"/.exec(html);
    expect(avif?.[1], 'no AVIF <source>').toBeDefined();
    expect(webp?.[1], 'no WebP <source>').toBeDefined();
    for (const w of [320, 640, 960, 1280]) expect(avif![1]).toMatch(new RegExp(`\\.avif ${w}w`));
    expect(html).toMatch(/alt="Pasir dan air"/);
    const en = readFileSync(path.join(out, 'en/destinations/pantai-contoh/index.html'), 'utf8');
    expect(en).toMatch(/alt="Sand and water"/);
    // Its share card is drawn over the photo (dark at the top left), not over the sky-blue cover art.
    const card = sharp(path.join(out, 'share/id/destinations/pantai-contoh.png'));
    expect(await card.metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    const { data: corner } = await card.extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect(corner[0]).toBeLessThan(80);
  });

  it('stops on bad content, naming the file, the field and the fix', { timeout: 300_000 }, () => {
    const root = fixtureCopy();
    edit(root, 'destinations/pantai-contoh/index.id.mdx', 'district: balige', 'district: ballige');
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('destinations/pantai-contoh/index.id.mdx');
    expect(output).toContain('"district"');
    expect(output).toContain('Mungkin maksud Anda "balige"');
    expect(output).toContain('Did you mean "balige"');
  });
});
