/**
 * Derives the small lake outline the map draws when its tiles do not load
 * (src/data/lake-toba.geo.json), from the lakes of `@geo-maps/earth-lakes-10m`.
 * Run it once, by hand, when the outline should change:
 *
 *   npm install --no-save @geo-maps/earth-lakes-10m   # 60 MB, never a dependency
 *   node scripts/derive-lake-outline.mjs
 *
 * The source is OpenStreetMap data (© OpenStreetMap contributors, ODbL 1.0),
 * which geo-maps cuts into tiles: Lake Toba arrives as pieces with slivers
 * missing between them. So the script
 *   1. rasterises the pieces in a window around the lake (cells of ~280 m),
 *   2. closes gaps narrower than ~4 km (dilate, then erode),
 *   3. traces the water's edge back into rings (Samosir becomes the hole),
 *   4. smooths the staircase (Chaikin), simplifies (Douglas–Peucker) and
 *      rounds to 4 decimals (~11 m), which is plenty for a fallback drawing.
 * The result is a few KB. Same input, same output: nothing here is random.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const OUT = new URL('../src/data/lake-toba.geo.json', import.meta.url);
/** Around the whole lake, which reaches beyond the regency's bounds to the north-west. */
const WINDOW = { west: 98.45, east: 99.25, south: 2.25, north: 2.95 };
const CELL = 0.0025;
/** Closing radius in cells: fills the gaps between geo-maps' tiles without merging real bays. */
const CLOSE = 8;
/** Rings smaller than this many square cells (islets, ponds) are dropped. */
const MIN_AREA = 40;

function load() {
  const require = createRequire(import.meta.url);
  let file;
  try {
    file = require.resolve('@geo-maps/earth-lakes-10m/map.geo.json');
  } catch {
    console.error('Needs the source data first: npm install --no-save @geo-maps/earth-lakes-10m');
    process.exit(1);
  }
  const collection = JSON.parse(readFileSync(file, 'utf8'));
  const polygons = collection.geometries.flatMap((g) =>
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [],
  );
  return polygons.filter((rings) => {
    const xs = rings[0].map((p) => p[0]);
    const ys = rings[0].map((p) => p[1]);
    return (
      Math.max(...xs) > WINDOW.west && Math.min(...xs) < WINDOW.east && Math.max(...ys) > WINDOW.south && Math.min(...ys) < WINDOW.north
    );
  });
}

/** Even-odd point-in-polygon over every ring of every piece. */
function inside(x, y, rings) {
  let hit = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

function rasterise(polygons, w, h) {
  const rings = polygons.flat();
  const grid = new Uint8Array(w * h);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) grid[r * w + c] = inside(WINDOW.west + (c + 0.5) * CELL, WINDOW.south + (r + 0.5) * CELL, rings) ? 1 : 0;
  }
  return grid;
}

/** Dilates (value 1) or erodes (value 0) with a disc: every cell within `radius` of a `value` cell takes it. */
function morph(grid, w, h, radius, value) {
  const out = grid.slice();
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (grid[r * w + c] !== value) continue;
      for (let dr = -radius; dr <= radius; dr++) {
        for (let dc = -radius; dc <= radius; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if (dr * dr + dc * dc <= radius * radius && rr >= 0 && rr < h && cc >= 0 && cc < w) out[rr * w + cc] = value;
        }
      }
    }
  }
  return out;
}

/**
 * Traces the edges between water and land into closed rings of grid corners,
 * water on the left: outer rings run counter-clockwise and holes clockwise,
 * as RFC 7946 asks.
 */
