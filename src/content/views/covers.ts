/**
 * What each cover shows (src/lib/cover.ts): the entry's glyph, its name and its place on the locator
 * (src/lib/geo/toba-locator.ts). The place comes from the content:
 *
 * - a destination: its kecamatan, and its pin when it has one;
 * - an event: its venue's place (a destination venue lends its kecamatan and pin);
 * - a product: the places it comes from (kecamatan, or destinations with their pins); without any, its
 *   sellers' kecamatan and pins;
 * - a district page: that kecamatan; a practical page: the regency.
 *
 * An approximate point is drawn as a circle, never as a pin. Structural types, so the build (Astro
 * entries, references as `{ id }`) and the checker's entries (references as strings, used by the tests)
 * both fit.
 */
import { DISTRICTS, getDistrict } from '../districts';
import { coverSvg, shareCoverSvg } from '../../lib/cover';
import { tobaLocator } from '../../lib/geo/toba-locator';
import type { Box, LocatorPin } from '../../lib/geo/locator';

type Ref = string | { id: string };
const refId = (r: Ref) => (typeof r === 'string' ? r : r.id);

interface Point {
  lat: number;
  lng: number;
  precision: 'exact' | 'approximate';
}
interface DestinationLike {
  slug: string;
  data: { title: string; category: string; district: string; location?: Point | undefined };
}
interface EventLike {
  slug: string;
  data: { title: string; venue: { destination: Ref } | { name: string; district: string; location?: Point | undefined } };
}
interface ProductLike {
  slug: string;
  data: {
    title: string;
    kind: string;
    origin: readonly ({ district: string } | { destination: Ref })[];
    sellers: readonly { district?: string | undefined; location?: Point | undefined }[];
  };
}
export interface CoverCorpus {
  destinations: readonly DestinationLike[];
  events: readonly EventLike[];
  products: readonly ProductLike[];
  /** Practical pages by key, with their title. */
  pages?: ReadonlyMap<string, { data: { title: string } }>;
}

/** Where an entry is: kecamatan slugs to fill and points to mark (none when nobody knows). */
export interface CoverPlace {
  districts: string[];
  pins: LocatorPin[];
}

export interface CoverSpec {
  collection: 'destinations' | 'events' | 'products' | 'districts' | 'pages';
  slug: string;
  glyph: string;
  name: string;
  place: CoverPlace;
}

/** At most this many pins on one cover: a product from many places shows its kecamatan instead. */
const MAX_PINS = 4;

function placeOf(parts: readonly { district?: string | undefined; location?: Point | undefined }[]): CoverPlace {
  const districts = [...new Set(parts.map((p) => p.district).filter((d): d is string => !!d && !!getDistrict(d)))];
  const seen = new Set<string>();
  const pins: LocatorPin[] = [];
  for (const { location: l } of parts) {
    if (!l || seen.has(`${l.lat},${l.lng}`)) continue;
    seen.add(`${l.lat},${l.lng}`);
    pins.push({ lat: l.lat, lng: l.lng, approximate: l.precision !== 'exact' });
  }
  return { districts, pins: pins.length <= MAX_PINS ? pins : [] };
}

/** Every cover of the site: one per entry, district page and practical page. */
export function coverSpecs(corpus: CoverCorpus): CoverSpec[] {
  const destinations = new Map(corpus.destinations.map((d) => [d.slug, d.data]));
  const destinationPlace = (ref: Ref) => {
    const d = destinations.get(refId(ref));
    return d ? [{ district: d.district, location: d.location }] : [];
  };
  return [
    ...corpus.destinations.map((d): CoverSpec => ({
      collection: 'destinations',
      slug: d.slug,
      glyph: d.data.category,
      name: d.data.title,
      place: placeOf([d.data]),
    })),
    ...corpus.events.map((e): CoverSpec => {
      const v = e.data.venue;
      return {
        collection: 'events',
        slug: e.slug,
        glyph: 'event',
        name: e.data.title,
        place: placeOf('destination' in v ? destinationPlace(v.destination) : [v]),
      };
    }),
    ...corpus.products.map((p): CoverSpec => {
      const origin = p.data.origin.flatMap((o) => ('district' in o ? [{ district: o.district }] : destinationPlace(o.destination)));
      const place = placeOf(origin);
      return {
        collection: 'products',
        slug: p.slug,
        glyph: p.data.kind,
        name: p.data.title,
        place: place.districts.length || place.pins.length ? place : placeOf(p.data.sellers),
      };
    }),
    ...DISTRICTS.map((d): CoverSpec => ({
      collection: 'districts',
      slug: d.slug,
      glyph: 'district',
      name: `Kecamatan ${d.name}`,
      place: { districts: [d.slug], pins: [] },
    })),
    ...[...(corpus.pages ?? new Map())].map(([key, page]): CoverSpec => ({
      collection: 'pages',
      slug: key,
      glyph: 'page',
      name: page.data.title,
      place: { districts: [], pins: [] },
    })),
  ];
}

/** "Kec. Balige", "Kec. Balige, Laguboti", or the regency when the place is not known more closely. */
export function whereWords(place: CoverPlace): string {
  const names = place.districts.map((s) => getDistrict(s)?.name).filter(Boolean);
  if (!names.length) return 'Kabupaten Toba';
  return names.length > 2 ? `${names.length} kecamatan` : `Kec. ${names.join(', ')}`;
}

const locator = (place: CoverPlace) => (box: Box, fit?: Box) => tobaLocator({ parts: place.districts, pins: place.pins }, box, { fit });

/** The cover's SVG file. */
export const drawCover = (spec: CoverSpec): string =>
  coverSvg({
    glyph: spec.glyph,
    seed: `${spec.collection}/${spec.slug}`,
    name: spec.name,
    where: spec.collection === 'districts' ? 'Kabupaten Toba' : whereWords(spec.place),
    locator: locator(spec.place),
  });

/** The background of the entry's share card when it has no photo (1200×630). */
export const drawShareCover = (spec: Pick<CoverSpec, 'glyph' | 'place'> & { seed: string }): string =>
  shareCoverSvg({ glyph: spec.glyph, seed: spec.seed, locator: locator(spec.place) });
