/**
 * What every entry page (a destination, an event, a product, a trip idea, a practical page) hands its
 * layout (src/layouts/EntryLayout.astro) from the entry and the language alone: the title, the summary and
 * the Markdown body in that language, whether it falls back to Indonesian, and the breadcrumbs through the
 * entry's listing. A view spreads these and adds what is its own: its search facts, its thumbnail, its
 * structured data and its facts panel. The pages the site writes about itself (the brand and press pages)
 * share the same layout, with everything it needs (sitePageProps).
 */
import { kitUrl } from '../../lib/brand/kit';
import { t } from '../../lib/i18n';
import { BASE, routeUrl } from '../../lib/paths';
import { PAGE_FACTS, type SearchFacts, type SearchImage } from '../../lib/search/fields';
import { bodySourceOf, needsFallback, summaryOf, titleOf, type Translation } from '../translation';
import type { Lang } from '../vocab';

/** The listing an entry sits under in the breadcrumbs; a practical page sits under the home page alone. */
export type Listing = 'destinations' | 'events' | 'products' | 'itineraries';

/** An entry as far as its page's common props read it; its files' Markdown bodies are optional, as Astro's are. */
export interface PageEntry {
  slug: string;
  data: unknown;
  source: { body?: string | undefined };
  en?: (Translation & { body?: string | undefined }) | undefined;
}

export interface EntryPageProps {
  lang: Lang;
  title: string;
  summary: string;
  /** The page shows the Indonesian text, with the translation notice. */
  fallback: boolean;
  breadcrumbs: { label: string; href?: string }[];
  /** The Markdown body the page shows, where search synonyms are looked for. */
  text: string | undefined;
}

export function entryPageProps(entry: PageEntry, lang: Lang, listing?: Listing): EntryPageProps {
  const title = titleOf(entry, lang);
  const parent = listing ? [{ label: t(lang, `${listing}.title`), href: routeUrl(lang, listing) }] : [];
  return {
    lang,
    title,
    summary: summaryOf(entry, lang),
    fallback: needsFallback(entry, lang),
    breadcrumbs: [...parent, { label: title }],
    text: bodySourceOf(entry, lang).body,
  };
}

/**
 * A page the site writes about itself, not from content (the brand and press pages): written in every
 * language (never a fallback), under the home page, found in search as a page, with the site's mark as its
 * thumbnail.
 */
export function sitePageProps(lang: Lang, title: string, summary: string): EntryPageProps & { search: SearchFacts; image: SearchImage } {
  return {
    lang,
    title,
    summary,
    fallback: false,
    breadcrumbs: [{ label: title }],
    text: undefined,
    search: PAGE_FACTS,
    image: { src: kitUrl(BASE, 'jelajah-toba-mark.svg') },
  };
}
