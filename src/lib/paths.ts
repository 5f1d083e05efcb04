/**
 * The URL builders of src/lib/routes.ts with the site's base path (./base.ts)
 * filled in. Pages, components
 * and browser code use these; Node code that gets the base from Astro's config
 * (integrations, tests) calls the routes.ts functions with it directly.
 */
import * as routes from './routes';
import { BASE } from './base';
import type { Lang } from './locales';
import type { FilterName, RouteName } from './routes';

export { BASE };

/** URL of a route, e.g. routeUrl('en', 'destinations', 'situmurun') → '/en/destinations/situmurun/'. */
export const routeUrl = (lang: Lang, route: RouteName, ...rest: (string | undefined)[]) => routes.routeUrl(BASE, lang, route, ...rest);
/** URL of a filter page, e.g. /destinasi/kategori/beach/. */
export const filterUrl = (lang: Lang, route: RouteName, filter: FilterName, value: string) =>
  routes.filterUrl(BASE, lang, route, filter, value);
/** A file beside a route's pages, e.g. /en/events/onan-balige.ics. */
export const routeFileUrl = (lang: Lang, route: RouteName, file: string) => routes.routeFileUrl(BASE, lang, route, file);
/** The same page in another language. */
export const alternatePath = (pathname: string, to: Lang) => routes.alternatePath(BASE, pathname, to);
/** Language, route and the rest of a site path. */
export const parseRoute = (pathname: string) => routes.parseRoute(BASE, pathname);
/** An entry's generated cover art. */
export const coverUrl = (collection: string, slug: string) => routes.coverUrl(BASE, collection, slug);
/** An open data file, e.g. /data/places.geojson. */
export const dataUrl = (file: string) => routes.dataUrl(BASE, file);
/** The calendar of all events of a language. */
export const eventsFeedUrl = (lang: Lang) => routes.eventsFeedUrl(BASE, lang);
/** The RSS feed of a language. */
export const feedUrl = (lang: Lang) => routes.feedUrl(BASE, lang);
/** A generated share image. */
export const shareImageUrl = (lang: Lang, card: string) => routes.shareImageUrl(BASE, lang, card);
/** A file at the site's root (public/), e.g. assetUrl('favicon.svg') → '/favicon.svg'. */
export const assetUrl = (file: string) => `${BASE}${file.replace(/^\/+/, '')}`;
/** A destination's printable poster, e.g. /poster/situmurun-a4.pdf. */
export const posterUrl = (slug: string, size: routes.PosterSize, ext: 'svg' | 'pdf') => routes.posterUrl(BASE, slug, size, ext);
/** An entry's social-media template (square or story). */
export const socialUrl = (collection: 'destinations' | 'events', slug: string, format: routes.SocialFormat) =>
  routes.socialUrl(BASE, collection, slug, format);
