/**
 * Site configuration: one typed, validated module. Everything a deployer may
 * want to change lives here (or in the environment variables named below),
 * and nothing here is repeated elsewhere in the code.
 */
import { z } from 'astro/zod';
import { ALL_LANGS, DEFAULT_LANG, type Lang } from '../lib/locales';

const bounds = z
  .object({
    /** South-west corner [lat, lng]. */
    south: z.number(),
    west: z.number(),
    /** North-east corner [lat, lng]. */
    north: z.number(),
    east: z.number(),
  })
  .refine((b) => b.south < b.north && b.west < b.east, 'bounds must have south < north and west < east');

const siteConfigSchema = z.object({
  /** Site name, shown in the header, titles and share images. */
  name: z.string().min(1),
  /** Production origin (no trailing slash); the deploy guide explains how to change it. */
  url: z.url(),
  /** Who publishes the site (used for the footer and structured data). */
  publisher: z.object({ name: z.string(), url: z.url(), email: z.email() }),
  /**
   * Kabupaten Toba's bounding box, with a margin of about 5 km. The fact sheet
   * gives the regency as roughly 2°03′–2°40′ N and 98°56′–99°40′ E; some shore
   * places (Bukit Senyum Motung at 98.917 E) sit just outside those rounded
   * figures, hence the margin. Content outside these bounds fails the build.
   */
  bounds,
  /** Where the map opens: Balige, the capital. */
  mapCenter: z.object({ lat: z.number(), lng: z.number(), zoom: z.number().int() }),
  /**
   * Background map tiles. Default: OpenStreetMap's standard tiles, used as their
   * tile usage policy asks (visible attribution, no `{s}` subdomains). Change
   * with the env vars PUBLIC_TILE_URL and PUBLIC_TILE_ATTRIBUTION.
   */
  tiles: z.object({ url: z.string().includes('{z}'), attribution: z.string().min(1), maxZoom: z.number().int() }),
  /** Licence of the open data files. */
  dataLicense: z.object({ name: z.string(), url: z.url() }),
  /** Where the content lives (JELAJAH_CONTENT_DIR overrides it, e.g. for benchmarks). */
  contentDir: z.string().min(1),
  /**
   * Long lists, kept short enough for the HTML budget (src/config/budgets.ts)
   * at thousands of entries. `pageSize`: cards per page of an index or filter
   * page (/destinasi/halaman/2/), and the most cards a district page shows of
   * each kind before its "see all" link; divisible by 2, 3 and 4, the card
   * grid's column counts. `mapListPerDistrict`: places the map page's no-JS
   * list names per district before it links to the district page. Both are
   * above what the real site has, so its lists still fit on one page.
   * JELAJAH_PAGE_SIZE and JELAJAH_MAP_LIST_SIZE override them (the pagination
   * fixture build, tests/unit/content/fixture-site-build.test.ts, uses small ones).
   */
  lists: z.object({ pageSize: z.number().int().positive(), mapListPerDistrict: z.number().int().positive() }),
  /**
   * The Git repository the CMS at /admin edits through GitHub (`owner/name`)
   * and its branch; CMS_GITHUB_REPO and CMS_GITHUB_BRANCH override them.
   * Local editing (Chrome/Edge, "Work with Local Repository") ignores both.
   */
  /**
   * The languages this build publishes, codes of the locale table (src/lib/locales.ts); the
   * default language (Indonesian, at `/`) must be one of them. JELAJAH_LOCALES overrides the list,
   * comma-separated (the third-locale fixture build uses `id,en,ms`).
   */
  locales: z
    .array(
      z.enum(ALL_LANGS as [Lang, ...Lang[]], {
        error: (issue) =>
          `JELAJAH_LOCALES: "${String(issue.input)}" is no language of the locale table (src/lib/locales.ts: ${ALL_LANGS.join(', ')})`,
      }),
    )
    .refine((l) => l.includes(DEFAULT_LANG), `JELAJAH_LOCALES must include the default language "${DEFAULT_LANG}"`)
    .refine((l) => new Set(l).size === l.length, 'JELAJAH_LOCALES names a language twice'),
  cms: z.object({ repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/), branch: z.string().min(1), authUrl: z.url().optional() }),
  /**
   * The press contact the press page (/media/, /en/press/) shows: the office's media officer. Unset by
   * default: the page then leaves the contact out (nothing is invented) and `npm run check:content` warns.
   * JELAJAH_PRESS_NAME, JELAJAH_PRESS_EMAIL and JELAJAH_PRESS_PHONE (international form, +62…) set it.
   */
  press: z.object({
    name: z.string().min(1).optional(),
    email: z.email({ error: 'JELAJAH_PRESS_EMAIL is not an e-mail address' }).optional(),
    phone: z
      .string()
      .regex(
        /^\+[1-9]\d{6,14}$/,
        'JELAJAH_PRESS_PHONE: write the number in international form, +62 then the number without its first 0, no spaces',
      )
      .optional(),
  }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

export const site: SiteConfig = siteConfigSchema.parse({
  name: 'Jelajah Toba',
  url: env.SITE_URL ?? 'https://jelajahtoba.example.id',
  publisher: {
    name: 'Pemerintah Kabupaten Toba',
    url: 'https://tobakab.go.id',
    email: 'info@tobakab.go.id',
  },
  bounds: { south: 2.0, west: 98.85, north: 2.75, east: 99.75 },
  mapCenter: { lat: 2.45, lng: 99.08, zoom: 10 },
  tiles: {
    url: env.PUBLIC_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: env.PUBLIC_TILE_ATTRIBUTION ?? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    maxZoom: 18,
  },
  dataLicense: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  contentDir: env.JELAJAH_CONTENT_DIR ?? 'content',
  lists: { pageSize: Number(env.JELAJAH_PAGE_SIZE ?? 36), mapListPerDistrict: Number(env.JELAJAH_MAP_LIST_SIZE ?? 40) },
  // The default language first, whatever order the list gives: it lives at the root and is x-default.
  locales: (env.JELAJAH_LOCALES ?? 'id,en')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort((a, b) => Number(b === DEFAULT_LANG) - Number(a === DEFAULT_LANG)),
  cms: {
    repo: env.CMS_GITHUB_REPO ?? 'pemkab-toba/jelajah-toba',
    branch: env.CMS_GITHUB_BRANCH ?? 'main',
    // A Sveltia CMS Authenticator for "Sign In with GitHub" (docs/panduan-pengelola.md §5).
    authUrl: env.CMS_AUTH_URL || undefined,
  },
  press: {
    name: env.JELAJAH_PRESS_NAME || undefined,
    email: env.JELAJAH_PRESS_EMAIL || undefined,
    phone: env.JELAJAH_PRESS_PHONE || undefined,
  },
});

/** True when a point lies inside the regency's bounds. */
export function inBounds(lat: number, lng: number, b = site.bounds): boolean {
  return lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east;
}
