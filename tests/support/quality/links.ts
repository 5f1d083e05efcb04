/**
 * A link checker for a built site: every internal link, fragment, image,
 * script, stylesheet and CSS url() must point at something that exists in
 * dist/. Internal means relative, root-relative or on the site's own origin;
 * other origins are not fetched (these machines are offline, and an outside
 * site being down is not a bug in this one).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { listPages, pageUrl, parseHtml, urlToFile, walk, elements } from '../../../src/build/built-files';

export interface BrokenLink {
  /** The page (or stylesheet) the reference is on. */
  from: string;
  /** Where on it: `a[href]`, `img[srcset]`, `css url()`… */
  where: string;
  url: string;
  reason: 'missing' | 'missing-anchor' | 'outside-base';
}

/** Which attributes of which elements hold URLs. */
const URL_ATTRS: [tag: string, attr: string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['img', 'srcset'],
  ['source', 'src'],
  ['source', 'srcset'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['video', 'poster'],
  ['form', 'action'],
  ['use', 'href'],
];

/** URLs in a srcset: "a.webp 320w, b.webp 640w" → [a.webp, b.webp]. */
export const srcsetUrls = (srcset: string): string[] =>
  srcset
    .split(/,\s+/)
    .map((c) => c.trim().split(/\s+/)[0]!)
    .filter(Boolean);

/** The url(...) references of a stylesheet, data: URLs left out. */
export const cssUrls = (css: string): string[] =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((m) => m[2]!.trim())
    .filter((u) => !u.startsWith('data:') && !u.startsWith('#'));

export interface LinkCheckOptions {
  base?: string;
  /** The production origin; absolute links to it count as internal (canonical, hreflang, og:url). */
  origin?: string;
}

export function checkLinks(dist: string, opts: LinkCheckOptions = {}): { broken: BrokenLink[]; pages: number; checked: number } {
  const base = opts.base ?? '/';
  const origin = opts.origin ? new URL(opts.origin).origin : undefined;
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const doc = parseHtml(readFileSync(file, 'utf8'));
      ids = new Set(
        DomUtils.findAll((e) => 'id' in e.attribs || (e.name === 'a' && 'name' in e.attribs), doc.children).map(
          (e) => e.attribs.id ?? e.attribs.name!,
        ),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;

  const check = (fromFile: string, fromUrl: string, where: string, raw: string) => {
    let url = raw.trim();
    if (!url || /^(?:mailto|tel|javascript|data|blob):/i.test(url)) return;
    if (origin && url.startsWith(origin)) url = url.slice(origin.length) || '/';
    else if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return;
    checked++;
    const [beforeHash, fragment] = url.split('#', 2) as [string, string | undefined];
    const pathPart = beforeHash.split('?')[0]!;
    const b = base.endsWith('/') ? base : `${base}/`;
    const resolved = new URL(pathPart || fromUrl, `http://site.invalid${fromUrl}`).pathname;
    if (!resolved.startsWith(b)) {
      broken.push({ from: fromUrl, where, url: raw, reason: 'outside-base' });
      return;
    }
    let file = pathPart ? urlToFile(dist, pathPart, fromUrl, base)! : fromFile;
    // A folder URL without its trailing slash is served as the folder's index by most hosts.
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      broken.push({ from: fromUrl, where, url: raw, reason: 'missing' });
      return;
    }
    // A fragment of the form `name=value` is state for the page's script (a shared trip plan, `#p=…`), not an anchor.
    const isState = !!fragment && /^[a-z]+=/i.test(fragment);
    if (fragment && !isState && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
      broken.push({ from: fromUrl, where, url: raw, reason: 'missing-anchor' });
    }
  };

  const pages = listPages(dist);
  for (const file of pages) {
    const url = pageUrl(dist, file, base);
    const doc = parseHtml(readFileSync(file, 'utf8'));
    for (const [tag, attr] of URL_ATTRS) {
      for (const el of elements(doc, tag)) {
        const value = el.attribs[attr] ?? (attr === 'href' ? el.attribs['xlink:href'] : undefined);
        if (value === undefined) continue;
        const urls = attr === 'srcset' ? srcsetUrls(value) : [value];
        for (const u of urls) check(file, url, `${tag}[${attr}]`, u);
      }
    }
    for (const meta of elements(doc, 'meta')) {
      const prop = meta.attribs.property ?? meta.attribs.name ?? '';
      if (/^(?:og:image|og:url|twitter:image)$/.test(prop) && meta.attribs.content) check(file, url, `meta[${prop}]`, meta.attribs.content);
    }
  }
  for (const css of walk(dist).filter((f) => f.endsWith('.css'))) {
    const url = pageUrl(dist, css, base);
    for (const u of cssUrls(readFileSync(css, 'utf8'))) check(css, url, 'css url()', u);
  }
  return { broken, pages: pages.length, checked };
}
