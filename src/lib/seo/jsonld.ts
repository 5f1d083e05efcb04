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
import type {
  AggregateOffer,
  BreadcrumbList,
  Event,
  GeoCoordinates,
  GovernmentOrganization,
  Graph,
  Offer,
  OpeningHoursSpecification,
  Place,
  PostalAddress,
  Product,
  Thing,
  TouristAttraction,
  TouristDestination,
  WebPage,
  WebSite,
} from 'schema-dts';
import { LOCALE, WEEKDAYS, type Lang, type Weekday } from '../content/vocab';
import { site } from '../../config/site';
import type { Location, OpeningHours, Price } from '../content/shared-field-schemas';
import type { DestinationData, EventData, ProductData } from '../content/plain';
import { isAnnounced, nextOccurrences, spanDays, weeklyDays, type Recurrence } from '../events/schedule';
import { t } from '../i18n';

type Node<T> = Exclude<T, string>;

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
const REGION = 'Sumatera Utara';
const home = (c: Pick<PageContext, 'site' | 'base'>) => new URL(c.base, c.site).href;
export const publisherId = (c: Pick<PageContext, 'site' | 'base'>) => `${home(c)}#publisher`;
export const websiteId = (c: Pick<PageContext, 'site' | 'base'>) => `${home(c)}#website`;
export const regencyId = (c: Pick<PageContext, 'site' | 'base'>) => `${home(c)}#toba`;

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

const geo = (l: Location): Node<GeoCoordinates> => ({ '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lng });

function postalAddress(a: { street?: string | undefined; locality?: string | undefined }): Node<PostalAddress> {
  return {
    '@type': 'PostalAddress',
    ...(a.street ? { streetAddress: a.street } : {}),
    ...(a.locality ? { addressLocality: a.locality } : {}),
    addressRegion: REGION,
    addressCountry: 'ID',
  };
}

const SCHEMA_DAY: Record<Weekday, string> = {
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
  d: Pick<DestinationData, 'location' | 'address' | 'village' | 'openingHours' | 'fees'>,
  districtName: string,
): Node<TouristAttraction> {
  const free = freeAdmission(d.fees);
  const hours = openingHoursSpecification(d.openingHours);
  return {
    '@type': 'TouristAttraction',
    '@id': `${c.url}#place`,
    name: c.name,
    description: c.description,
    url: c.url,
    image: c.image,
    ...(d.location ? { geo: geo(d.location) } : {}),
    address: postalAddress({ street: d.address ?? d.village, locality: districtName }),
    ...(hours.length ? { openingHoursSpecification: hours } : {}),
    ...(free !== undefined ? { isAccessibleForFree: free } : {}),
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

/**
 * A date or date-time as ISO 8601. Times are wall-clock in WIB, so they get
 * +07:00. All-day dates stay dates: adding a midnight time would announce a
 * start time nobody gave.
 */
export function isoWib(value: string): string {
  return value.length > 10 ? `${value.slice(0, 16)}:00+07:00` : value;
}

const addDays = (ymd: string, n: number) => new Date(Date.parse(`${ymd}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Start and end of the occurrence a page is about: the next one for a recurring event, else the event's own. */
export function occurrence(e: Pick<EventData, 'start' | 'end' | 'recurrence'>, today: string): { start: string; end?: string | undefined } {
  const next = e.recurrence ? nextOccurrences(e, today, 1)[0] : undefined;
  // A day announced each year: the month alone (ISO 8601 `2027-12`), never an invented day.
  if (isAnnounced(e)) return { start: (next ?? e.start).slice(0, 7) };
  if (!next) return { start: e.start, end: e.end };
  const shift = (v: string) => next + v.slice(10);
  return { start: shift(e.start), end: e.end ? addDays(next, spanDays(e)) + e.end.slice(10) : undefined };
}

const offer = (c: PageContext, p: Price): Node<Offer> => ({
  '@type': 'Offer',
  name: (p.label as Partial<Record<Lang, string>>)[c.lang] ?? p.label.id,
  price: p.amount,
  priceCurrency: 'IDR',
  url: c.url,
});

const WEEK_NUMBER = { first: 1, second: 2, third: 3, fourth: 4 } as const;
type DayUrl = 'https://schema.org/Monday';

/** A schedule's repeat frequency, days, month and week of the month, in schema.org's terms. */
function scheduleOf(r: Recurrence): { repeatFrequency: string; byDay?: DayUrl | DayUrl[]; byMonth?: number; byMonthWeek?: number } {
  const day = (d: Weekday) => SCHEMA_DAY[d] as DayUrl;
  switch (r.freq) {
    case 'weekly': {
      const days = weeklyDays(r).map(day);
      return { repeatFrequency: 'P1W', byDay: days.length === 1 ? days[0]! : days };
    }
    case 'monthly':
      // schema.org's byMonthWeek counts from the start of the month only: "last" leaves it out.
      return { repeatFrequency: 'P1M', byDay: day(r.weekday), ...(r.week !== 'last' ? { byMonthWeek: WEEK_NUMBER[r.week] } : {}) };
    case 'yearly-weekday':
      return {
        repeatFrequency: 'P1Y',
        byMonth: r.month,
        byDay: day(r.weekday),
        ...(r.week !== 'last' ? { byMonthWeek: WEEK_NUMBER[r.week] } : {}),
      };
    case 'yearly-announced':
      return { repeatFrequency: 'P1Y', byMonth: r.month };
    case 'yearly':
      return { repeatFrequency: 'P1Y' };
  }
}

/** An event at a place, in person, with its prices when known. */
export function event(
  c: PageContext,
  e: Pick<EventData, 'start' | 'end' | 'recurrence' | 'price' | 'organiser'>,
  venue: { name: string; address?: string | undefined; districtName?: string | undefined; location?: Location | undefined },
  today: string,
): Node<Event> {
  const when = occurrence(e, today);
  const place: Node<Place> = {
    '@type': 'Place',
    name: venue.name,
    address: postalAddress({ street: venue.address ?? venue.name, locality: venue.districtName }),
    ...(venue.location ? { geo: geo(venue.location) } : {}),
  };
  return {
    '@type': 'Event',
    '@id': `${c.url}#event`,
    name: c.name,
    description: c.description,
    url: c.url,
    image: c.image,
    startDate: isoWib(when.start),
    ...(when.end ? { endDate: isoWib(when.end) } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: place,
    ...(e.organiser ? { organizer: { '@type': 'Organization', name: e.organiser } } : {}),
    ...(e.price.length ? { offers: e.price.map((p) => offer(c, p)), isAccessibleForFree: e.price.every((p) => p.amount === 0) } : {}),
    ...(e.recurrence
      ? {
          eventSchedule: {
            '@type': 'Schedule',
            ...scheduleOf(e.recurrence),
            startDate: isAnnounced(e) ? e.start.slice(0, 7) : isoWib(e.start),
            scheduleTimezone: 'Asia/Jakarta',
          },
        }
      : {}),
  };
}

/** A local product, with its price range as an AggregateOffer in rupiah. */
export function product(c: PageContext, p: Pick<ProductData, 'kind' | 'priceRange' | 'sellers'>): Node<Product> {
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
    '@id': `${c.url}#product`,
    name: c.name,
    description: c.description,
    url: c.url,
    image: c.image,
    category: t(c.lang, `kind.${p.kind}`),
    countryOfOrigin: { '@type': 'Country', name: 'Indonesia' },
    ...(offers ? { offers } : {}),
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
