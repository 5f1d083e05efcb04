/**
 * The basemap that needs no tile server: what it holds, and how its outlines are drawn. One module draws
 * it for every map of the site: the Leaflet maps (the big map, the mini-maps, the map offline; via
 * src/client/map/basemap.ts) put `basemapSvg()` beneath the tiles, and the static overview (./overview.ts)
 * puts it beneath its dots. Its data is shaped at build time from the official boundaries and the lake
 * outline (./basemap-data.ts) and published as /data/basemap/base.json and /data/basemap/villages.json.
 * This module is small on purpose: the browser imports it, never the data it is shaped from.
 *
 *   basemapSvg(basemap, { nonScaling: true }) → SVG markup in the basemap's frame (metres, y downwards)
 */
import { LAKE, type Frame } from './mercator';

/** What a label names, which decides how it looks and how it ranks (./label-placement.ts). */
export type LabelKind = 'capital' | 'town' | 'reference' | 'district' | 'neighbour' | 'village';

export interface BasemapLabel {
  name: string;
  kind: LabelKind;
  lat: number;
  lng: number;
  /** Lower is placed first when labels compete for room. */
  rank: number;
  /** Shown from this zoom on. */
  minZoom: number;
}

/** /data/basemap/base.json */
export interface Basemap {
  /** The boundaries' licence notice (MIT; src/data/boundaries/README.md). */
  attribution: string;
  /** The same, short enough for the map's attribution line on a phone. */
  credit: string;
  /** The box the outlines are drawn in, in Web Mercator metres (./mercator.ts). */
  frame: Frame;
  /** SVG path data in whole metres from the frame's top-left corner, y downwards. */
  paths: { regency: string; districts: string; lake: string };
  /** The towns, the kecamatan and the neighbouring regencies. */
  labels: BasemapLabel[];
}

/** /data/basemap/villages.json: the desa/kelurahan names, loaded only once the map is close enough to show them. */
export interface VillageLabels {
  attribution: string;
  labels: BasemapLabel[];
}

/** How each kind ranks, and from which zoom it shows (zoom 9 shows the whole regency on a 320 px phone). */
export const LABEL_KINDS: Record<LabelKind, { rank: number; minZoom: number }> = {
  capital: { rank: 0, minZoom: 9 },
  town: { rank: 1, minZoom: 9 },
  reference: { rank: 1, minZoom: 9 },
  district: { rank: 2, minZoom: 9 },
  neighbour: { rank: 3, minZoom: 9 },
  village: { rank: 4, minZoom: 12 },
};

/** Towns have a dot at their point, this many CSS pixels across; their names stand beside it. */
export const TOWN_DOT = 8;
export const hasDot = (kind: LabelKind) => kind === 'capital' || kind === 'town';

/**
 * Where a name's box (w × h) may stand around its point (x, y), best first: a town's name right of its
 * dot, else left of it, above or below; Parapat's name above its point (the town lies north of the border
 * point it is drawn at); an area's name centred on its point, else a step aside. `unit`: one CSS pixel in the caller's units.
 * Shared by the map and the overview, so both place names alike.
 */
export function labelSpots(kind: LabelKind, x: number, y: number, w: number, h: number, unit = 1): { x: number; y: number }[] {
  if (hasDot(kind)) {
    // Clear of the dot by more than the gap names keep between them (./label-placement.ts).
    const r = (TOWN_DOT / 2 + 5) * unit;
    return [
      { x: x + r, y: y - h / 2 },
      { x: x - r - w, y: y - h / 2 },
      { x: x - w / 2, y: y - h - r },
      { x: x - w / 2, y: y + r },
    ];
  }
  if (kind === 'reference') return [{ x: x - w / 2, y: y - h - 6 * unit }];
  // An area's name may step aside (a place often sits at its middle): above, below, left, right.
  const [cx, cy, d] = [x - w / 2, y - h / 2, 18 * unit];
  return [
    { x: cx, y: cy },
    { x: cx, y: cy - d },
    { x: cx, y: cy + d },
    { x: cx - w / 2 - d, y: cy },
    { x: cx + w / 2 + d, y: cy },
  ];
}

/** Colours beside src/styles/global.css (--land): an SVG image cannot read the page's CSS. */
export const BASEMAP_COLOURS = {
  /** Land outside the regency: a shade greyer than the regency's own. */
  outside: '#e2e4da',
  land: '#eef2e6',
  district: '#9a9f8a',
  regency: '#5d6b4a',
} as const;

/**
 * The outlines as SVG markup: the land around, the regency, its kecamatan, its border, then the lake on
 * top (administrative areas divide the water among the shore villages; on the map the lake is water).
 * `nonScaling`: strokes in CSS pixels whatever the zoom (Leaflet scales the whole SVG); otherwise strokes
 * are `px` frame units wide.
 */
export function basemapSvg(b: Pick<Basemap, 'frame' | 'paths'>, { nonScaling = false, px = 1 } = {}): string {
  const w = Math.round(b.frame.maxX - b.frame.minX);
  const h = Math.round(b.frame.maxY - b.frame.minY);
  const stroke = (width: number) => `stroke-width="${+(width * px).toFixed(1)}"${nonScaling ? ' vector-effect="non-scaling-stroke"' : ''}`;
  const c = BASEMAP_COLOURS;
  return (
    `<rect width="${w}" height="${h}" fill="${c.outside}"/>` +
    `<path class="jt-bm-regency" d="${b.paths.regency}" fill="${c.land}"/>` +
    `<path class="jt-bm-districts" d="${b.paths.districts}" fill="none" stroke="${c.district}" ${stroke(1)} stroke-linejoin="round"/>` +
    `<path class="jt-bm-border" d="${b.paths.regency}" fill="none" stroke="${c.regency}" ${stroke(2)} stroke-linejoin="round"/>` +
    `<path class="jt-lake" d="${b.paths.lake}" fill="${LAKE.fill}" fill-rule="evenodd" stroke="${LAKE.stroke}" ${stroke(1.5)}/>`
  );
}
