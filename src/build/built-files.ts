/**
 * Reads a built site (dist/) the way a browser would: which pages there are,
 * which scripts and styles each page loads, and which modules a script imports.
 * Production code: the post-build steps (src/build/post-build.ts) use it
 * to find the service worker's app shell. The size budgets, the link check and
 * the benchmark count bytes with it too (tests/support/quality/dist.ts adds the sizes).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

export type Document = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.findAll>[number];
const { findAll, getAttributeValue, textContent } = DomUtils;

/** Every file under `dir`, recursively, as absolute paths. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** The HTML pages of a build (Pagefind's own files excluded), sorted. */
export function listPages(dist: string): string[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !path.relative(dist, f).startsWith('pagefind'))
    .sort();
}

/** The URL path a page file is served at, e.g. dist/en/map/index.html → /en/map/ (with the base path in front). */
export function pageUrl(dist: string, file: string, base = '/'): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + rel.replace(/(^|\/)index\.html$/, '$1');
}

export const parseHtml = (html: string): Document => parseDocument(html);

/** Elements of a parsed page with the given tag names. */
export const elements = (doc: Document, ...tags: string[]): Element[] => findAll((e) => tags.includes(e.name), doc.children);

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What a page loads as it opens: script and stylesheet URLs, and inline code. */
export function pageAssets(doc: Document) {
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const s of elements(doc, 'script')) {
    // JSON-LD and other data blocks are not code.
    if (!JS_TYPES.has((getAttributeValue(s, 'type') ?? '').toLowerCase())) continue;
    const src = getAttributeValue(s, 'src');
    if (src) scripts.push(src);
    else inlineScripts.push(textContent(s));
  }
  const styles = elements(doc, 'link')
    .filter((l) => (getAttributeValue(l, 'rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((l) => getAttributeValue(l, 'href'))
    .filter((h): h is string => !!h);
  const inlineStyles = elements(doc, 'style').map((s) => textContent(s));
  return { scripts, inlineScripts, styles, inlineStyles };
}

/**
 * Module specifiers a bundled JS file imports: static (`import … from "./x.js"`,
 * `import "./x.js"`, `export … from`) and dynamic (`import("./x.js")`, or with
 * backticks and no substitution). Only literals count; a URL built at run time (as for Pagefind) is not followed.
 */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const staticRe = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"'\n]+\.m?js)["']/g;
  // The bundler writes some dynamic imports with a template literal: import(`./x.js`).
  const dynamicRe = /\bimport\(\s*["'`]([^"'`\n$]+\.m?js)["'`]\s*\)/g;
  return {
    static: [...code.matchAll(staticRe)].map((m) => m[1]!),
    dynamic: [...code.matchAll(dynamicRe)].map((m) => m[1]!),
  };
}

/** Maps a URL on the site to its file in dist/, or undefined for other origins and data URLs. */
export function urlToFile(dist: string, url: string, from: string, base = '/'): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined;
  const resolved = new URL(url, `http://site.invalid${from}`).pathname;
  const b = base.endsWith('/') ? base : `${base}/`;
  if (!resolved.startsWith(b)) return path.join(dist, '__outside_base__', resolved);
  const rel = decodeURIComponent(resolved.slice(b.length));
  return path.join(dist, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
}

/**
 * Every JS file a page may run, following imports from its scripts.
 * `lazy: false` stops at dynamic imports (what loads before anyone interacts).
 */
export function jsClosure(dist: string, entries: string[], pageUrlPath: string, base = '/', lazy = true): string[] {
  const seen = new Set<string>();
  const visit = (url: string, from: string) => {
    const file = urlToFile(dist, url, from, base);
    if (!file || seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    // The file's URL, base path included, so that its relative imports resolve inside the base.
    const here = `${base.endsWith('/') ? base : `${base}/`}${path.relative(dist, file).split(path.sep).join('/')}`;
    const imports = jsImports(readFileSync(file, 'utf8'));
    for (const spec of [...imports.static, ...(lazy ? imports.dynamic : [])]) visit(spec, here);
  };
  for (const e of entries) visit(e, pageUrlPath);
  return [...seen].sort();
}
