import { describe, expect, it } from 'vitest';
import { frameOf, outlinePath, project, rings, unproject } from '../../../../src/lib/map/mercator';
import { overviewSvg, siteOverview } from '../../../../src/lib/map/overview';
import { basemap as siteBasemap } from '../../../../src/lib/map/basemap-data';
import type { Basemap } from '../../../../src/lib/map/basemap';
import type { PlaceCollection } from '../../../../src/lib/geojson';

const R = 6378137;
const square = {
  features: [
    {
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [99, 2.5],
            [99.1, 2.5],
            [99.1, 2.6],
            [99, 2.6],
            [99, 2.5],
          ],
        ],
      },
    },
  ],
};
const bounds = { south: 2.0, west: 98.85, north: 2.75, east: 99.75 };
/** A basemap with the square as its lake and one kecamatan's name in the middle of it. */
const squareFrame = frameOf(rings(square).flat());
const basemap: Basemap = {
  attribution: 'test',
  credit: 'test',
  frame: squareFrame,
  paths: { regency: '', districts: '', lake: outlinePath(rings(square), squareFrame) },
  labels: [{ name: 'Tengah', kind: 'district', lat: 2.55, lng: 99.05, rank: 2, minZoom: 9 }],
};
/** Path data of the layer drawn in `colour`, split into its marks. */
const marks = (svg: string, colour: string) => {
  const d = [...svg.matchAll(/<path d="([^"]+)" fill="none" stroke="([^"]+)"/g)].find((m) => m[2] === colour)?.[1] ?? '';
  return d.split('M').filter(Boolean);
};
const viewBox = (svg: string) =>
  svg
    .match(/viewBox="0 0 (\d+) (\d+)"/)!
    .slice(1)
    .map(Number) as [number, number];

describe('Web Mercator', () => {
  it('projects as EPSG:3857 and back', () => {
    expect(project(0, 0)).toEqual({ x: 0, y: 0 });
    const p = project(2.33, 99.06);
    expect(p.x).toBeCloseTo((R * 99.06 * Math.PI) / 180, 6);
    expect(p.y).toBeCloseTo(R * Math.log(Math.tan(Math.PI / 4 + (2.33 * Math.PI) / 360)), 6);
    const back = unproject(p);
    expect(back.lat).toBeCloseTo(2.33, 10);
    expect(back.lng).toBeCloseTo(99.06, 10);
  });

  it('draws rings in whole metres from the top-left corner of their frame, y downwards', () => {
    const rs = rings(square);
    const f = frameOf(rs.flat());
    const w = Math.round(f.maxX - f.minX);
    const h = Math.round(f.maxY - f.minY);
    expect(w).toBe(Math.round((R * 0.1 * Math.PI) / 180));
    expect(outlinePath(rs, f)).toBe(`M0 ${h}L${w} ${h}L${w} 0L0 0L0 ${h}Z`);
  });

  it('refuses an empty frame', () => {
    expect(() => frameOf([])).toThrow(/no points/);
  });
});

