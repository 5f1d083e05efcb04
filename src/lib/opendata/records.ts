/**
 * Builds the open data records from the content entries. Pure functions: the
 * endpoints in src/pages/data/ call them with the build's entries, the unit
 * tests with the checker's.
 */
import { routeUrl, COLLECTION_ROUTE } from '../routes';
import { getDistrict, type DistrictSlug } from '../../content/districts';
import { refId, texts, type DestinationData, type EventData, type PlainEntry, type ProductData } from '../../content/plain';
import type { Price } from '../../content/shared-field-schemas';
import { areaCodes } from '../geo/codes';
import { publishedContact, type ContactData } from '../contact/links';
import type { DatasetName, DestinationRecord, EventRecord, ProductRecord } from './schema';

export interface DataContext {
  /** Production origin, without a trailing slash. */
  site: string;
  /** Astro's base path. */
  base: string;
  /** URL (absolute or from the origin) of an entry's picture: its first photo or its cover art. */
  imageOf: (collection: DatasetName, slug: string) => string;
  /** All destinations, to resolve event venues and product origins. */
  destinations: readonly PlainEntry<DestinationData>[];
}

const absolute = (ctx: DataContext, path: string) => new URL(path, ctx.site).href;

/** The page of an entry in both languages, as absolute canonical URLs. */
export function entryUrls(ctx: DataContext, collection: DatasetName, slug: string) {
  const route = COLLECTION_ROUTE[collection];
  return { id: absolute(ctx, routeUrl(ctx.base, 'id', route, slug)), en: absolute(ctx, routeUrl(ctx.base, 'en', route, slug)) };
}

const money = (p: Price) => ({
  label: p.label,
  amount: p.amount,
  ...(p.amountMax !== undefined ? { amountMax: p.amountMax } : {}),
  currency: 'IDR' as const,
  year: p.year,
});

/** Drops undefined values, so optional fields are absent rather than null. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function common(
  ctx: DataContext,
  collection: DatasetName,
  e: PlainEntry<{
    title: string;
    summary: string;
    sources: string[];
    lastVerified?: string | undefined;
    checkedOnSite?: string | undefined;
    uncertain?: { id: string; en?: string | undefined } | undefined;
    contact?: ContactData | undefined;
  }>,
  district: DistrictSlug | undefined,
  where: { village?: string | undefined; location?: { lat: number; lng: number } | undefined } = {},
) {
  const codes = areaCodes({ district, ...where });
  return {
    id: e.slug,
    ...texts(e),
    urls: entryUrls(ctx, collection, e.slug),
    image: absolute(ctx, ctx.imageOf(collection, e.slug)),
    district,
    districtName: district ? getDistrict(district)?.name : undefined,
    districtCode: codes.districtCode,
    villageCode: codes.villageCode,
    sources: e.data.sources,
    lastVerified: e.data.lastVerified,
    checkedOnSite: e.data.checkedOnSite,
    uncertain: e.data.uncertain,
    contact: publishedContact(e.data.contact),
  };
}

export function destinationRecord(ctx: DataContext, e: PlainEntry<DestinationData>): DestinationRecord {
  const d = e.data;
  return compact({
    ...common(ctx, 'destinations', e, d.district, { village: d.village, location: d.location }),
    district: d.district,
    districtName: getDistrict(d.district)!.name,
    category: d.category,
    village: d.village,
    location: d.location,
    address: d.address,
    openingHours: d.openingHours,
    fees: d.fees.map(money),
    facilities: d.facilities,
    aliases: d.aliases,
    accessibility: d.accessibility,
    bestTime: d.bestTime,
    gettingThere: d.gettingThere,
    safety: d.safety,
  });
}

/** Where an event happens, with its district and point when the venue is a destination. */
export function eventVenue(ctx: Pick<DataContext, 'destinations'>, e: EventData) {
  const v = e.venue;
  if ('name' in v)
    return { name: v.name, district: v.district as DistrictSlug, village: undefined, location: v.location, destination: undefined };
  const slug = refId(v.destination);
  const d = ctx.destinations.find((x) => x.slug === slug);
  if (!d) throw new Error(`Event venue "${slug}" is not a destination`);
  return { name: d.data.title, district: d.data.district, village: d.data.village, location: d.data.location, destination: slug };
}

export function eventRecord(ctx: DataContext, e: PlainEntry<EventData>): EventRecord {
  const d = e.data;
  const venue = eventVenue(ctx, d);
  return compact({
    ...common(ctx, 'events', e, venue.district, { village: venue.village, location: venue.location }),
    start: d.start,
    end: d.end,
    timeZone: 'Asia/Jakarta' as const,
    recurrence: d.recurrence,
    dateApproximate: d.dateApproximate,
    venue: compact({ name: venue.name, destination: venue.destination, location: venue.location }),
    organiser: d.organiser,
    prices: d.price.map(money),
    links: d.links,
    series: d.series,
  });
}

/** A product's origin or shop as `{ district }` or `{ destination }`. */
const placeRef = (r: { district: DistrictSlug } | { destination: unknown }) =>
  'district' in r ? { district: r.district } : { destination: refId(r.destination) };

/** The district a product comes from: its first origin, directly or through a destination. */
export function productDistrict(ctx: Pick<DataContext, 'destinations'>, p: ProductData): DistrictSlug | undefined {
  for (const o of p.origin) {
    if ('district' in o) return o.district;
    const d = ctx.destinations.find((x) => x.slug === refId(o.destination));
    if (d) return d.data.district;
  }
  return undefined;
}

export function productRecord(ctx: DataContext, e: PlainEntry<ProductData>): ProductRecord {
  const d = e.data;
  return compact({
    ...common(ctx, 'products', e, productDistrict(ctx, d)),
    kind: d.kind,
    origin: d.origin.map(placeRef),
    whereToBuy: d.whereToBuy.map(placeRef),
    sellers: d.sellers.map((s) => compact({ ...s, ...(s.district || s.location ? areaCodes(s) : {}) })),
    priceRange: d.priceRange ? money(d.priceRange) : undefined,
    certifications: d.certifications.map((c) => compact({ ...c })),
  });
}

/** What wraps the records of one file. */
export interface DatasetMeta {
  title: { id: string; en: string };
  schemaUrl: string;
  homepage: string;
  publisher: { name: string; url: string };
  license: { name: string; url: string };
}

/** One data file: its description, publisher and licence, then the records. */
export function datasetFile<T>(meta: DatasetMeta, items: T[]) {
  return {
    $schema: meta.schemaUrl,
    title: meta.title,
    publisher: meta.publisher,
    license: meta.license,
    homepage: meta.homepage,
    count: items.length,
    items,
  };
}
