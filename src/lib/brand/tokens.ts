/**
 * The design tokens: the one list of the site's colours, type and shapes.
 * The `:root` block of src/styles/global/tokens.css writes the same values as CSS
 * custom properties (a unit test fails when the two disagree, and the brand
 * page's e2e test compares what the page shows with what the browser
 * computes), the brand page (/merek/) shows them, and the brand kit offers
 * them for download as CSS and JSON (./kit.ts).
 *
 * Pure data: the browser, the build and the tests import it.
 */
import type { Lang } from '../locales';

export type Words = Record<'id' | 'en', string> & Partial<Record<Lang, string>>;

export interface ColorToken {
  /** #rrggbb, lower case. */
  value: string;
  name: Words;
  /** Where the site uses it. */
  use: Words;
}

/** The colours, in the order the brand page shows them. Each is the CSS custom property `--<key>`. */
export const COLORS = {
  deep: {
    value: '#0b3954',
    name: { id: 'Biru danau dalam', en: 'Deep lake blue' },
    use: { id: 'Judul, kepala situs, warna tema aplikasi', en: 'Headings, the site header, the app theme colour' },
  },
  lake: {
    value: '#1d6a96',
    name: { id: 'Biru danau', en: 'Lake blue' },
    use: { id: 'Tautan dan tombol', en: 'Links and buttons' },
  },
  sky: {
    value: '#d6e8f5',
    name: { id: 'Langit', en: 'Sky' },
    use: { id: 'Latar lembut, lencana', en: 'Soft backgrounds, badges' },
  },
  mist: {
    value: '#f3f8fc',
    name: { id: 'Kabut', en: 'Mist' },
    use: { id: 'Latar panel dan kode', en: 'Panel and code backgrounds' },
  },
  red: {
    value: '#b3261e',
    name: { id: 'Merah Batak', en: 'Batak red' },
    use: { id: 'Aksen, atap pada logo, cincin fokus', en: 'Accents, the roof in the logo, the focus ring' },
  },
  'red-deep': {
    value: '#8f1d17',
    name: { id: 'Merah tua', en: 'Deep red' },
    use: { id: 'Aksen merah saat disentuh atau ditekan', en: 'Red accents on hover or press' },
  },
  land: {
    value: '#eef2e6',
    name: { id: 'Daratan', en: 'Land' },
    use: { id: 'Daratan pada peta', en: 'Land on the maps' },
  },
  ink: {
    value: '#1b1b1b',
    name: { id: 'Tinta', en: 'Ink' },
    use: { id: 'Teks utama (hitam Batak)', en: 'Body text (the Batak black)' },
  },
  muted: {
    value: '#4a5560',
    name: { id: 'Abu-abu batu', en: 'Stone grey' },
    use: { id: 'Teks keterangan', en: 'Secondary text' },
  },
  line: {
    value: '#c9d6e0',
    name: { id: 'Garis', en: 'Line' },
    use: { id: 'Garis tepi dan pemisah (bukan untuk teks)', en: 'Borders and rules (never for text)' },
  },
} as const satisfies Record<string, ColorToken>;

export type ColorName = keyof typeof COLORS;

/** The page background. The CSS writes it as `#fff`, not as a custom property. */
export const WHITE = '#ffffff';

/** The other custom properties of `:root`, as the CSS writes them. */
export const SIZES = {
  radius: '10px',
  wrap: '72rem',
  font: "'Source Sans 3', system-ui, -apple-system, 'Segoe UI', sans-serif",
  /** The focus ring's colour: red on light backgrounds; the navy header and dark footer set it to white (3:1 or more). */
  focus: 'var(--red)',
} as const;

/** The typefaces the site's CSS loads (src/styles/fonts.css) and the fallbacks of `--font`. */
export const TYPEFACES: readonly {
  family: string;
  weights: readonly [number, number];
  licence: string;
  licenceUrl: string;
  source: string;
  use: Words;
}[] = [
  {
    family: 'Source Sans 3',
    weights: [400, 700],
    licence: 'SIL Open Font License 1.1',
    licenceUrl: 'https://openfontlicense.org/',
    source: 'https://github.com/adobe-fonts/source-sans',
    use: { id: 'Semua teks situs, logo, kartu berbagi', en: 'All text on the site, the logo, the share cards' },
  },
];

/** A token's words in `lang`, Indonesian when a language has none. */
export const wordsIn = (w: Words, lang: Lang): string => w[lang] ?? w.id;

/** Every custom property of the `:root` block, name without `--` → value, in the CSS's order. */
export function cssCustomProperties(): [string, string][] {
  return [...Object.entries(COLORS).map(([k, c]): [string, string] => [k, c.value]), ...Object.entries(SIZES)];
}
