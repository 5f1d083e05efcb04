/**
 * The map page's static overview: the lake and every place as a dot, one SVG
 * drawn at build time (src/pages/peta/ikhtisar.svg.ts). The page shows it
 * until the visitor reaches for the map, so opening the page costs no
 * Leaflet, no places file and no tiles (src/client/map/element.ts).
 *
 * Framed as the interactive map's first view: around every place with 5 %
 * to spare on each side (Leaflet's `bounds.pad(0.05)`), or the regency when
 * there are none. Dots keep the markers' colours and shapes: destinations
 * round (lake blue), events diamonds (red), products square (black), each
 * with a white rim. The lake and a land background reach well beyond the
 * frame, so a box of another shape shows more of them, not blank bands.
 *
 *   overviewSvg({ places, outline, bounds }) → { svg, width, height }
 *   siteOverview(placesCollection)            → the same, with the site's lake outline and bounds
 */
import { LAKE, frameOf, outlinePath, project, rings, type Frame } from './mercator';
import outline from '../../data/lake-toba.geo.json';
import { site } from '../../config/site';
import type { PlaceCollection, PlaceType } from '../geojson';

export interface OverviewPlace {
  lat: number;
  lng: number;
  type: PlaceType;
}

export interface Overview {
  svg: string;
  /** The frame's size in CSS pixels at a scale that fits 800 px: for the <img>'s width and height. */
  width: number;
  height: number;
}

/** Colours of src/styles/global.css (--lake, --red, --ink, --land): an SVG image cannot read the page's CSS. */
const COLOUR: Record<PlaceType, string> = { destination: '#1d6a96', event: '#b3261e', product: '#1b1b1b' };
const LAND = '#eef2e6';
/** Dot radius as a share of the frame's longer side: about 4 px on a phone, 7 px on a desktop. */
const DOT = 1 / 110;

const round = (n: number) => Math.round(n);

/** Latitude/longitude bounds padded as Leaflet's LatLngBounds.pad(ratio). */
function padded(places: OverviewPlace[], ratio: number) {
  const lats = places.map((p) => p.lat);
  const lngs = places.map((p) => p.lng);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const dLat = (north - south) * ratio;
  const dLng = (east - west) * ratio;
  return { south: south - dLat, north: north + dLat, west: west - dLng, east: east + dLng };
}

/** One place's mark as path data: a zero-length stroke for dots and squares (the line cap draws it), a diamond for events. */
function mark(type: PlaceType, x: number, y: number, r: number): string {
  if (type !== 'event') return `M${x} ${y}h0`;
  const d = round(r * 1.3);
  return `M${x} ${y - d}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`;
}

export function overviewSvg({
  places,
  outline,
  bounds,
}: {
  places: OverviewPlace[];
  outline: Parameters<typeof rings>[0];
  bounds: { south: number; west: number; north: number; east: number };
}): Overview {
  const b = places.length ? padded(places, 0.05) : bounds;
  const sw = project(b.south, b.west);
  const ne = project(b.north, b.east);
  // A single place (or places in a line) still needs a frame with some size: at least 2 km each way.
  const half = { x: Math.max((ne.x - sw.x) / 2, 1000), y: Math.max((ne.y - sw.y) / 2, 1000) };
  const mid = { x: (sw.x + ne.x) / 2, y: (sw.y + ne.y) / 2 };
  const f: Frame = { minX: mid.x - half.x, maxX: mid.x + half.x, minY: mid.y - half.y, maxY: mid.y + half.y };
  const w = round(f.maxX - f.minX);
  const h = round(f.maxY - f.minY);
  const r = round(Math.max(w, h) * DOT);
  const lake = rings(outline);
  const all = frameOf([...lake.flat(), { x: f.minX, y: f.minY }, { x: f.maxX, y: f.maxY }]);
  // Land under everything, reaching past the frame as far as the lake does (and as far again).
  const land = [all.minX - (all.maxX - all.minX), all.maxY + (all.maxY - all.minY), 3 * (all.maxX - all.minX), 3 * (all.maxY - all.minY)];
  const [lx, ly, lw, lh] = [round(land[0]! - f.minX), round(f.maxY - land[1]!), round(land[2]!), round(land[3]!)];

  const byType = new Map<PlaceType, string[]>();
  // Products first and destinations last, so the commonest marks sit on top, as on the map.
  for (const type of ['product', 'event', 'destination'] as const) byType.set(type, []);
  for (const p of places) {
    const at = project(p.lat, p.lng);
    byType.get(p.type)!.push(mark(p.type, round(at.x - f.minX), round(f.maxY - at.y), r));
  }
  const layers = [...byType]
    .filter(([, marks]) => marks.length)
    .map(([type, marks]) => {
      const d = marks.join('');
      const rim = round(r * 0.4);
      // Diamonds are filled shapes with a white edge.
      if (type === 'event') return `<path d="${d}" fill="${COLOUR[type]}" stroke="#fff" stroke-width="${rim}" stroke-linejoin="round"/>`;
      // Dots and squares are line caps: the same marks drawn wider in white beneath make the rim.
      const cap = type === 'destination' ? 'round' : 'square';
      return (
        `<path d="${d}" fill="none" stroke="#fff" stroke-width="${r * 2 + rim * 2}" stroke-linecap="${cap}"/>` +
        `<path d="${d}" fill="none" stroke="${COLOUR[type]}" stroke-width="${r * 2}" stroke-linecap="${cap}"/>`
      );
    });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">` +
    `<rect x="${lx}" y="${ly}" width="${lw}" height="${lh}" fill="${LAND}"/>` +
    `<path d="${outlinePath(lake, f)}" fill="${LAKE.fill}" fill-rule="evenodd" stroke="${LAKE.stroke}" stroke-width="${round(r / 4)}"/>` +
    layers.join('') +
    `</svg>`;
  const scale = 800 / Math.max(w, h);
  return { svg, width: round(w * scale), height: round(h * scale) };
}

/** The overview of /data/places.geojson's places, with the bundled lake outline and the regency's bounds. */
export const siteOverview = (places: PlaceCollection): Overview =>
  overviewSvg({
    places: places.features.map((f) => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], type: f.properties.type })),
    outline,
    bounds: site.bounds,
  });
