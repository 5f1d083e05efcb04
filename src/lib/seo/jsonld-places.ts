/**
 * JSON-LD for places and products: a destination (TouristAttraction), the
 * regency as a destination, and a local product. The page-level graph is in
 * ./jsonld.ts, events in ./jsonld-events.ts.
 */
import type {
  AggregateOffer,
  GeoCoordinates,
  Offer,
  OpeningHoursSpecification,
  PostalAddress,
  Product,
  TouristAttraction,
  TouristDestination,
} from 'schema-dts';
import { WEEKDAYS, type Lang, type Weekday } from '../../content/vocab';
import type { Location, OpeningHours, Price } from '../../content/shared-field-schemas';
import type { DestinationData, ProductData } from '../../content/plain';
import { t } from '../i18n';

import { home, pageSubject, REGION, regencyId, type Node, type PageContext } from './jsonld';
import { reachProps, sameAsProps } from './jsonld-contact';

export const geo = (l: Location): Node<GeoCoordinates> => ({ '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lng });

export function postalAddress(a: { street?: string | undefined; locality?: string | undefined }): Node<PostalAddress> {
  return {
    '@type': 'PostalAddress',
    ...(a.street ? { streetAddress: a.street } : {}),
    ...(a.locality ? { addressLocality: a.locality } : {}),
    addressRegion: REGION,
    addressCountry: 'ID',
  };
}

export const SCHEMA_DAY: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/**
 * Opening hours, days with the same hours grouped. `closed` follows Google's
 * convention (opens = closes = 00:00); `24h` is 00:00–23:59. Unknown days are
 * left out rather than guessed.
 */
export function openingHoursSpecification(h: OpeningHours | undefined): Node<OpeningHoursSpecification>[] {
  if (!h) return [];
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const v = h[day];
    if (v) groups.set(v, [...(groups.get(v) ?? []), day]);
  }
  return [...groups.entries()].map(([v, days]) => {
    const [opens = '00:00', closes = '00:00'] = v === 'closed' ? [] : v === '24h' ? ['00:00', '23:59'] : v.split('-');
    return {
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: days.map((d) => SCHEMA_DAY[d] as 'https://schema.org/Monday'),
      opens,
      closes,
    };
  });
}

/**
 * Whether getting in costs nothing, judged on the admission fees only: a
 * beach with free entry and paid parking is still free to enter. Admission
 * fees are the ones the editors label "Tiket …" or "… masuk" (the words the
 * content uses for tickets). Undefined when no admission fee is listed.
 */
export function freeAdmission(fees: readonly Price[]): boolean | undefined {
  const admission = fees.filter((f) => /\btiket\b|\bmasuk\b/i.test(f.label.id));
  if (!admission.length) return undefined;
  return admission.every((f) => f.amount === 0 && (f.amountMax ?? 0) === 0);
}

/** A destination: where it is, its hours, and whether entry is free. */
export function touristAttraction(
  c: PageContext,
  d: Pick<DestinationData, 'location' | 'address' | 'village' | 'openingHours' | 'fees' | 'contact'>,
  districtName: string,
): Node<TouristAttraction> {
  const free = freeAdmission(d.fees);
  const hours = openingHoursSpecification(d.openingHours);
  return {
    '@type': 'TouristAttraction',
    ...pageSubject(c, 'place'),
    ...(d.location ? { geo: geo(d.location) } : {}),
    address: postalAddress({ street: d.address ?? d.village, locality: districtName }),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
    ...(free !== undefined ? { isAccessibleForFree: free } : {}),
    ...reachProps(d.contact),
    ...sameAsProps(d.contact),
    containedInPlace: { '@id': regencyId(c) },
  };
}

/** Kabupaten Toba as a destination, listing its attractions. */
export function touristDestination(
  c: PageContext,
  regency: { name: string; description: string; bounds: { south: number; west: number; north: number; east: number } },
  attractions: { name: string; url: string }[],
): Node<TouristDestination> {
  const b = regency.bounds;
  return {
    '@type': 'TouristDestination',
    '@id': regencyId(c),
    name: regency.name,
    description: regency.description,
    url: home(c),
    geo: { '@type': 'GeoShape', box: `${b.south} ${b.west} ${b.north} ${b.east}` },
    address: postalAddress({}),
    includesAttraction: attractions.map((a) => ({ '@type': 'TouristAttraction', '@id': `${a.url}#place`, name: a.name, url: a.url })),
  };
}

/** One fee or price as a schema.org Offer, in rupiah. */
export const offer = (c: PageContext, p: Price): Node<Offer> => ({
  '@type': 'Offer',
  name: (p.label as Partial<Record<Lang, string>>)[c.lang] ?? p.label.id,
  price: p.amount,
  priceCurrency: 'IDR',
  url: c.url,
});

/** A local product, with its price range as an AggregateOffer in rupiah. */
export function product(c: PageContext, p: Pick<ProductData, 'kind' | 'priceRange' | 'sellers' | 'contact'>): Node<Product> {
  const r = p.priceRange;
  const offers: Node<AggregateOffer> | undefined = r && {
    '@type': 'AggregateOffer',
    lowPrice: r.amount,
    highPrice: r.amountMax ?? r.amount,
    priceCurrency: 'IDR',
    ...(p.sellers.length ? { offerCount: p.sellers.length } : {}),
  };
  return {
    '@type': 'Product',
    ...pageSubject(c, 'product'),
    category: t(c.lang, `kind.${p.kind}`),
    countryOfOrigin: { '@type': 'Country', name: 'Indonesia' },
    ...(offers ? { offers } : {}),
    // A Product has no telephone in schema.org: its numbers are on the page; its shops and profiles are sameAs.
    ...sameAsProps(p.contact),
  };
}
