/**
 * Each page type's JSON-LD is valid JSON and carries what Google's
 * structured-data guidelines require for its types: Event (name, startDate,
 * location with an address), Product (name and offers; AggregateOffer with
 * lowPrice and priceCurrency), BreadcrumbList (ListItems with position, name,
 * item). TouristAttraction/TouristDestination have no Google rich result, so
 * they are held to what schema.org and the issue ask: geo, address, opening
 * hours, free entry, the regency listing its attractions.
 */
import { describe, expect, it } from 'vitest';
import { jsonLdText, pageGraph, type PageContext } from '../../../src/lib/seo/jsonld';
import {
  freeAdmission,
  openingHoursSpecification,
  product,
  touristAttraction,
  touristDestination,
} from '../../../src/lib/seo/jsonld-places';
import { event, isoWib, occurrence } from '../../../src/lib/seo/jsonld-events';
import { eventVenue } from '../../../src/lib/opendata/records';
import { getDistrict } from '../../../src/content/districts';
import { site } from '../../../src/config/site';
import type { Thing } from 'schema-dts';
import { destinations, events, fixtureDestination, fixtureEvent, products } from './content';
import type { DestinationData } from '../../../src/content/plain';

const ctx = (path: string, name = 'Judul'): PageContext => ({
  site: 'https://example.go.id',
  base: '/wisata/',
  lang: 'id',
  url: `https://example.go.id/wisata/${path}`,
  name,
  description: 'Ringkasan.',
  image: `https://example.go.id/wisata/share/id/${path.replace(/\/$/, '')}.png`,
});
const crumbs = (c: PageContext) => [{ name: 'Beranda', url: '/wisata/' }, { name: 'Daftar', url: '/wisata/destinasi/' }, { name: c.name }];

type Json = Record<string, unknown> & { '@type'?: string };
/** Renders the page's JSON-LD as Base.astro does, then parses it back: what a crawler reads. */
function emitted(c: PageContext, entities: Thing[], withCrumbs = true): Json[] {
  const text = jsonLdText(
    pageGraph(c, {
      crumbs: withCrumbs ? crumbs(c) : [{ name: 'Beranda', url: '/wisata/' }],
      entities,
      siteName: site.name,
      publisher: site.publisher,
    }),
  );
  const doc = JSON.parse(text) as { '@context': string; '@graph': Json[] };
  expect(doc['@context']).toBe('https://schema.org');
  return doc['@graph'];
}
const node = (g: Json[], type: string) => {
  const n = g.find((x) => x['@type'] === type);
  expect(n, `no ${type} node`).toBeDefined();
  return n!;
};
const isAbsoluteUrl = (v: unknown) => typeof v === 'string' && /^https:\/\/example\.go\.id\/wisata\//.test(v);

function expectPageNodes(g: Json[], c: PageContext, main?: string) {
  const page = node(g, 'WebPage');
  expect(page.url).toBe(c.url);
  expect(page.inLanguage).toBe('id-ID');
  if (main) expect(page.mainEntity).toEqual({ '@id': main });
  const org = node(g, 'GovernmentOrganization');
  expect(org.name).toBe(site.publisher.name);
  expect(org.url).toBe(site.publisher.url);
  expect(page.publisher).toEqual({ '@id': org['@id'] });
}

function expectBreadcrumbs(g: Json[], c: PageContext) {
  const list = node(g, 'BreadcrumbList');
  const items = list.itemListElement as Json[];
  expect(items.length).toBeGreaterThanOrEqual(2);
  items.forEach((item, i) => {
    expect(item['@type']).toBe('ListItem');
    expect(item.position).toBe(i + 1);
    expect(typeof item.name === 'string' && item.name.length > 0).toBe(true);
    expect(isAbsoluteUrl(item.item), String(item.item)).toBe(true);
  });
  expect(items.at(-1)!.item).toBe(c.url);
}

function expectAddress(a: unknown) {
  const address = a as Json;
  expect(address['@type']).toBe('PostalAddress');
  expect(address.addressCountry).toBe('ID');
  expect(address.addressRegion).toBe('Sumatera Utara');
}

