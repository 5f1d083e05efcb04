/**
 * What search engines and chat apps see, checked on every page of the build
 * (found through the sitemap): unique titles and descriptions, canonical and
 * hreflang, Open Graph and Twitter cards with a real 1200×630 share image,
 * and JSON-LD of the right type per page type.
 */
import { test, expect, content } from './fixtures';
import { allPages, local, publicRoot, type PageHead } from './site-pages';
import { pngSize } from '../../src/build/share-image';

// One crawl of the site, shared by the tests below.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const types = (p: PageHead) => p.jsonLd?.['@graph'].map((n) => n['@type']) ?? [];
const lang = (p: PageHead) => (p.lang === 'en' ? 'en' : 'id');

test('the sitemap lists every page in both languages, each with its id, en and x-default alternates', async ({ request }) => {
  const pages = await allPages(request);
  const locs = new Set(pages.map((p) => p.url.loc));
  for (const e of content.entries.filter((x) => ['destinations', 'events', 'products'].includes(x.collection))) {
    const seg = { destinations: ['destinasi', 'destinations'], events: ['acara', 'events'], products: ['produk', 'products'] }[
      e.collection as 'events'
    ];
    expect(locs, e.slug).toContain(`${publicRoot}${seg[0]}/${e.slug}/`);
    expect(locs, e.slug).toContain(`${publicRoot}en/${seg[1]}/${e.slug}/`);
  }
  expect([...locs].some((l) => /404/.test(l))).toBe(false);
  for (const p of pages) {
    const links = Object.fromEntries(p.url.links.map((l) => [l.hreflang, l.href]));
    expect(Object.keys(links).sort(), p.url.loc).toEqual(['en', 'id', 'x-default']);
    expect(links[lang(p)], p.url.loc).toBe(p.url.loc);
    expect(locs.has(links.id!) && locs.has(links.en!), p.url.loc).toBe(true);
  }
});

test('robots.txt points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${publicRoot}sitemap-index.xml`);
  expect((await request.get(local(`${publicRoot}sitemap-index.xml`))).status()).toBe(200);
});

test('every page has a unique title and description in its language, its canonical URL and hreflang alternates', async ({ request }) => {
  const pages = await allPages(request);
  for (const l of ['id', 'en']) {
    const inLang = pages.filter((p) => lang(p) === l);
    const dupes = (key: 'title' | 'description') => {
      const seen = new Map<string, string[]>();
      for (const p of inLang) seen.set(p[key] ?? '', [...(seen.get(p[key] ?? '') ?? []), p.url.loc]);
      return [...seen.entries()].filter(([, v]) => v.length > 1);
    };
    expect(dupes('title'), `duplicate titles (${l})`).toEqual([]);
    expect(dupes('description'), `duplicate descriptions (${l})`).toEqual([]);
  }
  for (const p of pages) {
    expect(p.title?.length, p.url.loc).toBeGreaterThan(3);
    expect(p.description?.length, p.url.loc).toBeGreaterThan(20);
    expect(p.canonical, p.url.loc).toBe(p.url.loc);
    const links = Object.fromEntries(p.url.links.map((l) => [l.hreflang, l.href]));
    expect(p.alternates, p.url.loc).toEqual(links);
  }
});

test('every page has Open Graph and Twitter card tags with a share image under the site', async ({ request }) => {
  for (const p of await allPages(request)) {
    const m = p.meta;
    expect(m['og:title'], p.url.loc).toBeTruthy();
    expect(m['og:description'], p.url.loc).toBe(p.description);
    expect(m['og:url'], p.url.loc).toBe(p.url.loc);
    expect(m['og:image'], p.url.loc).toMatch(new RegExp(`^${publicRoot}share/(id|en)/.+\\.png$`));
    expect([m['og:image:width'], m['og:image:height']]).toEqual(['1200', '630']);
    expect(m['og:image:alt'], p.url.loc).toBeTruthy();
    expect(m['twitter:card']).toBe('summary_large_image');
    expect(m['twitter:image']).toBe(m['og:image']);
  }
});

test('every entry has its own 1200×630 share image in each language, and every page’s image exists', async ({ request }) => {
  const pages = await allPages(request);
  const images = new Set(pages.map((p) => p.meta['og:image']!));
  for (const e of content.entries.filter((x) => ['destinations', 'events', 'products'].includes(x.collection))) {
    for (const l of ['id', 'en'])
      expect(images, `${l}/${e.collection}/${e.slug}`).toContain(`${publicRoot}share/${l}/${e.collection}/${e.slug}.png`);
  }
  for (const url of images) {
    const res = await request.get(local(url));
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type']).toContain('image/png');
    expect(pngSize(await res.body()), url).toEqual({ width: 1200, height: 630 });
  }
});

test('every page carries valid JSON-LD of the right types, with breadcrumbs below the home page', async ({ request }) => {
  const pages = await allPages(request);
  const expected: [RegExp, string][] = [
    [/\/(destinasi|destinations)\/[^/]+\/$/, 'TouristAttraction'],
    [/\/(acara|events)\/[^/]+\/$/, 'Event'],
    [/\/(produk|products)\/[^/]+\/$/, 'Product'],
  ];
  for (const p of pages) {
    const t = types(p);
    expect(t, p.url.loc).toEqual(expect.arrayContaining(['WebPage', 'WebSite', 'GovernmentOrganization']));
    const isHome = p.url.loc === publicRoot || p.url.loc === `${publicRoot}en/`;
    if (isHome) expect(t, p.url.loc).toContain('TouristDestination');
    else expect(t, p.url.loc).toContain('BreadcrumbList');
    for (const [re, type] of expected)
      if (re.test(p.url.loc) && !/\/(kategori|category|kecamatan|district|jenis|kind)\//.test(p.url.loc))
        expect(t, p.url.loc).toContain(type);
  }
});

test('the RSS feeds list every event, destination and product in their language', async ({ request }) => {
  const total = content.destinations.length + content.events.length + content.products.length;
  for (const [path, prefix] of [
    ['feed.xml', `${publicRoot}`],
    ['en/feed.xml', `${publicRoot}en/`],
  ] as const) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml[^>]*\?><rss version="2\.0"/);
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links).toHaveLength(total);
    for (const l of links) expect(l.startsWith(prefix) && !(path === 'feed.xml' && l.startsWith(`${publicRoot}en/`)), l).toBe(true);
  }
});
