/**
 * Web Mercator (EPSG:3857, as Leaflet's SphericalMercator) in metres, and the
 * lake outline as SVG path data in that projection. Shared by the big map's
 * outline overlay (src/client/map/leaflet-base.ts) and the map page's static
 * overview, drawn at build time (./overview.ts), so both put the lake in the
 * same place.
 *
 *   const frame = frameOf(rings(outline));      // bounding box, metres
 *   outlinePath(rings(outline), frame)          // "M0 1234L…Z…", y downwards from frame.maxY
 */
/** How the lake is drawn, on the map (src/client/map/leaflet-base.ts) and on the overview (./overview.ts). */
export const LAKE = { fill: '#a9cfe8', stroke: '#1d6a96' } as const;

const R = 6378137;
const MAX_LATITUDE = 85.0511287798;
const RAD = Math.PI / 180;

export interface Point {
  x: number;
  y: number;
}

/** Metres east and north of (0, 0), as Leaflet's L.Projection.SphericalMercator. */
export function project(lat: number, lng: number): Point {
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * RAD);
  return { x: R * lng * RAD, y: (R * Math.log((1 + sin) / (1 - sin))) / 2 };
}

export function unproject({ x, y }: Point): { lat: number; lng: number } {
  return { lat: (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) / RAD, lng: x / R / RAD };
}

/** A box in projected metres. */
export interface Frame {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function frameOf(points: Iterable<Point>): Frame {
  const f = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const p of points) {
    f.minX = Math.min(f.minX, p.x);
    f.minY = Math.min(f.minY, p.y);
    f.maxX = Math.max(f.maxX, p.x);
    f.maxY = Math.max(f.maxY, p.y);
  }
  if (!Number.isFinite(f.minX)) throw new Error('frameOf: no points');
  return f;
}

interface Outline {
  features: { geometry: { type: string; coordinates: unknown } }[];
}

/** Every ring (outer edges and islands) of the outline's polygons, projected. */
export function rings(outline: Outline): Point[][] {
  const out: Point[][] = [];
  for (const { geometry: g } of outline.features) {
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []) as number[][][][];
    for (const polygon of polygons) for (const ring of polygon) out.push(ring.map(([lng, lat]) => project(lat!, lng!)));
  }
  return out;
}

/**
 * SVG path data of the rings in whole metres from the frame's top-left corner: SVG's y grows downwards,
 * Mercator's northwards. Whole metres are finer than a pixel at any zoom the map allows. Draw it with
 * fill-rule="evenodd" so islands are holes.
 */
export const outlinePath = (rs: Point[][], f: Frame): string =>
  rs.map((ring) => `M${ring.map((p) => `${Math.round(p.x - f.minX)} ${Math.round(f.maxY - p.y)}`).join('L')}Z`).join('');
