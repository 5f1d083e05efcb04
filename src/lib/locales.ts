/**
 * The one locale table. Everything that differs between languages apart from
 * the UI strings (src/i18n/<lang>.json) and the content files
 * (content/<type>/<slug>/index.<lang>.mdx) is one entry here: the Intl and
 * hreflang codes, og:locale, and the translated path segments of every route.
 *
 * Adding a language: its entry here, its src/i18n/<lang>.json, its content
 * files, and its code in the `JELAJAH_LOCALES` list (src/config/site.ts) when
 * it is ready to publish. No route file changes: every route file under
 * src/pages/ serves each configured locale from this table.
 *
 * Pure data and pure functions: the browser imports this too.
 */

/** What the code needs to know about one language. */
export interface LocaleInfo {
  /** BCP 47 locale for Intl formatting (dates, numbers), `inLanguage` and the feeds' `<language>`. */
  intl: string;
  /** Code for `<link rel="alternate" hreflang>`, the sitemap and `<html lang>`. */
  hreflang: string;
  /** Open Graph `og:locale`. */
  og: string;
  /** The path segment of each route, e.g. `/destinasi/` or `/en/destinations/`. */
  routes: Record<RouteKey, string>;
  /** Sub-path segments of the filter pages, e.g. `/destinasi/kategori/beach/`. */
  filters: Record<FilterKey, string>;
  /** The segment before the page number of a listing's later pages: `/destinasi/halaman/2/`. */
  page: string;
  /** Number separators, as Intl writes them for `intl` (formatKm() writes numbers without Intl, for speed). */
  separators: { group: string; decimal: string };
}

type RouteKey =
  | 'home'
  | 'destinations'
  | 'events'
  | 'products'
  | 'districts'
  | 'map'
  | 'search'
  | 'about'
  | 'gettingHere'
  | 'aboutToba'
  | 'openData'
  | 'offline'
  | 'saved'
  | 'brand'
  | 'press'
  | 'labels'
  | 'trip'
  | 'itineraries';
type FilterKey = 'category' | 'district' | 'kind' | 'month';

export const LOCALES = {
  id: {
    intl: 'id-ID',
    hreflang: 'id',
    og: 'id_ID',
    routes: {
      home: '',
      destinations: 'destinasi',
      events: 'acara',
      products: 'produk',
      districts: 'kecamatan',
      map: 'peta',
      search: 'cari',
      about: 'tentang',
      gettingHere: 'cara-ke-toba',
      aboutToba: 'tentang-toba',
      openData: 'data-terbuka',
      offline: 'luring',
      saved: 'tersimpan',
      brand: 'merek',
      press: 'media',
      labels: 'label-produk',
      trip: 'rencana',
      itineraries: 'ide-perjalanan',
    },
    filters: { category: 'kategori', district: 'kecamatan', kind: 'jenis', month: 'bulan' },
    page: 'halaman',
    separators: { group: '.', decimal: ',' },
  },
  en: {
    intl: 'en-GB',
    hreflang: 'en',
    og: 'en_GB',
    routes: {
      home: '',
      destinations: 'destinations',
      events: 'events',
      products: 'products',
      districts: 'districts',
      map: 'map',
      search: 'search',
      about: 'about',
      gettingHere: 'getting-here',
      aboutToba: 'about-toba',
      openData: 'open-data',
      offline: 'offline',
      saved: 'saved',
      brand: 'brand',
      press: 'press',
      labels: 'product-labels',
      trip: 'trip',
      itineraries: 'trip-ideas',
    },
    filters: { category: 'category', district: 'district', kind: 'kind', month: 'month' },
    page: 'page',
    separators: { group: ',', decimal: '.' },
  },
  /**
   * Malay, for visitors from Malaysia. Not published yet (not in the default
   * `JELAJAH_LOCALES`): its UI strings are partial (the rest fall back to
   * Indonesian) and no content is translated. The third-locale fixture build
   * (tests/unit/locales/third-locale-checks.ts) enables it.
   */
  ms: {
    intl: 'ms-MY',
    hreflang: 'ms',
    og: 'ms_MY',
    routes: {
      home: '',
      destinations: 'destinasi',
      events: 'acara',
      products: 'produk',
      districts: 'daerah',
      map: 'peta',
      search: 'cari',
      about: 'tentang',
      gettingHere: 'cara-ke-toba',
      aboutToba: 'tentang-toba',
      openData: 'data-terbuka',
      offline: 'luar-talian',
      saved: 'disimpan',
      brand: 'jenama',
      press: 'media',
      labels: 'label-produk',
      trip: 'rancangan',
      itineraries: 'idea-perjalanan',
    },
    filters: { category: 'kategori', district: 'daerah', kind: 'jenis', month: 'bulan' },
    page: 'halaman',
    separators: { group: ',', decimal: '.' },
  },
} as const satisfies Record<string, LocaleInfo>;

/** A language the code knows (an entry of LOCALES); which ones a build publishes is `site.locales`. */
export type Lang = keyof typeof LOCALES;

/** Every language in the table, the default first. */
export const ALL_LANGS = Object.keys(LOCALES) as Lang[];

/** Indonesian is the default and lives at the root, `/`; every other language under `/<code>/`. */
export const DEFAULT_LANG: Lang = 'id';

export const isLang = (x: string): x is Lang => Object.hasOwn(LOCALES, x);

/** BCP 47 locale of each language, for Intl formatting. */
export const LOCALE = Object.fromEntries(ALL_LANGS.map((l) => [l, LOCALES[l].intl])) as Record<Lang, string>;

/** The path prefix of a language: none for the default, its code otherwise. */
export const langPrefix = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);
