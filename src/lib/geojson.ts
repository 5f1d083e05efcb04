/**
 * Builds /data/places.geojson: every place the map shows, one GeoJSON Feature
 * each, from the content collections. The map page fetches this file instead
 * of inlining places in its HTML, and it doubles as open data.
 *
 * A place is a destination with a location, an event whose venue has a location (a
 * destination venue lends its point) or a product seller with a location. A
 * destination nobody has pinned yet is left out: it shows on its district's page.
 * Each place carries the Kemendagri codes of its kecamatan and desa.
 * Pure: the Astro endpoint (src/pages/data/places.geojson.ts) passes the
 * loaded entries and how to turn a photo into a URL.
 */
import { coverUrl, routeUrl } from './routes';
import { slugify } from './text';
import { areaCodes } from './geo/codes';
import type { Lang } from '../content/vocab';
import { site } from '../config/site';

export type PlaceType = 'destination' | 'event' | 'product';
export type Precision = 'exact' | 'approximate';
/** Text in each published language (site.locales): the page's language is always one of them. */
type Both = Record<Lang, string>;

export interface PlaceProperties {
  /** Unique and stable: `destination/<slug>`, `event/<slug>`, `product/<slug>/<seller>`. */
  id: string;
  type: PlaceType;
  /** Destination category, product kind, or `event` (the cover-art glyph key). */
  category: string;
  /** Kecamatan slug, when known. */
  district: string | null;
  /** Kemendagri code of the kecamatan (`12.12.xx`), when known. */
  districtCode: string | null;
  /** Kemendagri code of the desa/kelurahan (`12.12.xx.xxxx`), when known. */
  villageCode: string | null;
  /** Name in each language (English falls back to Indonesian until translated). */
  names: Both;
  /** Page URL in each language, with the site's base path. */
  urls: Both;
  /** One-sentence summary in each language. */
  summary: Both;
  precision: Precision;
  /** A photo, or the entry's generated cover art. */
  image: string;
  /** Other names the text filter also matches. */
  aliases: string[];
  /** Where exactly: the venue of an event or the seller of a product. */
  place?: Both;
  /**
   * An event held once: its last day (YYYY-MM-DD, WIB). The map hides it by default once that day has
   * passed (the visitor's own date decides, not the build's). Absent for a recurring event: it comes again.
   */
  lastDay?: string;
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [lng: number, lat: number] };
  properties: PlaceProperties;
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  /** Foreign members (RFC 7946 §6.1): how the data may be reused. */
  license: { name: string; url: string };
  features: PlaceFeature[];
}

/* Structural inputs: what the builder reads from a loaded entry (see lib/content/load.ts). */
interface Point {
  lat: number;
  lng: number;
  precision: Precision;
}
interface Texts {
  slug: string;
  data: { title: string; summary: string };
  en?: { data: { title?: string | undefined; summary: string } } | undefined;
}
type DestinationRef = { destination: { id: string } };
type PlaceRef = { district: string } | DestinationRef;
export interface DestinationInput extends Texts {
  data: Texts['data'] & { category: string; district: string; village?: string; location?: Point | undefined; aliases: string[] };
}
export interface EventInput extends Texts {
  data: Texts['data'] & {
    venue: DestinationRef | { name: string; district: string; location?: Point | undefined };
    /** Optional here so older callers (and the bench's synthetic entries) still build; every real event has them. */
    start?: string;
    end?: string | undefined;
    recurrence?: unknown;
  };
}
export interface ProductInput extends Texts {
  data: Texts['data'] & {
    kind: string;
    origin: PlaceRef[];
    sellers: { name: string; district?: string | undefined; location?: Point | undefined }[];
  };
}
export interface PlaceInputs {
  destinations: readonly DestinationInput[];
  events: readonly EventInput[];
  products: readonly ProductInput[];
}

export interface BuildOptions {
  /** The site's base path (BASE, src/lib/base.ts). */
  base: string;
  license: { name: string; url: string };
  /** URL of an entry's first photo, when it has one; cover art otherwise. */
  photo?: (collection: 'destinations' | 'events' | 'products', slug: string) => string | undefined;
  /** The site's origin (site.url): page and image URLs become absolute, so the file works wherever it is reused. */
  origin?: string | undefined;
}

/** The English text where written, Indonesian in every other language (only English files are loaded so far). */
const both = (id: string, en: string | undefined): Both =>
  Object.fromEntries(site.locales.map((lang) => [lang, lang === 'en' ? (en ?? id) : id])) as Both;
