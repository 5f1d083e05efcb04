import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { robotsTxt, sitemapLinks, inSitemap } from '../../../src/lib/seo/sitemap';
import { shareKeyFor } from '../../../src/lib/seo/page-share-card';
import { externalLinksPlugin, isExternal } from '../../../src/lib/markdown/external-links';
import { feedItems } from '../../../src/lib/seo/feed-items';
import { dataUrl, feedUrl, parseRoute, shareImageUrl } from '../../../src/lib/routes';

describe('sitemap and robots.txt', () => {
  it('pairs each page with its other-language page and an Indonesian x-default', () => {
    expect(sitemapLinks('https://example.go.id/wisata/destinasi/situmurun/', '/wisata/')).toEqual([
      { url: 'https://example.go.id/wisata/destinasi/situmurun/', lang: 'id' },
      { url: 'https://example.go.id/wisata/en/destinations/situmurun/', lang: 'en' },
      { url: 'https://example.go.id/wisata/destinasi/situmurun/', lang: 'x-default' },
    ]);
    expect(sitemapLinks('https://x.id/en/events/district/balige/', '/')[0]!.url).toBe('https://x.id/acara/kecamatan/balige/');
  });
  it('lists pages only', () => {
    expect(inSitemap('https://x.id/destinasi/')).toBe(true);
    expect(inSitemap('https://x.id/en/404/')).toBe(false);
    expect(inSitemap('https://x.id/feed.xml')).toBe(false);
  });
  it('points robots.txt at the absolute sitemap URL, base path included', () => {
    expect(robotsTxt('https://example.go.id', '/wisata/')).toContain('Sitemap: https://example.go.id/wisata/sitemap-index.xml');
  });
});

describe('URLs of the files this issue adds', () => {
  it('respect the base path', () => {
    expect(shareImageUrl('/wisata/', 'en', 'destinations/situmurun')).toBe('/wisata/share/en/destinations/situmurun.png');
    expect(dataUrl('/wisata/', 'places.geojson')).toBe('/wisata/data/places.geojson');
    expect(feedUrl('/', 'id')).toBe('/feed.xml');
    expect(feedUrl('/wisata/', 'en')).toBe('/wisata/en/feed.xml');
  });
  it('read a path back into language, route and segments', () => {
    expect(parseRoute('/wisata/', '/wisata/en/open-data/')).toEqual({ lang: 'en', route: 'openData', rest: [] });
    expect(parseRoute('/', '/data-terbuka/')).toEqual({ lang: 'id', route: 'openData', rest: [] });
    expect(parseRoute('/', '/tidak-ada/').route).toBeUndefined();
  });
});

describe('share image of a page', () => {
  it('is the entry’s own card on entry and district pages, else its route’s, else the home card', () => {
    expect(shareKeyFor('/', '/destinasi/air-terjun-situmurun/')).toBe('destinations/air-terjun-situmurun');
    expect(shareKeyFor('/wisata/', '/wisata/en/events/onan-balige/')).toBe('events/onan-balige');
    expect(shareKeyFor('/', '/kecamatan/balige/')).toBe('districts/balige');
    expect(shareKeyFor('/', '/destinasi/kategori/beach/')).toBe('destinations');
    expect(shareKeyFor('/', '/en/map/')).toBe('map');
    expect(shareKeyFor('/', '/')).toBe('home');
    expect(shareKeyFor('/', '/404.html')).toBe('home');
  });
});

describe('outbound links', () => {
  it('are absolute links to another host', () => {
    expect(isExternal('https://www.openstreetmap.org/x', 'https://jelajahtoba.example.id')).toBe(true);
    expect(isExternal('https://jelajahtoba.example.id/destinasi/', 'https://jelajahtoba.example.id')).toBe(false);
    expect(isExternal('/destinasi/', 'https://jelajahtoba.example.id')).toBe(false);
    expect(isExternal('mailto:info@tobakab.go.id', 'https://jelajahtoba.example.id')).toBe(false);
  });
  it('written in Markdown get rel="noopener", a new tab and the hint in the file’s language', () => {
    const md = 'Lihat [OSM](https://www.openstreetmap.org/) dan [destinasi](/destinasi/).';
    const render = (file: string) =>
      markdownToHtml(md, { hastPlugins: [externalLinksPlugin('https://jelajahtoba.example.id')], fileURL: new URL(`file:///c/${file}`) })
        .html;
    const id = render('index.id.mdx');
    expect(id).toMatch(
      /<a href="https:\/\/www\.openstreetmap\.org\/" rel="noopener external" target="_blank">OSM<span class="visually-hidden"> \(situs luar[^)]*\)<\/span><\/a>/,
    );
    expect(id).toContain('<a href="/destinasi/">destinasi</a>');
    expect(render('index.en.mdx')).toContain('(external site');
  });
});

describe('the RSS feed', () => {
  const entry = (title: string, lastVerified?: string) => ({
    type: 'destination' as const,
    title,
    summary: 's',
    url: `https://x.id/${title}/`,
    categories: ['Pantai'],
    lastVerified,
  });
  it('puts the newest check first and events’ dates in their titles', () => {
    const items = feedItems('id', [
      entry('a', '2025-01-01'),
      { ...entry('b', '2026-11-28'), type: 'event', start: '2026-06-17', end: '2026-06-19' },
      entry('c'),
    ]);
    expect(items.map((i) => i.title)).toEqual(['b (17–19 Juni 2026)', 'a', 'c']);
    expect(items[0]!.categories).toEqual(['Acara', 'Pantai']);
    expect(items[0]!.pubDate!.toISOString()).toBe('2026-11-28T05:00:00.000Z');
    expect(items[2]!.pubDate).toBeUndefined();
  });
});
