/**
 * The "Produk Toba" labels for UMKM: what each label says and where its QR
 * code points. The office prints them and hands them to sellers, so the
 * address must be the product's page on the published site: SITE_URL with
 * the base path, from the one URL builder (../routes.ts).
 */
import { routeUrl, joinPath } from '../routes';
import { DEFAULT_LANG } from '../locales';
import { KIT_SEGMENT } from './kit';

/** The words every label carries, the same on every product. */
export const LABEL_BRAND = 'Produk Toba';
/** What scanning gives, in both languages (one printed label serves every visitor). */
export const LABEL_SCAN = ['Pindai untuk info', 'Scan for info'] as const;

export interface ProductLabel {
  slug: string;
  /** The product's name as its Indonesian page writes it. */
  name: string;
  /** Absolute URL of the product's page, what the QR code holds. */
  url: string;
  /** The site's host, printed small under the code for people who type it. */
  host: string;
}

/** The label of one product; `siteUrl` is the origin (site.url), `base` the base path. */
export function productLabel(p: { slug: string; name: string }, siteUrl: string, base: string): ProductLabel {
  const url = new URL(routeUrl(base, DEFAULT_LANG, 'products', p.slug), siteUrl).href;
  return { slug: p.slug, name: p.name, url, host: new URL(siteUrl).host };
}

/** The label files of a product under /merek-kit/label/: one label, and an A4 sheet of them. */
export const labelFiles = (slug: string) => ({ label: `${slug}.svg`, sheet: `${slug}-a4.svg` });

/** URL of a label file, e.g. labelUrl('/', 'kopi.svg') → '/merek-kit/label/kopi.svg'. */
export const labelUrl = (base: string, file: string): string => `${joinPath(base, KIT_SEGMENT, 'label')}${file}`;

/** Label and sheet sizes, in millimetres: 12 labels (2 × 6) on an A4 sheet, with margins a home printer can print. */
export const LABEL_MM = { width: 70, height: 40 } as const;
export const SHEET_MM = { width: 210, height: 297, columns: 2, rows: 6, gap: 6 } as const;
