/**
 * Long listings split into numbered pages of a fixed size, so that no page's
 * HTML outgrows its budget however many entries the site has (issue #9,
 * src/config/budgets.ts). Page 1 stays at the listing's own URL; the URLs of
 * later pages come from routes.ts (`pagedUrl`).
 *
 * Plain slicing rather than Astro's `paginate()`: the listings share one
 * `[...filter]` rest parameter with their filter pages, and the page segment
 * is translated (/destinasi/halaman/2/, /en/destinations/page/2/), while
 * `paginate()` wants a `page` parameter of its own holding just the number.
 */

import { translator } from './i18n';
import type { Lang } from '../content/vocab';

/** One page of a listing. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the listing has: at least 1, so an empty listing still has its page saying so. */
  count: number;
  /** How many entries the whole listing has. */
  total: number;
  items: T[];
}

/** Pages needed for `total` entries, `size` per page (at least one). */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** Every page of a listing, in order. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    total: items.length,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The first `limit` items and how many are left out, for a preview that links to the full listing. */
export function truncate<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** A gap in the row of page links, drawn as "…". */
export const GAP = 'gap';

/**
 * The page numbers a pagination bar links to: the first and last pages, and
 * the current one with `around` neighbours each side, with a GAP where
 * numbers are left out. A gap would hide a single number, so that number is
 * shown instead: 1 2 3 4 5 … 9, never 1 … 3 4 5 … 9 with only "2" hidden.
 */
export function pageLinks(current: number, count: number, around = 1): (number | typeof GAP)[] {
  const wanted = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | typeof GAP)[] = [];
  for (const n of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push(GAP);
    out.push(n);
  }
  return out;
}

/**
 * The breadcrumbs of a listing's page `page`: those of its first page, and on
 * later pages the listing as a link back to its first page, then `pageLabel`.
 */
export function pagedCrumbs(
  crumbs: readonly { label: string; href?: string }[],
  listUrl: string,
  page: number,
  pageLabel: string,
): { label: string; href?: string }[] {
  if (page <= 1 || !crumbs.length) return [...crumbs];
  return [...crumbs.slice(0, -1), { label: crumbs.at(-1)!.label, href: listUrl }, { label: pageLabel }];
}

/**
 * How one page of a listing (an index, or a filter of it) names itself, alike for every listing: its title
 * (with the filter's label, and after page 1 the page number), a description no other page shares, and its
 * breadcrumbs.
 */
export function listingHead(
  lang: Lang,
  {
    title,
    intro,
    filterLabel,
    page,
    indexUrl,
    listUrl,
  }: {
    title: string;
    intro: string;
    filterLabel?: string | undefined;
    page: Page<unknown>;
    indexUrl: string;
    listUrl: string;
  },
): { title: string; description: string; crumbs: { label: string; href?: string }[] } {
  const tr = translator(lang);
  const listTitle = filterLabel ? `${title}: ${filterLabel}` : title;
  const later = page.number > 1;
  return {
    title: later ? tr('pagination.title', { title: listTitle, page: page.number }) : listTitle,
    description: [
      filterLabel ? `${intro} ${filterLabel}: ${tr('list.count', { count: page.total })}.` : intro,
      later ? `${tr('pagination.status', { page: page.number, count: page.count })}.` : '',
    ]
      .join(' ')
      .trim(),
    crumbs: pagedCrumbs(
      filterLabel ? [{ label: title, href: indexUrl }, { label: filterLabel }] : [{ label: title }],
      listUrl,
      page.number,
      tr('pagination.page', { page: page.number }),
    ),
  };
}