describe('destination pages', () => {
  it.each(destinations.map((d) => [d.slug, d] as const))('%s emits a TouristAttraction with geo (when pinned) and address', (slug, d) => {
    const c = ctx(`destinasi/${slug}/`, d.data.title);
    const g = emitted(c, [touristAttraction(c, d.data, getDistrict(d.data.district)!.name)]);
    const place = node(g, 'TouristAttraction');
    expectPageNodes(g, c, place['@id'] as string);
    expectBreadcrumbs(g, c);
    expect(place.name).toBe(d.data.title);
    expect(place.url).toBe(c.url);
    const at = d.data.location;
    expect(place.geo).toEqual(at ? { '@type': 'GeoCoordinates', latitude: at.lat, longitude: at.lng } : undefined);
    expectAddress(place.address);
    expect((place.address as Json).addressLocality).toBe(getDistrict(d.data.district)!.name);
  });

  it('says entry is free where the admission fee is zero, even with paid parking', () => {
    // Written here, not read from content/: the office may change any entry's fees.
    const fee = (id: string, amount: number) => ({ label: { id }, amount, year: 2024 });
    const withFees = (fees: DestinationData['fees']) => ({ ...fixtureDestination(), fees });
    const beach = withFees([fee('Tiket masuk', 0), fee('Parkir per kendaraan', 5000), fee('Sewa pondok', 50000)]);
    expect(touristAttraction(ctx('x/'), beach, 'Balige').isAccessibleForFree).toBe(true);
    const museum = withFees([fee('Tiket dewasa', 10000), fee('Tiket anak', 5000)]);
    expect(touristAttraction(ctx('x/'), museum, 'Balige').isAccessibleForFree).toBe(false);
    // Ferry fares are not admission: nothing is claimed either way.
    const port = withFees([fee('Feri Ajibata–Ambarita per mobil', 150000)]);
    expect(touristAttraction(ctx('x/'), port, 'Ajibata')).not.toHaveProperty('isAccessibleForFree');
  });

  it('turns opening hours into grouped OpeningHoursSpecification, leaving unknown days out', () => {
    const spec = openingHoursSpecification({ mon: '07:00-16:00', tue: '07:00-16:00', fri: '24h', sun: 'closed' });
    expect(spec).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'],
        opens: '07:00',
        closes: '16:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Friday'], opens: '00:00', closes: '23:59' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Sunday'], opens: '00:00', closes: '00:00' },
    ]);
    const market = {
      ...fixtureDestination(),
      openingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, '08:00-17:00'])),
    };
    const hours = touristAttraction(ctx('x/'), market, 'Balige').openingHoursSpecification as Json[];
    expect(hours[0]!.dayOfWeek).toHaveLength(6);
  });

  it('judges free admission on tickets only', () => {
    const price = (id: string, amount: number) => ({ label: { id }, amount, year: 2024 });
    expect(freeAdmission([price('Tiket masuk', 0), price('Parkir', 5000)])).toBe(true);
    expect(freeAdmission([price('Tiket dewasa', 10000)])).toBe(false);
    expect(freeAdmission([price('Parkir', 0)])).toBeUndefined();
  });
});

describe('the home page', () => {
  it('emits Kabupaten Toba as a TouristDestination that includes every destination', () => {
    const c = ctx('', site.name);
    const attractions = destinations.map((d) => ({ name: d.data.title, url: `https://example.go.id/wisata/destinasi/${d.slug}/` }));
    const g = emitted(
      c,
      [touristDestination(c, { name: 'Kabupaten Toba', description: 'Danau Toba.', bounds: site.bounds }, attractions)],
      false,
    );
    expect(g.find((n) => n['@type'] === 'BreadcrumbList')).toBeUndefined();
    const toba = node(g, 'TouristDestination');
    expectPageNodes(g, c, toba['@id'] as string);
    expect(toba.name).toBe('Kabupaten Toba');
    const included = toba.includesAttraction as Json[];
    expect(included).toHaveLength(destinations.length);
    for (const a of included) expect(a).toMatchObject({ '@type': 'TouristAttraction', '@id': `${a.url as string}#place` });
    // Each destination page's TouristAttraction points back at the regency.
    const d = destinations[0]!;
    expect(touristAttraction(c, d.data, 'x').containedInPlace).toEqual({ '@id': toba['@id'] });
  });
});

