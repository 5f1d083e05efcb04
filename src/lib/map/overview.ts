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
 * with a white rim. Beneath them lies the same basemap as the interactive
 * map's (./basemap.ts): the land, the regency and its kecamatan, the lake,
 * and the names of the towns, the kecamatan and the neighbours, placed so
 * that none covers another or a dot (./label-placement.ts). The basemap
 * reaches well beyond the frame, so a box of another shape shows more of it,
 * not blank bands.
 *
 *   overviewSvg({ places, basemap, bounds }) → { svg, width, height }
 *   siteOverview(placesCollection)             → the same, with the site's basemap and bounds
 */
import { project, type Frame } from './mercator';
import { BASEMAP_COLOURS, TOWN_DOT, basemapSvg, hasDot, labelSpots, type Basemap, type BasemapLabel, type LabelKind } from './basemap';
import { basemap as siteBasemap } from './basemap-data';
import { placeLabels, textWidth, type LabelBox } from './label-placement';
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
/** Dot radius as a share of the frame's longer side: about 4 px on a phone, 7 px on a desktop. */
const DOT = 1 / 110;
/** The overview's "pixel": the frame's longer side over 420, about 0.85 CSS px on a phone, 1.9 on a desktop. */
const PX = 1 / 420;

/** How each kind of name is written on the overview, in overview pixels (as src/styles/map.css on the map). */
const TEXT: Record<Exclude<LabelKind, 'village'>, { size: number; attrs: string; caps?: boolean }> = {
  capital: { size: 16, attrs: 'font-weight="700" fill="#1b1b1b"' },
  town: { size: 15, attrs: 'font-weight="700" fill="#1b1b1b"' },
  reference: { size: 14, attrs: 'font-style="italic" fill="#4d4d4d"' },
  district: { size: 13, attrs: 'font-weight="600" letter-spacing="1" fill="#4a5a3a"', caps: true },
  neighbour: { size: 14, attrs: 'font-style="italic" fill="#5a5a5a"' },
};

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

/**
 * The names that fit, as SVG text with a white halo, and the towns' dots. `dots`: the places' marks, which
 * a name must not cover. `at` turns a point into frame units.
 */
function names(
  labels: readonly BasemapLabel[],
  px: number,
  view: { width: number; height: number },
  dots: LabelBox[],
  at: (l: BasemapLabel) => { x: number; y: number },
): string {
  const drawn = labels.filter((l): l is BasemapLabel & { kind: keyof typeof TEXT } => l.kind !== 'village');
  const boxes = drawn.map((l, id): LabelBox => {
    const t = TEXT[l.kind];
    const size = t.size * px;
    const w = textWidth(l.name, size * (t.caps ? 1.15 : 1), t.caps ? px : 0);
    const h = size * 1.2;
    const p = at(l);
    const [first, ...alternatives] = labelSpots(l.kind, p.x, p.y, w, h, px);
    return { id, rank: l.rank, w, h, ...first!, alternatives };
  });
  const r = (TOWN_DOT / 2) * px;
  // The towns' dots, like the places' marks, are placed before every name (rank -1), so no name covers one.
  const townDots = drawn
    .filter((l) => hasDot(l.kind))
    .map((l): LabelBox => ({ id: -1, rank: -1, x: at(l).x - r, y: at(l).y - r, w: 2 * r, h: 2 * r }));
  const shown = placeLabels([...dots, ...townDots, ...boxes], view, 3 * px).filter((p) => p.id >= 0);
  const round = (n: number) => Math.round(n);
  const circles = drawn
    .filter((l) => hasDot(l.kind))
    .map(
      (l) =>
        `<circle cx="${round(at(l).x)}" cy="${round(at(l).y)}" r="${round(r)}" fill="#1b1b1b" stroke="#fff" stroke-width="${round(2 * px)}"/>`,
    );
  return (
    circles.join('') +
    shown
      .map(({ id, x, y }) => {
        const l = drawn[id]!;
        const t = TEXT[l.kind];
        const text = (t.caps ? l.name.toUpperCase() : l.name).replace(/&/g, '&amp;').replace(/</g, '&lt;');
        return `<text x="${round(x)}" y="${round(y + boxes[id]!.h * 0.82)}" font-size="${round(t.size * px)}" ${t.attrs}>${text}</text>`;
      })
      .join('')
  );
}

export function overviewSvg({
  places,
  basemap,
  bounds,
}: {
  places: OverviewPlace[];
  basemap: Basemap;
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
  const px = Math.max(w, h) * PX;
  const bf = basemap.frame;
  const all = {
    minX: Math.min(bf.minX, f.minX),
    minY: Math.min(bf.minY, f.minY),
    maxX: Math.max(bf.maxX, f.maxX),
    maxY: Math.max(bf.maxY, f.maxY),
  };
  // Land under everything, reaching past the frame as far as the basemap does (and as far again).
  const land = [all.minX - (all.maxX - all.minX), all.maxY + (all.maxY - all.minY), 3 * (all.maxX - all.minX), 3 * (all.maxY - all.minY)];
  const [lx, ly, lw, lh] = [round(land[0]! - f.minX), round(f.maxY - land[1]!), round(land[2]!), round(land[3]!)];

  const byType = new Map<PlaceType, string[]>();
  // Products first and destinations last, so the commonest marks sit on top, as on the map.
  for (const type of ['product', 'event', 'destination'] as const) byType.set(type, []);
  const dots: LabelBox[] = [];
  for (const p of places) {
    const at = project(p.lat, p.lng);
    const [x, y] = [round(at.x - f.minX), round(f.maxY - at.y)];
    byType.get(p.type)!.push(mark(p.type, x, y, r));
    // Placed before every name (rank -1), so no name covers a place.
    dots.push({ id: -1, rank: -1, x: x - r * 1.4, y: y - r * 1.4, w: r * 2.8, h: r * 2.8 });
  }
  const point = (l: { lat: number; lng: number }) => {
    const at = project(l.lat, l.lng);
    return { x: at.x - f.minX, y: f.maxY - at.y };
  };
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
    `<rect x="${lx}" y="${ly}" width="${lw}" height="${lh}" fill="${BASEMAP_COLOURS.outside}"/>` +
    `<g transform="translate(${round(bf.minX - f.minX)} ${round(f.maxY - bf.maxY)})">${basemapSvg(basemap, { px })}</g>` +
    `<g font-family="system-ui, sans-serif" stroke="#fff" stroke-width="${round(3 * px)}" stroke-linejoin="round" paint-order="stroke">` +
    names(basemap.labels, px, { width: w, height: h }, dots, point) +
    `</g>` +
    layers.join('') +
    `</svg>`;
  const scale = 800 / Math.max(w, h);
  return { svg, width: round(w * scale), height: round(h * scale) };
}

/** The overview of /data/places.geojson's places, on the site's basemap, framed in the regency's bounds when there are none. */
export const siteOverview = (places: PlaceCollection): Overview =>
  overviewSvg({
    places: places.features.map((f) => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], type: f.properties.type })),
    basemap: siteBasemap(),
    bounds: site.bounds,
  });
