/**
 * The CMS's script, bundled by esbuild and cached (src/build/cms-bundle.ts): the package's asset URLs point
 * at the copied assets under the base path, the CDN fonts and code grammars are gone, and a second build
 * takes the bundle from the cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsBundle, cmsBundlePlan, rewriteAssetUrls, withoutCdnFonts } from '../../../src/build/cms-bundle';

const root = process.cwd();

describe('rewriteAssetUrls', () => {
  it('points the package’s own files, from its entry and from its chunks, at the copied assets', () => {
    const code = 'a=new URL(`assets/x-1.woff2`,import.meta.url).href;b=new URL(`../assets/y.wasm`,import.meta.url)';
    expect(rewriteAssetUrls(code, '/wisata/_astro/cms/assets/')).toBe(
      'a=new URL("/wisata/_astro/cms/assets/x-1.woff2", self.location.href).href;b=new URL("/wisata/_astro/cms/assets/y.wasm", self.location.href)',
    );
  });

  it('leaves other URLs alone', () => {
    const code = 'new URL(`https://unpkg.com/leaflet`);new URL(`./other/z.js`,import.meta.url)';
    expect(rewriteAssetUrls(code, '/_astro/cms/assets/')).toBe(code);
  });
});

describe('withoutCdnFonts', () => {
  it('removes the @font-face rules on jsDelivr and keeps the others', () => {
    const css = '@font-face{font-family:A;src:url(https://cdn.jsdelivr.net/fontsource/a.woff2)}@font-face{font-family:B;src:url(b.woff2)}';
    expect(withoutCdnFonts(css)).toBe('@font-face{font-family:B;src:url(b.woff2)}');
  });
});

describe('cmsBundlePlan', () => {
  it('names the entry by a key that changes with the base path', () => {
    const a = cmsBundlePlan({ root, base: '/', cacheDir: '/c' });
    const b = cmsBundlePlan({ root, base: '/wisata/', cacheDir: '/c' });
    expect(a.entry).toMatch(/^cms-[0-9a-f]{12}\.js$/);
    expect(a.dir).toBe(path.join('/c', a.key));
    expect(b.key).not.toBe(a.key);
    expect(cmsBundlePlan({ root, base: '/', cacheDir: '/c' })).toEqual(a);
  });
});

describe('cmsBundle', () => {
  it('bundles once into the cache, with the assets beside it, and reuses it', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'jt-cms-'));
    const first = await cmsBundle({ root, base: '/wisata/', cacheDir });
    const entry = path.join(first.dir, first.entry);
    const code = readFileSync(entry, 'utf8');
    expect(code).not.toMatch(/cdn\.jsdelivr\.net\/fontsource/);
    const named = [...code.matchAll(/"\/wisata\/_astro\/cms\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(0);
    for (const file of named) expect(existsSync(path.join(first.dir, 'assets', file)), file).toBe(true);
    // The code grammars are one empty module, not ~300 chunks.
    expect(readdirSync(path.join(first.dir, 'chunks')).length).toBeLessThan(80);
    const built = statSync(entry).mtimeMs;
    const again = await cmsBundle({ root, base: '/wisata/', cacheDir });
    expect(again).toEqual(first);
    expect(statSync(entry).mtimeMs).toBe(built);
  });
});