const names = (e: Texts) => both(e.data.title, e.en?.data.title);
const summaries = (e: Texts) => both(e.data.summary, e.en?.data.summary);
/** Six decimals is ±0.1 m: more than any source, and it keeps the file small. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function buildPlaces(inputs: PlaceInputs, options: BuildOptions): PlaceCollection {
  const { base } = options;
  const abs = (path: string) => (options.origin ? new URL(path, options.origin).href : path);
  const destinations = new Map(inputs.destinations.map((d) => [d.slug, d]));
  const urls = (collection: 'destinations' | 'events' | 'products', slug: string): Both =>
    Object.fromEntries(site.locales.map((lang) => [lang, abs(routeUrl(base, lang, collection, slug))])) as Both;
  const image = (collection: 'destinations' | 'events' | 'products', slug: string) =>
    abs(options.photo?.(collection, slug) ?? coverUrl(base, collection, slug));
  const feature = (
    at: Point,
    properties: Omit<PlaceProperties, 'precision' | 'districtCode' | 'villageCode'>,
    village?: string,
  ): PlaceFeature => {
    const codes = areaCodes({ district: properties.district ?? undefined, village, location: at });
    return {
      type: 'Feature',
      id: properties.id,
      geometry: { type: 'Point', coordinates: [round(at.lng), round(at.lat)] },
      properties: {
        ...properties,
        districtCode: codes.districtCode ?? null,
        villageCode: codes.villageCode ?? null,
        precision: at.precision,
      },
    };
  };
  const features: PlaceFeature[] = [];

  for (const d of inputs.destinations) {
    if (!d.data.location) continue;
    features.push(
      feature(
        d.data.location,
        {
          id: `destination/${d.slug}`,
          type: 'destination',
          category: d.data.category,
          district: d.data.district,
          names: names(d),
          urls: urls('destinations', d.slug),
          summary: summaries(d),
          image: image('destinations', d.slug),
          aliases: d.data.aliases,
        },
        d.data.village,
      ),
    );
  }

  for (const e of inputs.events) {
    const v = e.data.venue;
    const venue = 'destination' in v ? destinations.get(v.destination.id) : undefined;
    const at = venue?.data.location ?? ('location' in v ? v.location : undefined);
    if (!at) continue;
    features.push(
      feature(
        at,
        {
          id: `event/${e.slug}`,
          type: 'event',
          category: 'event',
          district: venue?.data.district ?? ('district' in v ? v.district : null),
          names: names(e),
          urls: urls('events', e.slug),
          summary: summaries(e),
          image: image('events', e.slug),
          aliases: [],
          place: venue ? names(venue) : both((v as { name: string }).name, undefined),
          ...oneOffLastDay(e.data),
        },
        venue?.data.village,
      ),
    );
  }

  for (const p of inputs.products) {
    const originDistrict = firstDistrict(p.data.origin, destinations);
    const ids = sellerPlaceIds(p.slug, p.data.sellers);
    for (const [i, s] of p.data.sellers.entries()) {
      if (!s.location) continue;
      features.push(
        feature(s.location, {
          id: ids[i]!,
          type: 'product',
          category: p.data.kind,
          district: s.district ?? originDistrict,
          names: names(p),
          urls: urls('products', p.slug),
          summary: summaries(p),
          image: image('products', p.slug),
          aliases: [],
          place: both(s.name, undefined),
        }),
      );
    }
  }

  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { type: 'FeatureCollection', license: options.license, features };
}

/** `{ lastDay }` of an event held once (the day its end, or else its start, falls on); `{}` for a recurring one. */
function oneOffLastDay(e: EventInput['data']): { lastDay?: string } {
  const day = (e.end ?? e.start)?.slice(0, 10);
  return e.recurrence || !day ? {} : { lastDay: day };
}

/** The district of a product's first origin that has one. */
function firstDistrict(refs: readonly PlaceRef[], destinations: ReadonlyMap<string, DestinationInput>): string | null {
  for (const r of refs) {
    if ('district' in r) return r.district;
    const d = destinations.get(r.destination.id);
    if (d) return d.data.district;
  }
  return null;
}

/**
 * The feature id of each seller of a product that has a location (undefined for the others):
 * `product/<slug>/<seller>`, the seller's name as a slug, `-2`, `-3`… when two located sellers share a
 * name. The product's page uses the first for "Add to trip".
 */
export function sellerPlaceIds(slug: string, sellers: readonly { name: string; location?: unknown }[]): (string | undefined)[] {
  const taken = new Set<string>();
  return sellers.map((s) => (s.location ? `product/${slug}/${unique(slugify(s.name) || 'seller', taken)}` : undefined));
}

/** `key`, or `key-2`, `key-3`… when two sellers of one product share a name. */
function unique(key: string, taken: Set<string>): string {
  let k = key;
  for (let i = 2; taken.has(k); i++) k = `${key}-${i}`;
  taken.add(k);
  return k;
}

/** Feature id of a destination, event or product seller, as the map's `place` URL parameter uses it. */
export const placeId = (type: PlaceType, slug: string, seller?: string) =>
  seller ? `${type}/${slug}/${slugify(seller)}` : `${type}/${slug}`;
