/**
 * The basemap's data, shaped at build time (/data/basemap/*.json, the overview) from the official
 * boundaries (Kemendagri 2025, src/data/boundaries/), the lake outline (src/data/lake-toba.geo.json) and
 * the towns (src/data/basemap-towns.ts). Never imported by browser code: it reads the whole boundaries
 * file (181 KB); the browser gets the few KB shaped here.
 *
 * - Outlines are projected to Web Mercator metres, simplified (./simplify.ts) and written as compact SVG
 *   path data (relative moves), in the frame of every view the map allows.
 * - Each name sits on land inside its own area: a label point in the lake (27 shore desa have one, since
 *   the administrative polygons divide the water) moves to the driest point of its area.
 * - Neighbouring regencies are named where they meet the regency's bounds, so their names show in the
 *   map's views, not at their far-away centres.
 *
 *   basemap()        → Basemap (./basemap.ts)
 *   villageLabels()  → VillageLabels
 */
import outline from '../../data/lake-toba.geo.json' with { type: 'json' };
import { REFERENCE_TOWN, TOWNS } from '../../data/basemap-towns';
import { site } from '../../config/site';
import { BOUNDARIES_ATTRIBUTION, districtAreas, neighbourAreas, placePoint, regencyArea, villages, type Area } from '../geo/boundaries';
import { inLakeOutline } from '../geo/lake';
import { distanceToOutlineKm, inShape, type Shape } from '../geo/polygon';
import type { LatLng } from '../geo';
import { LABEL_KINDS, type Basemap, type BasemapLabel, type LabelKind, type VillageLabels } from './basemap';
import { frameOf, project, rings, type Frame, type Point } from './mercator';
import { simplify } from './simplify';

/** Metres an outline may move when simplified: under a pixel up to zoom 13 (19 m a pixel at zoom 13). */
export const SIMPLIFY_M = 15;

/** The boundaries' credit as the map's attribution line shows it (short, for a phone; the files carry the full notice). */
export const BOUNDARIES_CREDIT = 'Batas wilayah © Cahya DSN (MIT), Kepmendagri 2025';

/** A box in degrees. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Bounds grown by `ratio` of their size on each side, as Leaflet's LatLngBounds.pad (the map's maxBounds pad 0.5). */
export function pad(b: Bounds, ratio: number): Bounds {
  const dLat = (b.north - b.south) * ratio;
  const dLng = (b.east - b.west) * ratio;
  return { south: b.south - dLat, north: b.north + dLat, west: b.west - dLng, east: b.east + dLng };
}

/**
 * Path data of rings in whole metres from the frame's top-left corner (y downwards), each point after the
 * first written as its difference from the one before: shorter than absolute numbers, and exact.
 */
export function pathOf(rs: readonly Point[][], f: Frame): string {
  let d = '';
  for (const ring of rs) {
    let [px, py] = [0, 0];
    const steps: string[] = [];
    ring.forEach((p, i) => {
      const [x, y] = [Math.round(p.x - f.minX), Math.round(f.maxY - p.y)];
      if (i === 0) d += `M${x} ${y}`;
      else if (x !== px || y !== py) steps.push(`${x - px} ${y - py}`);
      [px, py] = [x, y];
    });
    if (steps.length) d += `l${steps.join(' ')}`.replace(/ -/g, '-');
    d += 'z';
  }
  return d;
}

/** Every ring of an area (outer edges and holes), projected and simplified. */
const areaRings = (a: Area, tolerance: number): Point[][] =>
  a.shape.polygons.flatMap((poly) =>
    poly.map((ring) =>
      simplify(
        ring.map(([lng, lat]) => project(lat, lng)),
        tolerance,
      ),
    ),
  );

const inBounds = (p: LatLng, b: Bounds) => p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east;
const KM = 111.195;

/**
 * A point to write an area's name at: `start` if it is on land inside the area (and inside `within`), or
 * else the point of a grid over the area that is farthest from its edge (and from `within`'s edge), off
 * the lake outline. Returns `start` if no point of the grid qualifies.
 */
