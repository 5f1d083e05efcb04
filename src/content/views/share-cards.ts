/**
 * Every share card of the site (Astro side): one per entry and district page,
 * one per route, in each language. The build writes them as a manifest
 * (src/build/share-manifest-route.ts); the post-build step
 * src/build/steps/share-images.ts draws the cards the pages point at.
 * Base.astro points each page at its card via ./page-share-card.ts.
 */
import { loadSite, titleOf } from '../load';
import { DISTRICTS } from '../districts';
import type { Lang } from '../vocab';
import { site } from '../../config/site';
import { ROUTES, type RouteName } from '../../lib/routes';
import { t } from '../../lib/i18n';
import { ROUTE_GLYPH } from '../../lib/seo/page-share-card';
import { coverSpecs, type CoverPlace } from './covers';

export interface ShareCard {
  lang: Lang;
  key: string;
  title: string;
  label: string;
  /** Cover art to draw behind the text (the glyph and the locator of ./covers.ts) … */
  glyph: string;
  seed: string;
  /** Where the entry is; without it the locator shows the regency. */
  place?: CoverPlace | undefined;
  /** … unless there is a photo (its file on disk). */
  photo?: string | undefined;
}

/** Astro keeps the source file of an imported image on a hidden `fsPath` property. */
const photoFile = (photos: readonly { src: unknown }[]) => (photos[0]?.src as { fsPath?: string } | undefined)?.fsPath;

const ROUTE_TITLE: Partial<Record<RouteName, Parameters<typeof t>[1]>> = {
  home: 'home.heroTitle',
  destinations: 'destinations.title',
  events: 'events.title',
  products: 'products.title',
  districts: 'districts.title',
  map: 'map.title',
  search: 'search.title',
  openData: 'data.title',
  offline: 'pwa.offlineTitle',
  saved: 'pwa.savedTitle',
  brand: 'brand.title',
  press: 'press.title',
  labels: 'labels.title',
  trip: 'trip.title',
  itineraries: 'itineraries.title',
};
const PAGE_OF: Partial<Record<RouteName, string>> = { about: 'about', gettingHere: 'getting-here', aboutToba: 'about-toba' };

export async function shareCards(): Promise<ShareCard[]> {
  const content = await loadSite();
  const places = new Map(coverSpecs(content).map((c) => [`${c.collection}/${c.slug}`, c.place]));
  const cards: ShareCard[] = [];
  for (const lang of site.locales) {
    const tr = (key: Parameters<typeof t>[1]) => t(lang, key);
    for (const route of Object.keys(ROUTES) as RouteName[]) {
      const page = PAGE_OF[route] ? content.pages.get(PAGE_OF[route]) : undefined;
      const title = page ? titleOf(page, lang) : tr(ROUTE_TITLE[route] ?? 'home.heroTitle');
      cards.push({ lang, key: route, title, label: tr('seo.regency'), glyph: ROUTE_GLYPH[route], seed: `route/${route}` });
    }
    for (const d of content.destinations) {
      const label = `${tr('type.destination')} · ${tr(`category.${d.data.category}`)}`;
      cards.push({
        lang,
        key: `destinations/${d.slug}`,
        title: titleOf(d, lang),
        label,
        glyph: d.data.category,
        seed: `destinations/${d.slug}`,
        place: places.get(`destinations/${d.slug}`),
        photo: photoFile(d.data.photos),
      });
    }
    for (const e of content.events) {
      cards.push({
        lang,
        key: `events/${e.slug}`,
        title: titleOf(e, lang),
        label: tr('type.event'),
        glyph: 'event',
        seed: `events/${e.slug}`,
        place: places.get(`events/${e.slug}`),
        photo: photoFile(e.data.photos),
      });
    }
    for (const p of content.products) {
      const label = `${tr('type.product')} · ${tr(`kind.${p.data.kind}`)}`;
      cards.push({
        lang,
        key: `products/${p.slug}`,
        title: titleOf(p, lang),
        label,
        glyph: p.data.kind,
        seed: `products/${p.slug}`,
        place: places.get(`products/${p.slug}`),
        photo: photoFile(p.data.photos),
      });
    }
    for (const d of DISTRICTS) {
      cards.push({
        lang,
        key: `districts/${d.slug}`,
        title: `${tr('fact.district')} ${d.name}`,
        label: tr('seo.regency'),
        glyph: 'village',
        seed: `districts/${d.slug}`,
        place: places.get(`districts/${d.slug}`),
      });
    }
  }
  return cards;
}
