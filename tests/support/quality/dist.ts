/**
 * What a built site (dist/) weighs, gzipped, as a browser would load it. Shared
 * by the size budgets (tests/e2e/budgets.spec.ts), the link check and the
 * benchmark (scripts/bench), so all three count bytes the same way. Reading
 * pages and following imports is production code (src/build/built-files.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { jsClosure, listPages, pageAssets, pageUrl, parseHtml, urlToFile, walk } from '../../../src/build/built-files';

/** Gzip at level 9, what a static host or CDN typically serves. */
export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

/** Total bytes of every file under `dir`. */
export const dirSize = (dir: string): number => (existsSync(dir) ? walk(dir).reduce((sum, f) => sum + statSync(f).size, 0) : 0);

export interface PageWeight {
  url: string;
  htmlBytes: number;
  htmlGzip: number;
  /** JS files the page may load (bundled scripts and their imports). */
  jsFiles: string[];
  /** Gzipped bytes of those files plus inline scripts, each compressed on its own as served. */
  jsGzip: number;
  cssGzip: number;
}

/** What one page weighs. Each file is gzipped separately, as a server sends it. */
export function pageWeight(dist: string, file: string, opts: { base?: string; lazy?: boolean } = {}): PageWeight {
  const base = opts.base ?? '/';
  const html = readFileSync(file);
  const url = pageUrl(dist, file, base);
  const assets = pageAssets(parseHtml(html.toString('utf8')));
  const jsFiles = jsClosure(dist, assets.scripts, url, base, opts.lazy ?? true);
  const jsGzip =
    jsFiles.reduce((s, f) => s + gzipSize(readFileSync(f)), 0) + assets.inlineScripts.reduce((s, c) => s + (c.trim() ? gzipSize(c) : 0), 0);
  const cssFiles = assets.styles.map((h) => urlToFile(dist, h, url, base)).filter((f): f is string => !!f && existsSync(f));
  const cssGzip = cssFiles.reduce((s, f) => s + gzipSize(readFileSync(f)), 0) + assets.inlineStyles.reduce((s, c) => s + gzipSize(c), 0);
  return { url, htmlBytes: html.length, htmlGzip: gzipSize(html), jsFiles, jsGzip, cssGzip };
}

/** The heaviest page of a build by gzipped HTML: what the `pageHtml` budget (src/config/budgets.ts) limits. */
export function largestHtml(dist: string, base = '/'): { url: string; htmlBytes: number; htmlGzip: number } {
  let worst = { url: '', htmlBytes: 0, htmlGzip: -1 };
  for (const file of listPages(dist)) {
    const html = readFileSync(file);
    const gzip = gzipSize(html);
    if (gzip > worst.htmlGzip) worst = { url: pageUrl(dist, file, base), htmlBytes: html.length, htmlGzip: gzip };
  }
  return worst;
}

/**
 * All CSS the site ships, gzipped: every stylesheet file in the build plus
 * each distinct inline <style> block (counted once, however many pages repeat it).
 */
export function siteCss(dist: string): { files: { file: string; gzip: number }[]; inlineGzip: number; total: number } {
  const files = walk(dist)
    .filter((f) => f.endsWith('.css') && !path.relative(dist, f).startsWith('pagefind'))
    .map((file) => ({ file, gzip: gzipSize(readFileSync(file)) }));
  const inline = new Set<string>();
  for (const page of listPages(dist)) for (const s of pageAssets(parseHtml(readFileSync(page, 'utf8'))).inlineStyles) inline.add(s);
  const inlineGzip = [...inline].reduce((s, c) => s + gzipSize(c), 0);
  return { files, inlineGzip, total: files.reduce((s, f) => s + f.gzip, 0) + inlineGzip };
}
