/**
 * Writes the service worker: bundles src/client/sw/sw.ts (Workbox modules, with the
 * cache rules of src/lib/pwa/) with esbuild, then lets workbox-build's
 * injectManifest list the app shell it precaches, each file with a revision
 * hash, so a new deploy replaces exactly what changed. The app shell is found
 * from the pages already read (appShell); nothing it precaches is made by
 * another post-build step.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
// The one function used, not the package index: that also loads generateSW's bundler (0.7 s against 0.1 s),
// and this file is imported with astro.config.mjs by every astro command.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { PRECACHE_GLOBS, PRECACHE_IGNORES } from '../../lib/pwa/precache';
import { jsClosure, pageAssets, parseHtml, urlToFile } from '../built-files';
import { publicPages, type BuiltSite } from '../built-site';
import { tileSource } from '../../lib/security/csp';
import { site as siteConfig } from '../../config/site';
import type { PostBuildStep } from './step';

/** Precache URLs of pages end in "/", as the site links them: luring/index.html → luring/. */
const cleanUrls = (entries: { url: string; revision: string | null; size: number }[]) => ({
  manifest: entries.map((e) => ({ ...e, url: e.url.replace(/(^|\/)index\.html$/, '$1') })),
  warnings: [],
});

/**
 * The scripts, styles and fonts of the public pages (not the CMS's): what the
 * pages link, every module those import (lazily loaded ones too: the map,
 * search's map), the stylesheets scripts load by URL and the fonts the
 * stylesheets use. Paths relative to dist/.
 */
export function appShell(site: BuiltSite): string[] {
  const { dir: dist, base } = site;
  const files = new Set<string>();
  // Pages of one template link the same files: a page is parsed only when its script, stylesheet and style tags
  // are new (parsing all 2,217 pages of a 1,000-entry build took over 2 s). Relative URLs resolve against the page,
  // so tags with one are new on every page.
  const tagSets = new Set<string>();
  // A script's imports do not depend on the page that loads it.
  const closures = new Map<string, string[]>();
  for (const { url, html } of publicPages(site)) {
    const tags = (html.match(/<script\b[^>]*>|<link\b[^>]*\bstylesheet\b[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/gi) ?? []).join('\n');
    const key = /\s(?:src|href)=["']?(?!["'/]|[a-z][a-z0-9+.-]*:)/i.test(tags) ? `${url}\n${tags}` : tags;
    if (tagSets.has(key)) continue;
    tagSets.add(key);
    const assets = pageAssets(parseHtml(html));
    for (const src of assets.scripts) {
      const file = urlToFile(dist, src, url, base);
      if (!file) continue;
      let closure = closures.get(file);
      if (!closure) closures.set(file, (closure = jsClosure(dist, [src], url, base, true)));
      for (const js of closure) files.add(js);
    }
    // Fonts named in the page's inline styles (Astro inlines small stylesheets).
    for (const m of assets.inlineStyles.join('\n').matchAll(/([\w.-]+\.woff2)\b/g)) {
      const file = path.join(dist, '_astro', m[1]!);
      if (existsSync(file)) files.add(file);
    }
    for (const css of assets.styles) {
      const f = urlToFile(dist, css, url, base);
      if (f && existsSync(f)) files.add(f);
    }
  }
  // Stylesheets named in scripts (imported with ?url), then fonts named in stylesheets.
  for (const ext of ['css', 'woff2']) {
    for (const f of [...files]) {
      for (const m of readFileSync(f, 'utf8').matchAll(new RegExp(`[\\w./-]*?([\\w.-]+\\.${ext})\\b`, 'g'))) {
        const file = path.join(dist, '_astro', m[1]!);
        if (existsSync(file)) files.add(file);
      }
    }
  }
  return [...files].map((f) => path.relative(dist, f).split(path.sep).join('/')).sort();
}

export const serviceWorkerStep: PostBuildStep = {
  name: 'service-worker',
  needs: ['pages'],
  makes: ['sw.js'],
  run: async ({ site, logger }) => {
    const out = site.dir;
    const tmp = mkdtempSync(path.join(tmpdir(), 'jt-sw-'));
    try {
      const bundled = path.join(tmp, 'sw.js');
      await build({
        entryPoints: [fileURLToPath(new URL('../../client/sw/sw.ts', import.meta.url))],
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        outfile: bundled,
        define: {
          __TILE_ORIGIN__: JSON.stringify(tileSource(siteConfig.tiles.url)),
          'process.env.NODE_ENV': '"production"',
        },
        logLevel: 'warning',
      });
      const { count, size, warnings } = await injectManifest({
        swSrc: bundled,
        swDest: path.join(out, 'sw.js'),
        globDirectory: out,
        globPatterns: [...PRECACHE_GLOBS, ...appShell(site)],
        globIgnores: PRECACHE_IGNORES,
        modifyURLPrefix: { '': site.base },
        manifestTransforms: [cleanUrls],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      });
      for (const w of warnings) logger.warn(w);
      const sw = readFileSync(path.join(out, 'sw.js'));
      logger.info(
        `sw.js written: ${(sw.length / 1024).toFixed(1)} KB (${(gzipSync(sw).length / 1024).toFixed(1)} KB gzip), precaching ${count} files (${(size / 1024).toFixed(0)} KB).`,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