function trace(grid, w, h) {
  const at = (r, c) => (r >= 0 && r < h && c >= 0 && c < w ? grid[r * w + c] : 0);
  const next = new Map();
  const edge = (x1, y1, x2, y2) => {
    const k = `${x1},${y1}`;
    if (!next.has(k)) next.set(k, []);
    next.get(k).push([x2, y2]);
  };
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (!at(r, c)) continue;
      if (!at(r - 1, c)) edge(c, r, c + 1, r); // south side, heading east
      if (!at(r, c + 1)) edge(c + 1, r, c + 1, r + 1); // east side, heading north
      if (!at(r + 1, c)) edge(c + 1, r + 1, c, r + 1); // north side, heading west
      if (!at(r, c - 1)) edge(c, r + 1, c, r); // west side, heading south
    }
  }
  const rings = [];
  for (const [start, outs] of next) {
    while (outs.length) {
      const ring = [start.split(',').map(Number)];
      let [x, y] = outs.pop();
      while (`${x},${y}` !== start) {
        ring.push([x, y]);
        [x, y] = next.get(`${x},${y}`).pop();
      }
      ring.push(ring[0]);
      rings.push(ring);
    }
  }
  return rings;
}

const signedArea = (ring) => ring.slice(1).reduce((a, p, i) => a + (ring[i][0] * p[1] - p[0] * ring[i][1]), 0) / 2;

/** One round of Chaikin corner cutting on a closed ring. */
function chaikin(ring) {
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    out.push([0.75 * x1 + 0.25 * x2, 0.75 * y1 + 0.25 * y2], [0.25 * x1 + 0.75 * x2, 0.25 * y1 + 0.75 * y2]);
  }
  out.push(out[0]);
  return out;
}

/** Douglas–Peucker on an open polyline. */
function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const [ax, ay] = points[0];
  const [bx, by] = points[points.length - 1];
  const len = Math.hypot(bx - ax, by - ay) || 1;
  let worst = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = Math.abs((bx - ax) * (ay - points[i][1]) - (ax - points[i][0]) * (by - ay)) / len;
    if (d > worst) [worst, index] = [d, i];
  }
  if (worst <= tolerance) return [points[0], points[points.length - 1]];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

/** Simplifies a closed ring by splitting it at its farthest point from the start. */
function simplifyRing(ring, tolerance) {
  const [x0, y0] = ring[0];
  let far = 0;
  ring.forEach(([x, y], i) => {
    if (Math.hypot(x - x0, y - y0) > Math.hypot(ring[far][0] - x0, ring[far][1] - y0)) far = i;
  });
  return [...simplify(ring.slice(0, far + 1), tolerance).slice(0, -1), ...simplify(ring.slice(far), tolerance)];
}

const w = Math.round((WINDOW.east - WINDOW.west) / CELL);
const h = Math.round((WINDOW.north - WINDOW.south) / CELL);
const pieces = load();
const water = morph(morph(rasterise(pieces, w, h), w, h, CLOSE, 1), w, h, CLOSE, 0);
const toLngLat = ([c, r]) => [Number((WINDOW.west + c * CELL).toFixed(4)), Number((WINDOW.south + r * CELL).toFixed(4))];
const rings = trace(water, w, h)
  .filter((ring) => Math.abs(signedArea(ring)) >= MIN_AREA)
  .map((ring) => simplifyRing(chaikin(chaikin(ring)), 0.35).map(toLngLat));
const outers = rings.filter((r) => signedArea(r) > 0);
const holes = rings.filter((r) => signedArea(r) < 0);
const polygons = outers.map((outer) => [outer, ...holes.filter((hole) => inside(hole[0][0], hole[0][1], [outer]))]);

const feature = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: 'Danau Toba',
        attribution: '© OpenStreetMap contributors',
        license: 'ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/)',
        source: '@geo-maps/earth-lakes-10m 0.6.0, simplified by scripts/derive-lake-outline.mjs',
      },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    },
  ],
};
writeFileSync(OUT, `${JSON.stringify(feature)}\n`);
const points = polygons.flat(2).length;
console.log(
  `${pieces.length} source pieces → ${polygons.length} polygon(s), ${holes.length} island(s), ${points} points, ${readFileSync(OUT).length} bytes → ${OUT.pathname}`,
);
