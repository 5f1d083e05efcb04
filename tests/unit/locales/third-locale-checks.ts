/**
 * A third language costs no route file: a build of the fixture with
 * JELAJAH_LOCALES=id,en,ms (Malay, in the locale table but not published by
 * default) publishes every page in Malay too, under /ms/ with the table's
 * Malay segments, and every page names all three languages as alternates
 * (hreflang, the language switch, og:locale, the sitemap). No content is
 * translated into Malay, so its pages show the Indonesian text with the
 * notice, in Malay, that says so.
 *
 * Not a test file of its own: these checks run on the one fixture build of
 * tests/unit/content/fixture-site-build.test.ts (a build saved is about 15 s
 * of `npm test`), which calls thirdLocaleChecks() with its output folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { filesIn } from '../../support/fixture-site';
import { alternatePath } from '../../../src/lib/routes';
import { LOCALES, type Lang } from '../../../src/lib/locales';

const LANGS: Lang[] = ['id', 'en', 'ms'];
/** The site URL the build runs with (SITE_URL), so that the alternates are absolute. */
export const THIRD_LOCALE_SITE = 'https://jelajahtoba.example.id';
/** What the build's environment adds for these checks. */
export const THIRD_LOCALE_ENV = { JELAJAH_LOCALES: LANGS.join(','), SITE_URL: THIRD_LOCALE_SITE };
const SITE = THIRD_LOCALE_SITE;

/** Registers the checks on the fixture build in the folder `out()` gives (known once its beforeAll has run). */
export function thirdLocaleChecks(out: () => string): void {
  const html = (page: string) =>
    parseDocument(readFileSync(path.join(out(), page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : ''), 'utf8'));
  const links = (page: string, rel: string) =>
    DomUtils.findAll((e) => e.name === 'link' && e.attribs.rel === rel && !!e.attribs.hreflang, html(page).children).map((e) => [
      e.attribs.hreflang,
      e.attribs.href,
    ]);

  describe('a build with a third locale', () => {
    it('publishes each page type in Malay under /ms/ with the locale table’s segments', () => {
      for (const page of [
        'ms/index.html',
        'ms/destinasi/index.html',
        'ms/destinasi/pantai-contoh/index.html',
        'ms/acara/index.html',
        'ms/acara/acara-contoh/index.html',
        'ms/acara/acara-contoh.ics',
        'ms/daerah/index.html',
        'ms/daerah/balige/index.html',
        'ms/peta/index.html',
        'ms/peta/mini/index.html',
        'ms/cari/index.html',
        'ms/disimpan/index.html',
        'ms/luar-talian/index.html',
        'ms/data-terbuka/index.html',
        'ms/tentang/index.html',
        'ms/cara-ke-toba/index.html',
        'ms/tentang-toba/index.html',
        'ms/produk/index.html',
        'ms/404/index.html',
        'ms/feed.xml',
        'ms/manifest.webmanifest',
        'data/events.ms.ics',
        'data/search-vocabulary-ms.json',
      ])
        expect(existsSync(path.join(out(), page)), page).toBe(true);
    });

    it('has every Indonesian page in English and Malay too, at the paths the route table gives', () => {
      const pages = filesIn(out())
        .filter((f) => f.endsWith('index.html') && !/^(en|ms|admin)\//.test(f))
        .map((f) => `/${f.replace(/index\.html$/, '')}`);
      expect(pages.length).toBeGreaterThan(20);
      for (const page of pages)
        for (const lang of ['en', 'ms'] as const) {
          const other = alternatePath('/', page, lang);
          expect(existsSync(path.join(out(), other, 'index.html')), `${page} → ${other}`).toBe(true);
        }
    });

    it('names all three languages and x-default as alternates of each page, the same on each language’s page', () => {
      const id = '/destinasi/pantai-contoh/';
      const expected = [...LANGS.map((l) => [LOCALES[l].hreflang, `${SITE}${alternatePath('/', id, l)}`]), ['x-default', `${SITE}${id}`]];
      expect(expected).toContainEqual(['ms', `${SITE}/ms/destinasi/pantai-contoh/`]);
      for (const lang of LANGS) expect(links(alternatePath('/', id, lang), 'alternate'), lang).toEqual(expected);
    });

    it('marks the Malay page as Malay and links to the other two languages from its switch', () => {
      const doc = html('/ms/destinasi/pantai-contoh/');
      expect(DomUtils.findOne((e) => e.name === 'html', doc.children)?.attribs.lang).toBe('ms');
      const og = DomUtils.findAll((e) => e.name === 'meta' && e.attribs.property?.startsWith('og:locale') === true, doc.children);
      expect(og.map((e) => [e.attribs.property, e.attribs.content])).toEqual([
        ['og:locale', 'ms_MY'],
        ['og:locale:alternate', 'id_ID'],
        ['og:locale:alternate', 'en_GB'],
      ]);
      const switches = DomUtils.findAll((e) => e.attribs.class === 'lang-switch', doc.children);
      expect(switches.map((e) => [e.attribs.hreflang, e.attribs.href, DomUtils.textContent(e).trim()])).toEqual([
        ['id', '/destinasi/pantai-contoh/', 'Bahasa Indonesia'],
        ['en', '/en/destinations/pantai-contoh/', 'English'],
      ]);
      // The Indonesian page offers Malay, named in Malay.
      const idSwitch = DomUtils.findAll((e) => e.attribs.class === 'lang-switch', html('/destinasi/pantai-contoh/').children);
      expect(idSwitch.map((e) => DomUtils.textContent(e).trim())).toEqual(['English', 'Bahasa Melayu']);
    });

    it('shows the Indonesian text on the Malay page with a notice in Malay', () => {
      const notice = DomUtils.findOne((e) => e.attribs.role === 'note', html('/ms/destinasi/pantai-contoh/').children);
      expect(notice?.attribs.lang).toBe('ms');
      expect(DomUtils.textContent(notice!)).toMatch(/belum diterjemahkan ke dalam bahasa Melayu/);
    });

    it('lists the Malay pages in the sitemap with their alternates', () => {
      const sitemap = readFileSync(path.join(out(), 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain(`<loc>${SITE}/ms/destinasi/pantai-contoh/</loc>`);
      expect(sitemap).toContain(`hreflang="ms" href="${SITE}/ms/destinasi/pantai-contoh/"`);
      expect(sitemap).not.toContain('/ms/disimpan/');
    });

    it('gives the Malay pages the HTML headers and the Malay manifest its own start', () => {
      const headers = readFileSync(path.join(out(), '_headers'), 'utf8');
      expect(headers).toMatch(/^\/ms\/destinasi\/\*$/m);
      const manifest = JSON.parse(readFileSync(path.join(out(), 'ms/manifest.webmanifest'), 'utf8')) as { start_url: string; lang: string };
      expect(manifest).toMatchObject({ start_url: '/ms/', lang: 'ms-MY' });
    });
  });
}