describe('event pages', () => {
  const today = '2026-11-28';
  it.each(events.map((e) => [e.slug, e] as const))('%s emits an Event with dates, attendance mode, status and a Place', (slug, e) => {
    const c = ctx(`acara/${slug}/`, e.data.title);
    const venue = eventVenue({ destinations }, e.data);
    const g = emitted(c, [event(c, e.data, { ...venue, districtName: getDistrict(venue.district)?.name }, today)]);
    const ev = node(g, 'Event');
    expectPageNodes(g, c, ev['@id'] as string);
    expectBreadcrumbs(g, c);
    expect(ev.name).toBe(e.data.title);
    // A day announced each year gives the month alone, never an invented day.
    if (e.data.recurrence?.freq === 'yearly-announced') expect(ev.startDate).toMatch(/^\d{4}-\d{2}$/);
    else expect(ev.startDate).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$/);
    if (ev.endDate) expect(String(ev.endDate) >= String(ev.startDate)).toBe(true);
    expect(ev.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ev.eventStatus).toBe('https://schema.org/EventScheduled');
    const place = ev.location as Json;
    expect(place['@type']).toBe('Place');
    expect(place.name).toBe(venue.name);
    expectAddress(place.address);
    if (venue.location)
      expect(place.geo).toEqual({ '@type': 'GeoCoordinates', latitude: venue.location.lat, longitude: venue.location.lng });
    if (e.data.price.length) {
      for (const o of ev.offers as Json[])
        expect(o).toMatchObject({ '@type': 'Offer', priceCurrency: 'IDR', price: expect.any(Number), url: c.url });
    } else expect(ev).not.toHaveProperty('offers');
  });

  it('gives an event with a ticket price its offers', () => {
    const c = ctx('acara/x/');
    const priced = { ...fixtureEvent(), price: [{ label: { id: 'Tiket masuk' }, amount: 25000, year: 2026 }] };
    const ev = event(c, priced, { name: 'Balige' }, '2026-11-28');
    expect(ev.offers).toEqual([{ '@type': 'Offer', name: 'Tiket masuk', price: 25000, priceCurrency: 'IDR', url: c.url }]);
    expect(ev.isAccessibleForFree).toBe(false);
  });

  it('writes times in WIB as +07:00 and keeps all-day dates as dates', () => {
    expect(isoWib('2026-06-17T09:00')).toBe('2026-06-17T09:00:00+07:00');
    expect(isoWib('2026-06-17')).toBe('2026-06-17');
    const timed = event(
      ctx('acara/x/'),
      { start: '2026-06-17T09:00', end: '2026-06-17T17:30', price: [], organiser: undefined, recurrence: undefined },
      { name: 'Balige' },
      today,
    );
    expect(timed.startDate).toBe('2026-06-17T09:00:00+07:00');
    expect(timed.endDate).toBe('2026-06-17T17:30:00+07:00');
  });

  it('dates a recurring event by its next occurrence and describes the schedule', () => {
    const onan = { ...fixtureEvent(), start: '2011-02-04', end: undefined, recurrence: { freq: 'weekly', weekday: 'fri' } as const };
    const ev = event(ctx('acara/onan-balige/'), onan, { name: 'Onan Balerong' }, '2026-11-28');
    expect(ev.startDate).toBe('2026-12-04'); // the Friday after Saturday 28 November 2026
    expect(ev.eventSchedule).toMatchObject({
      repeatFrequency: 'P1W',
      byDay: 'https://schema.org/Friday',
      scheduleTimezone: 'Asia/Jakarta',
    });
    expect(occurrence({ start: '2024-03-01', end: '2024-03-03', recurrence: { freq: 'yearly' } }, '2026-11-28')).toEqual({
      start: '2027-03-01',
      end: '2027-03-03',
    });
  });
});

describe('product pages', () => {
  it.each(products.map((p) => [p.slug, p] as const))(
    '%s emits a Product, with an AggregateOffer in IDR when it has a price range',
    (slug, p) => {
      const c = ctx(`produk/${slug}/`, p.data.title);
      const g = emitted(c, [product(c, p.data)]);
      const prod = node(g, 'Product');
      expectPageNodes(g, c, prod['@id'] as string);
      expectBreadcrumbs(g, c);
      expect(prod.name).toBe(p.data.title);
      expect(isAbsoluteUrl(prod.image)).toBe(true);
      const r = p.data.priceRange;
      if (r) {
        expect(prod.offers).toMatchObject({
          '@type': 'AggregateOffer',
          lowPrice: r.amount,
          highPrice: r.amountMax ?? r.amount,
          priceCurrency: 'IDR',
        });
      } else expect(prod).not.toHaveProperty('offers');
    },
  );
});

describe("a page's subject", () => {
  it('takes its id, name, description, URL and share image from the page, whatever its type', () => {
    const c = ctx('x/', 'Subjek');
    const today = '2026-11-28';
    const venue = eventVenue({ destinations }, events[0]!.data);
    const subjects: [Json, string][] = [
      [touristAttraction(c, destinations[0]!.data, 'Balige') as Json, 'place'],
      [event(c, events[0]!.data, { ...venue, districtName: 'Balige' }, today) as Json, 'event'],
      [product(c, products[0]!.data) as Json, 'product'],
    ];
    for (const [n, fragment] of subjects) {
      expect(n).toMatchObject({ '@id': `${c.url}#${fragment}`, name: 'Subjek', description: c.description, url: c.url, image: c.image });
      expect(Object.keys(n)[0]).toBe('@type');
    }
  });
});

describe('the JSON-LD text', () => {
  it('cannot close its <script> element, whatever the content says', () => {
    const c = ctx('x/', '</script><script>alert(1)</script>');
    const text = jsonLdText(pageGraph(c, { crumbs: crumbs(c), entities: [], siteName: site.name, publisher: site.publisher }));
    expect(text).not.toContain('<');
    expect(JSON.stringify(JSON.parse(text))).toContain('</script><script>alert(1)</script>');
  });
});
