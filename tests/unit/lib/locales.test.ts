import { describe, expect, it, vi } from 'vitest';
import { ALL_LANGS, DEFAULT_LANG, LOCALE, LOCALES, isLang } from '../../../src/lib/locales';
import {
  alternatePath,
  eventsFeedUrl,
  feedUrl,
  isExcludedFromSitemap,
  parseRoute,
  routeUrl,
  ROUTES,
  PAGE_SEGMENT,
} from '../../../src/lib/routes';
import { formatKm } from '../../../src/lib/geo';

describe('the locale table', () => {
  it('has the default language first, and codes that agree with each other', () => {
    expect(ALL_LANGS[0]).toBe(DEFAULT_LANG);
    for (const lang of ALL_LANGS) {
      const l = LOCALES[lang];
      expect(l.intl.split('-')[0], lang).toBe(lang);
      expect(l.hreflang, lang).toBe(lang);
      expect(l.og.replace('_', '-'), lang).toBe(l.intl);
      expect(LOCALE[lang]).toBe(l.intl);
    }
    expect(isLang('ms')).toBe(true);
    expect(isLang('toString')).toBe(false);
  });
  it('gives every language distinct route segments, none of which is a language code', () => {
    for (const lang of ALL_LANGS) {
      const segments = Object.values(LOCALES[lang].routes).filter(Boolean);
      expect(new Set(segments).size, lang).toBe(segments.length);
      for (const s of segments) expect(isLang(s), `${lang}: ${s}`).toBe(false);
    }
  });
  it('writes numbers as Intl does in each language', () => {
    for (const lang of ALL_LANGS) {
      const intl = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 });
      for (const km of [0, 3.24, 1234.56, 12.05]) expect(formatKm(km, lang), `${lang} ${km}`).toBe(intl.format(km));
    }
  });
});

describe('routes in a third language', () => {
  it('live under /<code>/ with the table segments, and map to and from every other language', () => {
    expect(routeUrl('/', 'ms', 'home')).toBe('/ms/');
    expect(routeUrl('/wisata/', 'ms', 'districts', 'balige')).toBe('/wisata/ms/daerah/balige/');
    for (const route of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
      // The home page has no slugs: /x/ is no page of the site.
      const slug = route === 'home' ? undefined : 'x';
      for (const from of ALL_LANGS)
        for (const to of ALL_LANGS)
          expect(alternatePath('/', routeUrl('/', from, route, slug), to), `${route} ${from}→${to}`).toBe(routeUrl('/', to, route, slug));
    }
  });
  it('translate filter and page segments', () => {
    expect(alternatePath('/', '/en/destinations/district/balige/page/2/', 'ms')).toBe(`/ms/destinasi/daerah/balige/${PAGE_SEGMENT.ms}/2/`);
    expect(parseRoute('/', '/ms/peta/')).toEqual({ lang: 'ms', route: 'map', rest: [] });
  });
  it('name each language its feed, calendar and sitemap exclusions', () => {
    expect(feedUrl('/', 'ms')).toBe('/ms/feed.xml');
    expect(eventsFeedUrl('/', 'ms')).toBe('/data/events.ms.ics');
    expect(eventsFeedUrl('/', 'id')).toBe('/data/events.ics');
    expect(isExcludedFromSitemap('/ms/disimpan/')).toBe(true);
    expect(isExcludedFromSitemap('/wisata/ms/peta/mini/', '/wisata/')).toBe(true);
    expect(isExcludedFromSitemap('/ms/404/')).toBe(true);
    expect(isExcludedFromSitemap('/ms/peta/')).toBe(false);
  });
});

describe('the published languages (JELAJAH_LOCALES)', () => {
  const load = async (value: string | undefined) => {
    vi.resetModules();
    vi.stubEnv('JELAJAH_LOCALES', value);
    try {
      return (await import('../../../src/config/site')).site.locales;
    } finally {
      vi.unstubAllEnvs();
    }
  };
  it('are Indonesian and English by default, the default language first whatever the order given', async () => {
    expect(await load(undefined)).toEqual(['id', 'en']);
    expect(await load('en, ms,id')).toEqual(['id', 'en', 'ms']);
  });
  it('refuse a code outside the locale table, naming it, and a list without the default language', async () => {
    await expect(load('id,fr')).rejects.toThrow(/JELAJAH_LOCALES: \\?"fr\\?" is no language of the locale table/);
    await expect(load('en')).rejects.toThrow(/must include the default language \\?"id\\?"/);
  });
});