export function landPoint(area: Shape, start: LatLng, within?: Bounds, steps = 24): LatLng {
  const ok = (p: LatLng) => (!within || inBounds(p, within)) && inShape(p, area) && !inLakeOutline(p);
  if (ok(start)) return start;
  let [w, s, e, n] = area.bbox;
  if (within) [w, s, e, n] = [Math.max(w, within.west), Math.max(s, within.south), Math.min(e, within.east), Math.min(n, within.north)];
  let best = start;
  let score = -Infinity;
  for (let i = 0.5; i < steps; i++)
    for (let j = 0.5; j < steps; j++) {
      const p = { lng: w + ((e - w) * i) / steps, lat: s + ((n - s) * j) / steps };
      if (!ok(p)) continue;
      const edge = within
        ? Math.min(p.lat - within.south, within.north - p.lat, (p.lng - within.west) * 0.9994, (within.east - p.lng) * 0.9994) * KM
        : Infinity;
      const d = Math.min(distanceToOutlineKm(p, area), edge);
      if (d > score) [best, score] = [p, d];
    }
  return best;
}

/**
 * Parapat's point (src/data/basemap-towns.ts): the land of the official Simalungun polygon, outside every
 * Toba desa and off the lake, nearest to the Ajibata ferry port, on a 100 m grid within 4 km of it.
 */
export function referenceTownPoint(): LatLng | undefined {
  const regency = neighbourAreas().find((a) => a.code === REFERENCE_TOWN.regency);
  if (!regency) return undefined;
  const near = REFERENCE_TOWN.near;
  const candidates: { p: LatLng; d: number }[] = [];
  for (let i = -36; i <= 36; i++)
    for (let j = -36; j <= 36; j++) {
      const p = { lat: +(near.lat + i * 0.001).toFixed(5), lng: +(near.lng + j * 0.001).toFixed(5) };
      if (inShape(p, regency.shape) && !inLakeOutline(p)) candidates.push({ p, d: Math.hypot(i, j) });
    }
  candidates.sort((a, b) => a.d - b.d);
  return candidates.find(({ p }) => !placePoint(p).village)?.p;
}

const label = (name: string, kind: LabelKind, p: LatLng): BasemapLabel => ({
  name,
  kind,
  lat: +p.lat.toFixed(5),
  lng: +p.lng.toFixed(5),
  ...LABEL_KINDS[kind],
});

/** "Kabupaten Samosir" → "Kab. Samosir"; "Kota Pematangsiantar" stays. */
const shortRegency = (name: string) => name.replace(/^Kabupaten /, 'Kab. ');

/** Rough size of an area (its box), to rank larger kecamatan first when names compete. */
const boxSize = (a: Area) => (a.shape.bbox[2] - a.shape.bbox[0]) * (a.shape.bbox[3] - a.shape.bbox[1]);

let cache: Basemap | undefined;

export function basemap(): Basemap {
  if (cache) return cache;
  const bounds = site.bounds;
  const lake = rings(outline).map((r) => simplify(r, SIMPLIFY_M));
  const view = pad(bounds, 0.5);
  const corners = [project(view.south, view.west), project(view.north, view.east)];
  const frame = frameOf([...lake.flat(), ...corners]);
  const districts = [...districtAreas()].sort((a, b) => boxSize(b) - boxSize(a));
  const parapat = referenceTownPoint();
  const labels = [
    ...TOWNS.map((t) => label(t.name, t.capital ? 'capital' : 'town', t)),
    ...(parapat ? [label(`${REFERENCE_TOWN.name} (Simalungun)`, 'reference', parapat)] : []),
    ...districts.map((d) => label(d.name, 'district', landPoint(d.shape, d.label))),
    ...neighbourAreas()
      .map((a) => ({ a, p: landPoint(a.shape, a.label, pad(bounds, -0.04)) }))
      .filter(({ p, a }) => inBounds(p, bounds) && inShape(p, a.shape))
      .map(({ a, p }) => label(shortRegency(a.name), 'neighbour', p)),
  ];
  cache = {
    attribution: BOUNDARIES_ATTRIBUTION,
    credit: BOUNDARIES_CREDIT,
    frame: { minX: Math.round(frame.minX), minY: Math.round(frame.minY), maxX: Math.round(frame.maxX), maxY: Math.round(frame.maxY) },
    paths: {
      regency: pathOf(areaRings(regencyArea(), SIMPLIFY_M), frame),
      districts: pathOf(
        districtAreas().flatMap((d) => areaRings(d, SIMPLIFY_M)),
        frame,
      ),
      lake: pathOf(lake, frame),
    },
    labels,
  };
  return cache;
}

/** The 244 desa/kelurahan names, each on land inside its own polygon. */
export const villageLabels = (): VillageLabels => ({
  attribution: BOUNDARIES_ATTRIBUTION,
  labels: villages().map((v) => label(v.name, 'village', landPoint(v.shape, v.label))),
});
