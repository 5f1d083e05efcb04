/**
 * Structured data (JSON-LD, schema.org) for every page, typed with schema-dts.
 * Pure functions: Base.astro puts their result in one `@graph` per page, and
 * tests/unit/seo/jsonld.test.ts checks each type against the properties
 * Google's structured-data guidelines require.
 *
 * Node ids are the page URL plus a fragment (`…/#place`, `/#publisher`), so
 * the graph of one page can point at the publisher or the regency without
 * repeating them.
 */
import type { BreadcrumbList, GovernmentOrganization, Graph, Thing, WebPage, WebSite } from 'schema-dts';
import { LOCALE, type Lang } from '../../content/vocab';
import { site } from '../../config/site';

/** A schema.org node (schema-dts also allows a bare string id; a graph holds objects). */
export type Node<T> = Exclude<T, string>;

/** Where the site lives, and the page the graph is for. */
export interface PageContext {
  /** Production origin, no trailing slash. */
  site: string;
  /** Astro's base path. */
  base: string;
  lang: Lang;
  /** Absolute canonical URL of the page. */
  url: string;
  name: string;
  description: string;
  /** Absolute URL of the page's share image. */
  image: string;
}

export interface Publisher {
  name: string;
  url: string;
  email: string;
}

const INLANGUAGE: Record<Lang, string> = LOCALE;
export const REGION = 'Sumatera Utara';
export const home = (c: Pick<PageContext, 'site' | 'base'>) => new URL(c.base, c.site).href;
export const publisherId = (c: Pick<PageContext, 'site' | 'base'>) => `${home(c)}#publisher`;
export const websiteId = (c: Pick<PageContext, 'site' | 'base'>) => `${home(c)}#website`;
export const regencyId = (c: Pick<PageContext, 'site' | 'base'>) => `${home(c)}#toba`;

/**
 * What the page's subject (a place, an event, a product) takes from the page itself: its id (the page's URL
 * and `#fragment`), name, description, URL and share image. The type-specific properties follow it.
 */
export const pageSubject = (c: PageContext, fragment: string) => ({
  '@id': `${c.url}#${fragment}`,
  name: c.name,
  description: c.description,
  url: c.url,
  image: c.image,
});

/** Kabupaten Toba's government, the publisher of the site. */
export function governmentOrganization(c: Pick<PageContext, 'site' | 'base'>, p: Publisher): Node<GovernmentOrganization> {
  return {
    '@type': 'GovernmentOrganization',
    '@id': publisherId(c),
    name: p.name,
    url: p.url,
    email: p.email,
    address: { '@type': 'PostalAddress', addressLocality: 'Balige', addressRegion: REGION, addressCountry: 'ID' },
  };
}

export function webSite(c: PageContext, siteName: string): Node<WebSite> {
  return {
    '@type': 'WebSite',
    '@id': websiteId(c),
    url: home(c),
    name: siteName,
    inLanguage: site.locales.map((l) => LOCALE[l]),
    publisher: { '@id': publisherId(c) },
  };
}

/** The page itself, tying together the site, the publisher, the breadcrumb and what the page is about. */
export function webPage(c: PageContext, opts: { mainEntity?: string | undefined; breadcrumb?: boolean } = {}): Node<WebPage> {
  return {
    '@type': 'WebPage',
    '@id': c.url,
    url: c.url,
    name: c.name,
    description: c.description,
    inLanguage: INLANGUAGE[c.lang],
    primaryImageOfPage: { '@type': 'ImageObject', url: c.image, width: '1200', height: '630' },
    isPartOf: { '@id': websiteId(c) },
    publisher: { '@id': publisherId(c) },
    ...(opts.breadcrumb ? { breadcrumb: { '@id': `${c.url}#breadcrumb` } } : {}),
    ...(opts.mainEntity ? { mainEntity: { '@id': opts.mainEntity } } : {}),
  };
}

/** Breadcrumbs from the home page down to this page; the last item is the page itself. */
export function breadcrumbList(c: PageContext, crumbs: { name: string; url?: string | undefined }[]): Node<BreadcrumbList> {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${c.url}#breadcrumb`,
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: new URL(crumb.url ?? c.url, c.site).href,
    })),
  };
}
/** The page's nodes as one JSON-LD document. */
export function graph(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * Everything one page says about itself: the page, its breadcrumb (every page
 * below the home page has one), what it is about (`entities`, the first being
 * its main entity), the site and the publisher.
 */
export function pageGraph(
  c: PageContext,
  opts: { crumbs: { name: string; url?: string | undefined }[]; entities: Thing[]; siteName: string; publisher: Publisher },
): Graph {
  const main = (opts.entities[0] as { '@id'?: string } | undefined)?.['@id'];
  const hasCrumbs = opts.crumbs.length > 1;
  return graph([
    webPage(c, { mainEntity: main, breadcrumb: hasCrumbs }),
    ...(hasCrumbs ? [breadcrumbList(c, opts.crumbs)] : []),
    ...opts.entities,
    webSite(c, opts.siteName),
    governmentOrganization(c, opts.publisher),
  ]);
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so no text can close the element. */
export function jsonLdText(g: Graph): string {
  return JSON.stringify(g).replace(/</g, '\\u003c');
}