describe('overviewSvg', () => {
  const places = [
    { lat: 2.2, lng: 99.0, type: 'destination' as const },
    { lat: 2.4, lng: 99.2, type: 'destination' as const },
    { lat: 2.3, lng: 99.1, type: 'event' as const },
    { lat: 2.35, lng: 99.05, type: 'product' as const },
  ];

  it('draws every place once, in its type’s colour and shape', () => {
    const { svg } = overviewSvg({ places, basemap, bounds });
    expect(marks(svg, '#1d6a96')).toHaveLength(2);
    expect(marks(svg, '#1b1b1b')).toHaveLength(1);
    // Events are filled diamonds with a white edge.
    const diamond = svg.match(/<path d="([^"]+)" fill="#b3261e"/)![1]!;
    expect(diamond.split('M').filter(Boolean)).toHaveLength(1);
    expect(diamond).toMatch(/^M\d+ \d+l\d+ \d+l-\d+ \d+l-\d+ -\d+z$/);
    // Dots and squares are line caps of zero-length strokes, with a wider white rim beneath.
    expect(svg).toMatch(/stroke="#fff" stroke-width="\d+" stroke-linecap="round"\/><path d="[^"]+" fill="none" stroke="#1d6a96"/);
    expect(svg).toMatch(/stroke="#1b1b1b" stroke-width="\d+" stroke-linecap="square"/);
  });

  it('frames the places as the map’s first view: their bounds with 5 % to spare each side', () => {
    const { svg, width, height } = overviewSvg({ places, basemap, bounds });
    const [w, h] = viewBox(svg);
    const dots = marks(svg, '#1d6a96').map((m) =>
      m
        .match(/^(\d+) (\d+)h0$/)!
        .slice(1)
        .map(Number),
    );
    // South-west place: 5 % of the frame's width from the left, and (y downwards) near the bottom.
    const [x0, y0] = dots.find(([, y]) => y! > h / 2)!;
    expect(x0! / w).toBeCloseTo(0.05 / 1.1, 2);
    expect(1 - y0! / h).toBeCloseTo(0.05 / 1.1, 2);
    // The <img> size keeps the frame's shape, with its longer side 800 px.
    expect(Math.max(width, height)).toBe(800);
    expect(width / height).toBeCloseTo(w / h, 2);
  });

  it('with no places frames the regency, and never shrinks below 2 km', () => {
    const empty = overviewSvg({ places: [], basemap, bounds });
    const [w] = viewBox(empty.svg);
    expect(w).toBe(Math.round(project(2, 99.75).x - project(2, 98.85).x));
    expect(marks(empty.svg, '#1d6a96')).toHaveLength(0);
    const one = overviewSvg({ places: [places[0]!], basemap, bounds });
    expect(viewBox(one.svg)).toEqual([2000, 2000]);
  });

  it('puts land and the lake beneath the marks, reaching past the frame', () => {
    const { svg } = overviewSvg({ places, basemap, bounds });
    const [w, h] = viewBox(svg);
    const [x, y, rw, rh] = svg
      .match(/<rect x="(-?\d+)" y="(-?\d+)" width="(\d+)" height="(\d+)"/)!
      .slice(1)
      .map(Number) as number[];
    expect(x).toBeLessThan(0);
    expect(y).toBeLessThan(0);
    expect(x! + rw!).toBeGreaterThan(w);
    expect(y! + rh!).toBeGreaterThan(h);
    expect(svg.indexOf('fill-rule="evenodd"')).toBeLessThan(svg.indexOf('#1d6a96" stroke-width'));
  });

  it('writes the basemap’s names with a halo beneath the marks, and never over a mark', () => {
    const empty = overviewSvg({ places: [], basemap, bounds });
    expect(empty.svg).toMatch(
      /<g font-family="[^"]+" stroke="#fff" stroke-width="\d+" stroke-linejoin="round" paint-order="stroke"><text [^>]+>TENGAH<\/text>/,
    );
    // A place right on the name's point: the name steps aside (above it, here), clear of the mark.
    const covered = overviewSvg({ places: [{ lat: 2.55, lng: 99.05, type: 'destination' }], basemap, bounds });
    const [x, y] = covered.svg
      .match(/<text x="(\d+)" y="(\d+)"[^>]*>TENGAH/)!
      .slice(1)
      .map(Number) as [number, number];
    const [mx, my] = marks(covered.svg, '#1d6a96')[0]!
      .match(/^(\d+) (\d+)h0$/)!
      .slice(1)
      .map(Number) as [number, number];
    expect(x).toBeLessThan(mx);
    expect(y).toBeLessThan(my - 10);
    const beside = overviewSvg({
      places: [
        { lat: 2.51, lng: 99.01, type: 'destination' },
        { lat: 2.59, lng: 99.09, type: 'destination' },
      ],
      basemap,
      bounds,
    });
    expect(beside.svg.indexOf('TENGAH')).toBeGreaterThan(0);
    expect(beside.svg.indexOf('TENGAH')).toBeLessThan(beside.svg.indexOf('stroke-linecap'));
  });

  it('draws the site’s places on the site’s basemap', () => {
    const collection = {
      type: 'FeatureCollection',
      license: { name: 'x', url: 'x' },
      features: [
        { type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [99.06, 2.33] }, properties: { type: 'destination' } },
      ],
    } as unknown as PlaceCollection;
    const { svg } = siteOverview(collection);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(siteBasemap().paths.lake);
    expect(svg).toContain(siteBasemap().paths.districts);
    expect(marks(svg, '#1d6a96')).toHaveLength(1);
  });
});
