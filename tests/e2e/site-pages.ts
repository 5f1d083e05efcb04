/**
 * Every page of the built site, found through its sitemap and read once per
 * worker: the head tags and JSON-LD the SEO tests check.
 */
import type { APIRequestContext } from '@playwright/test';
import { site } from '../../src/config/site';

/** The site's public root (origin + base path), as written in canonical URLs and the sitemap. */
export const publicRoot = new URL(process.env.BASE_PATH ?? '/', site.url).href;

/** A public URL as a path relative to the server under test (its baseURL already holds the base path). */
export const local = (url: string) => {
  if (!url.startsWith(publicRoot)) throw new Error(`${url} is not under ${publicRoot}`);
  return url.slice(publicRoot.length);
};

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
};
const tags = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);

export interface SitemapUrl {
  loc: string;
  links: { hreflang: string; href: string }[];
}

export interface PageHead {
  url: SitemapUrl;
  lang: string | undefined;
  title: string | undefined;
  description: string | undefined;
  canonical: string | undefined;
  alternates: Record<string, string>;
  meta: Record<string, string>;
  jsonLd: { '@graph': { '@type': string; [k: string]: unknown }[] } | undefined;
}

export async function sitemapUrls(request: APIRequestContext): Promise<SitemapUrl[]> {
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const out: SitemapUrl[] = [];
  for (const s of sitemaps) {
    const xml = await (await request.get(local(s))).text();
    for (const u of xml.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
      out.push({
        loc: /<loc>([^<]+)<\/loc>/.exec(u)![1]!,
        links: tags(u, /<xhtml:link[^>]*>/g).map((t) => ({ hreflang: attr(t, 'hreflang')!, href: attr(t, 'href')! })),
      });
    }
  }
  return out;
}

export function readHead(url: SitemapUrl, html: string): PageHead {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta: Record<string, string> = {};
  for (const t of tags(head, /<meta\s[^>]*>/g)) {
    const key = attr(t, 'property') ?? attr(t, 'name');
    const content = attr(t, 'content');
    if (key && content !== undefined) meta[key] = content;
  }
  const alternates: Record<string, string> = {};
  for (const t of tags(head, /<link\s[^>]*rel="alternate"[^>]*>/g)) {
    const lang = attr(t, 'hreflang');
    if (lang) alternates[lang] = attr(t, 'href')!;
  }
  const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)?.[1];
  return {
    url,
    lang: /<html lang="([^"]+)"/.exec(html)?.[1],
    title: (() => {
      const t = /<title>([^<]*)<\/title>/.exec(head)?.[1];
      return t === undefined ? undefined : decode(t);
    })(),
    description: meta.description,
    canonical: attr(tags(head, /<link\s[^>]*rel="canonical"[^>]*>/g)[0] ?? '', 'href'),
    alternates,
    meta,
    jsonLd: ld ? JSON.parse(ld) : undefined,
  };
}

let cache: Promise<PageHead[]> | undefined;

/** Every page in the sitemap with its head, fetched a few at a time. */
export function allPages(request: APIRequestContext): Promise<PageHead[]> {
  cache ??= (async () => {
    const urls = await sitemapUrls(request);
    const out: PageHead[] = [];
    for (let i = 0; i < urls.length; i += 8) {
      const batch = urls.slice(i, i + 8);
      out.push(
        ...(await Promise.all(
          batch.map(async (u) => {
            const res = await request.get(local(u.loc));
            if (res.status() !== 200) throw new Error(`${u.loc} answered ${res.status()}`);
            return readHead(u, await res.text());
          }),
        )),
      );
    }
    return out;
  })();
  return cache;
}
