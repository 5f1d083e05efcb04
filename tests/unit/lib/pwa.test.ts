import { describe, expect, it } from 'vitest';
import { CACHES, cacheFor, isHashedSearchFile, isOutdatedCache } from '../../../src/lib/pwa/caches';
import { langOfPath, listablePage, offlineUrl, titleOfHtml } from '../../../src/lib/pwa/offline-pages';
import { orphanedImages, parseSaved, withSaved, withoutSaved, type SavedEntry } from '../../../src/lib/pwa/saved';
import { webManifest, manifestUrl } from '../../../src/lib/pwa/manifest';
import { isExcludedFromSitemap } from '../../../src/lib/routes';

const tileOrigin = 'https://tile.openstreetmap.org';
const facts = (url: string, mode = 'no-cors', destination = '', scope = 'https://toba.example/') => ({
  url: new URL(url, scope),
  scope: new URL(scope),
  mode,
  destination,
  tileOrigin,
});

describe('cacheFor', () => {
  it('sends pages, assets, search, data and images to their caches', () => {
    expect(cacheFor(facts('/destinasi/situmurun/', 'navigate', 'document'))).toBe('pages');
    expect(cacheFor(facts('/_astro/page.abc123.js', 'cors', 'script'))).toBe('assets');
    expect(cacheFor(facts('/_astro/source-sans-3-latin-400-normal.x1.woff2', 'cors', 'font'))).toBe('assets');
    expect(cacheFor(facts('/_astro/situmurun.h4sh.webp', 'no-cors', 'image'))).toBe('images');
    expect(cacheFor(facts('/cover/destinations/situmurun.svg', 'no-cors', 'image'))).toBe('images');
    expect(cacheFor(facts('/pagefind/fragment/id_abc.pf_fragment', 'cors', ''))).toBe('search');
    expect(cacheFor(facts('/data/places.geojson', 'cors', ''))).toBe('data');
  });
  it('keeps only the tiles a page actually showed, and nothing else from other hosts', () => {
    expect(cacheFor(facts('https://tile.openstreetmap.org/12/3300/2030.png', 'no-cors', 'image'))).toBe('tiles');
    expect(cacheFor(facts('https://example.org/x.js', 'cors', 'script'))).toBeUndefined();
  });
  it('respects the base path and leaves the CMS alone', () => {
    const scope = 'https://toba.example/wisata/';
    expect(cacheFor(facts('/wisata/peta/', 'navigate', 'document', scope))).toBe('pages');
    expect(cacheFor(facts('/other/page/', 'navigate', 'document', scope))).toBeUndefined();
    expect(cacheFor(facts('/admin/', 'navigate', 'document'))).toBeUndefined();
    expect(cacheFor(facts('/admin/config.yml', 'cors', ''))).toBeUndefined();
  });
});

describe('cache housekeeping', () => {
  it('deletes our caches of other versions, never the saved one or anyone else’s', () => {
    expect(isOutdatedCache('jt-pages-v0')).toBe(true);
    expect(isOutdatedCache(CACHES.pages)).toBe(false);
    expect(isOutdatedCache(CACHES.saved)).toBe(false);
    expect(isOutdatedCache('workbox-precache-v2-https://toba.example/')).toBe(false);
  });
  it('knows which search files are content-hashed', () => {
    expect(isHashedSearchFile('/pagefind/index/id_3f2a.pf_index')).toBe(true);
    expect(isHashedSearchFile('/pagefind/pagefind.id_9cad8d24a6.pf_meta')).toBe(true);
    expect(isHashedSearchFile('/pagefind/pagefind-entry.json')).toBe(false);
    expect(isHashedSearchFile('/pagefind/pagefind.js')).toBe(false);
  });
});

describe('offline pages', () => {
  it('picks the offline page of the path’s language', () => {
    expect(langOfPath('/', '/en/events/')).toBe('en');
    expect(langOfPath('/', '/acara/')).toBe('id');
    expect(langOfPath('/wisata/', '/wisata/en/')).toBe('en');
    expect(offlineUrl('/', 'id')).toBe('/luring/');
    expect(offlineUrl('/wisata/', 'en')).toBe('/wisata/en/offline/');
  });
  it('lists real pages only', () => {
    expect(listablePage('/', '/destinasi/situmurun/')).toBe(true);
    expect(listablePage('/', '/en/')).toBe(true);
    for (const p of ['/luring/', '/en/offline/', '/tersimpan/', '/en/saved/', '/peta/mini/', '/admin/', '/data/places.geojson'])
      expect(listablePage('/', p), p).toBe(false);
  });
  it('reads a cached page’s title without the site name', () => {
    expect(titleOfHtml('<html><head><title>Air Terjun Situmurun · Jelajah Toba</title>')).toBe('Air Terjun Situmurun');
    expect(titleOfHtml('<title>Kopi &amp; Teh · Jelajah Toba</title>')).toBe('Kopi & Teh');
    expect(titleOfHtml('no title')).toBeUndefined();
  });
  it('keeps the offline and saved pages out of the sitemap', () => {
    for (const p of ['/luring/', '/en/offline/', '/tersimpan/', '/en/saved/']) expect(isExcludedFromSitemap(p), p).toBe(true);
  });
});

describe('saved entries', () => {
  const entry = (url: string, images: string[]): SavedEntry => ({
    url,
    title: url,
    kind: 'Destinasi',
    lang: 'id',
    savedAt: '2026-11-28T00:00:00Z',
    images,
  });
  it('adds newest first, replaces a re-save and removes', () => {
    const a = entry('/a/', ['/x.webp']);
    const b = entry('/b/', []);
    const list = withSaved(withSaved([], a), b);
    expect(list.map((e) => e.url)).toEqual(['/b/', '/a/']);
    expect(withSaved(list, a).map((e) => e.url)).toEqual(['/a/', '/b/']);
    expect(withoutSaved(list, '/a/').map((e) => e.url)).toEqual(['/b/']);
  });
  it('keeps an image another saved entry still shows', () => {
    const a = entry('/a/', ['/shared.webp', '/a.webp']);
    const b = entry('/b/', ['/shared.webp']);
    expect(orphanedImages([a, b], a)).toEqual(['/a.webp']);
  });
  it('survives a broken store', () => {
    expect(parseSaved(null)).toEqual([]);
    expect(parseSaved('{oops')).toEqual([]);
    expect(parseSaved('{"url":"/a/"}')).toEqual([]);
    expect(parseSaved(JSON.stringify([entry('/a/', []), { url: 3 }]))).toHaveLength(1);
  });
});

describe('web app manifest', () => {
  it('installs each language at its own home page, with maskable icons', () => {
    const id = webManifest('/', 'id', 'Jelajah Toba');
    const en = webManifest('/wisata/', 'en', 'Jelajah Toba');
    expect(id.start_url).toBe('/');
    expect(en.start_url).toBe('/wisata/en/');
    expect(en.scope).toBe('/wisata/');
    expect(id.display).toBe('standalone');
    expect(id.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
    expect(id.icons.some((i) => i.purpose === 'any' && i.sizes === '192x192')).toBe(true);
    expect(id.name).not.toBe(en.name);
    expect(manifestUrl('/', 'en')).toBe('/en/manifest.webmanifest');
  });
});
