/**
 * Builds /data/itineraries.geojson: every curated itinerary (content/itineraries/) as its route, one
 * GeoJSON Feature each. The big map draws them as a layer of its own ("Trip ideas"), and the file is
 * open data beside /data/places.geojson, which stays a collection of points (its readers, the map and
 * the trip planner among them, need not learn a second geometry).
 *
 * The geometry is a MultiLineString with one line per day: day 1 runs from the itinerary's start
 * (Balige town, Silangit airport or Ajibata port; src/lib/trip/plan.ts) through its stops in order,
 * and each later day from where the day before ended. So every line has at least two positions (RFC
 * 7946 §3.1.4), and the days survive in the geometry as well as in `properties.days`. The legs are
 * straight: the route says in which order, not by which road.
 *
 * Pure: the Astro endpoint (src/pages/data/itineraries.geojson.ts) passes the loaded entries.
 */
import { routeUrl } from './routes';
import { START_POINTS } from './trip/plan';
import { site } from '../config/site';
import type { LatLng } from './geo';
import type { Lang } from '../content/vocab';

type Both = Record<Lang, string>;
type Position = [lng: number, lat: number];

export interface ItineraryDayProperties {
  /** The day's short name in each language, or null when it has none. */
  title: Both | null;
  /** Its stops in visiting order, as feature ids of /data/places.geojson (`destination/<slug>`). */
  stops: string[];
}

export interface ItineraryProperties {
  /** Unique and stable: `itinerary/<slug>`. */
  id: string;
  type: 'itinerary';
  /** Title, page URL and one-sentence summary in each language. */
  names: Both;
  urls: Both;
  summary: Both;
  /** Where day 1 starts: balige, silangit or ajibata. */
  start: string;
  /** How many days, and how many stops in all. */
  dayCount: number;
  stopCount: number;
  days: ItineraryDayProperties[];
  /** The itinerary's first photo, when it has one. */
  image?: string;
}

export interface ItineraryFeature {
  type: 'Feature';
  id: string;
  /** [west, south, east, north] of the route. */
  bbox: [number, number, number, number];
  geometry: { type: 'MultiLineString'; coordinates: Position[][] };
  properties: ItineraryProperties;
}

export interface ItineraryCollection {
  type: 'FeatureCollection';
  license: { name: string; url: string };
  features: ItineraryFeature[];
}

/* Structural inputs: what the builder reads from loaded entries (src/content/load.ts). */
type Local = { id: string; en?: string | undefined };
export interface ItineraryInput {
  slug: string;
  data: {
    title: string;
    summary: string;
    start: keyof typeof START_POINTS;
    days: { title?: Local | undefined; stops: { destination: { id: string } }[] }[];
  };
  en?: { data: { title?: string | undefined; summary: string } } | undefined;
}
export interface StopInput {
  slug: string;
  data: { location?: LatLng | undefined };
}

export interface ItineraryBuildOptions {
  base: string;
  license: { name: string; url: string };
  /** The site's origin: page URLs become absolute, as in places.geojson. */
  origin?: string | undefined;
  photo?: (slug: string) => string | undefined;
}

const both = (id: string, en: string | undefined): Both =>
  Object.fromEntries(site.locales.map((lang) => [lang, lang === 'en' ? (en ?? id) : id])) as Both;
/** Six decimals, as places.geojson. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const position = (p: LatLng): Position => [round(p.lng), round(p.lat)];

/** One itinerary as a feature; null when none of its stops has a point (the checker refuses such an entry). */
export function itineraryFeature(
  it: ItineraryInput,
  destinations: ReadonlyMap<string, StopInput>,
  options: ItineraryBuildOptions,
): ItineraryFeature | null {
  const abs = (path: string) => (options.origin ? new URL(path, options.origin).href : path);
  const days = it.data.days.map((d) => ({
    title: d.title ? both(d.title.id, d.title.en) : null,
    stops: d.stops.flatMap((s) => {
      const at = destinations.get(s.destination.id)?.data.location;
      return at ? [{ id: `destination/${s.destination.id}`, at }] : [];
    }),
  }));
  const stopCount = days.reduce((n, d) => n + d.stops.length, 0);
  if (stopCount === 0) return null;
  let from: Position = position(START_POINTS[it.data.start]);
  const lines: Position[][] = [];
  for (const d of days) {
    if (!d.stops.length) continue;
    const line = [from, ...d.stops.map((s) => position(s.at))];
    lines.push(line);
    from = line[line.length - 1]!;
  }
  const all = lines.flat();
  const lngs = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const image = options.photo?.(it.slug);
  return {
    type: 'Feature',
    id: `itinerary/${it.slug}`,
    bbox: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)],
    geometry: { type: 'MultiLineString', coordinates: lines },
    properties: {
      id: `itinerary/${it.slug}`,
      type: 'itinerary',
      names: both(it.data.title, it.en?.data.title),
      urls: Object.fromEntries(site.locales.map((l) => [l, abs(routeUrl(options.base, l, 'itineraries', it.slug))])) as Both,
      summary: both(it.data.summary, it.en?.data.summary),
      start: it.data.start,
      dayCount: days.length,
      stopCount,
      days: days.map((d) => ({ title: d.title, stops: d.stops.map((s) => s.id) })),
      ...(image ? { image: abs(image) } : {}),
    },
  };
}

export function buildItineraries(
  inputs: { itineraries: readonly ItineraryInput[]; destinations: readonly StopInput[] },
  options: ItineraryBuildOptions,
): ItineraryCollection {
  const destinations = new Map(inputs.destinations.map((d) => [d.slug, d]));
  const features = inputs.itineraries
    .map((it) => itineraryFeature(it, destinations, options))
    .filter((f): f is ItineraryFeature => f !== null)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { type: 'FeatureCollection', license: options.license, features };
}
