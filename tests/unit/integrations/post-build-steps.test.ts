/**
 * What the post-build steps take from the built pages: the share images the
 * pages point at (each once, a card the manifest lacks named with its page),
 * and each page's CSP (a page without one named).
 */
import { describe, expect, it } from 'vitest';
import { pagePolicies, type BuiltSite } from '../../../src/build/built-site';
import { neededCards } from '../../../src/build/steps/share-images';
import type { ShareCard } from '../../../src/content/views/share-cards';

const page = (url: string, head: string, admin = false) => ({
  file: `/dist${url}index.html`,
  rel: `${url.slice(1)}index.html`,
  url,
  html: `<!doctype html><html><head>${head}</head><body></body></html>`,
  admin,
});
const og = (url: string) => `<meta property="og:image" content="https://toba.example${url}">`;
const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const card = (lang: 'id' | 'en', key: string): ShareCard => ({ lang, key, title: key, label: 'l', glyph: 'event', seed: key });

describe('neededCards', () => {
  const site = (base: string, pages: BuiltSite['pages']): BuiltSite => ({ dir: '/dist', base, pages });
  it('draws each card a page points at once, under the base path, and none the pages do not use', () => {
    const s = site('/wisata/', [
      page('/wisata/acara/a/', og('/wisata/share/id/events/a.png')),
      page('/wisata/acara/', og('/wisata/share/id/events.png')),
      page('/wisata/acara/halaman/2/', og('/wisata/share/id/events.png')),
      page('/wisata/admin/', '', true),
    ]);
    const { files, unknown } = neededCards(s, [card('id', 'events/a'), card('id', 'events'), card('en', 'events')]);
    expect([...files.keys()].sort()).toEqual(['share/id/events.png', 'share/id/events/a.png']);
    expect(unknown).toEqual([]);
  });
  it('names the page whose card the manifest lacks', () => {
    const { unknown } = neededCards(site('/', [page('/x/', og('/share/id/nothing.png'))]), []);
    expect(unknown).toEqual(['/x/ → https://toba.example/share/id/nothing.png']);
  });
});

describe('pagePolicies', () => {
  it('reads every public page’s policy and leaves the CMS out', () => {
    const s: BuiltSite = { dir: '/dist', base: '/', pages: [page('/a/', csp), page('/admin/', '', true)] };
    expect(pagePolicies(s)).toEqual(["default-src 'self'"]);
  });
  it('names a page without a policy', () => {
    const s: BuiltSite = { dir: '/dist', base: '/', pages: [page('/a/', csp), page('/b/', '')] };
    expect(() => pagePolicies(s)).toThrow(/1 built page\(s\) have no Content-Security-Policy <meta> tag \(\/b\/\)/);
  });
});
