import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { basemap, landPoint, pad, pathOf, referenceTownPoint, villageLabels } from '../../../../src/lib/map/basemap-data';
import { BASEMAP_COLOURS, basemapSvg, labelSpots } from '../../../../src/lib/map/basemap';
import { REFERENCE_TOWN, TOWNS } from '../../../../src/data/basemap-towns';
import { DISTRICTS } from '../../../../src/content/districts';
import { districtAreas, neighbourAreas, placePoint, villages } from '../../../../src/lib/geo/boundaries';
import { lakeDepthKm } from '../../../../src/lib/geo/lake';
import { inShape, shape } from '../../../../src/lib/geo/polygon';
import { distanceKm } from '../../../../src/lib/geo';
import { site } from '../../../../src/config/site';

const b = basemap();
const of = (kind: string) => b.labels.filter((l) => l.kind === kind);

describe('the basemap’s data (/data/basemap/base.json)', () => {
  it('names every kecamatan once, on land inside its own outline', () => {
    expect(
      of('district')
        .map((l) => l.name)
        .sort(),
    ).toEqual(DISTRICTS.map((d) => d.name).sort());
    for (const l of of('district')) {
      const area = districtAreas().find((d) => d.name === l.name)!;
      expect(inShape(l, area.shape), l.name).toBe(true);
      expect(lakeDepthKm(l), l.name).toBe(0);
    }
  });

  it('puts each Toba town in the desa/kelurahan its source names, and Balige first', () => {
    for (const t of TOWNS) expect(placePoint(t).village?.code, t.name).toBe(t.village);
    expect(b.labels[0]).toMatchObject({ name: 'Balige', kind: 'capital', rank: 0 });
    expect(of('town').map((l) => l.name)).toEqual(['Laguboti', 'Porsea', 'Ajibata']);
  });

  it('draws Parapat as a reference town outside the regency, in Simalungun, just north of Ajibata', () => {
    const p = referenceTownPoint()!;
    expect(placePoint(p).village).toBeUndefined();
    expect(placePoint(p).neighbour?.code).toBe(REFERENCE_TOWN.regency);
    expect(lakeDepthKm(p)).toBe(0);
    expect(distanceKm(p, REFERENCE_TOWN.near)).toBeLessThan(4);
    expect(of('reference')).toEqual([expect.objectContaining({ name: 'Parapat (Simalungun)', lat: p.lat, lng: p.lng })]);
  });

  it('names the neighbouring regencies inside the regency’s bounds, on their own land', () => {
    const names = of('neighbour').map((l) => l.name);
    for (const n of ['Samosir', 'Simalungun', 'Tapanuli Utara', 'Humbang Hasundutan']) expect(names).toContain(`Kab. ${n}`);
    for (const l of of('neighbour')) {
      const area = neighbourAreas().find((a) => a.name.endsWith(l.name.slice(5)))!;
      expect(inShape(l, area.shape), l.name).toBe(true);
      expect(lakeDepthKm(l), l.name).toBe(0);
      expect(l.lat).toBeGreaterThan(site.bounds.south);
      expect(l.lat).toBeLessThan(site.bounds.north);
    }
  });

  it('frames every view the map allows (the bounds padded by half) and stays small', () => {
    const view = pad(site.bounds, 0.5);
    expect(view.west).toBeCloseTo(site.bounds.west - (site.bounds.east - site.bounds.west) / 2);
    expect(b.frame.maxX - b.frame.minX).toBeGreaterThan(150_000);
    // What a phone downloads before the basemap shows (gzip); the desa names come later, on zooming in.
    expect(gzipSync(JSON.stringify(b)).length).toBeLessThan(8 * 1024);
    expect(gzipSync(JSON.stringify(villageLabels())).length).toBeLessThan(8 * 1024);
  });

  it('names every desa/kelurahan inside its own polygon, from zoom 12', () => {
    const v = villageLabels().labels;
    expect(v).toHaveLength(villages().length);
    v.forEach((l, i) => {
      expect(inShape(l, villages()[i]!.shape), l.name).toBe(true);
      expect(l).toMatchObject({ kind: 'village', minZoom: 12 });
    });
  });
});

describe('landPoint', () => {
  const square = shape([
    [
      [
        [99, 2],
        [99.1, 2],
        [99.1, 2.1],
        [99, 2.1],
        [99, 2],
      ],
    ],
  ]);
  it('keeps a point on land inside the area', () => {
    expect(landPoint(square, { lat: 2.01, lng: 99.01 })).toEqual({ lat: 2.01, lng: 99.01 });
  });
  it('moves a point outside the area to its middle, and into given bounds', () => {
    const p = landPoint(square, { lat: 3, lng: 99.5 });
    expect(p.lat).toBeCloseTo(2.05, 1);
    expect(p.lng).toBeCloseTo(99.05, 1);
    const q = landPoint(square, { lat: 3, lng: 99.5 }, { south: 2, north: 2.02, west: 99, east: 99.1 });
    expect(q.lat).toBeLessThan(2.02);
  });
});

describe('pathOf', () => {
  it('writes rings in whole metres from the frame’s top-left, as relative moves', () => {
    const ring = [
      { x: 10, y: 10 },
      { x: 20, y: 10 },
      { x: 20, y: 30 },
      { x: 10, y: 10 },
    ];
    expect(pathOf([ring], { minX: 0, minY: 0, maxX: 100, maxY: 100 })).toBe('M10 90l10 0 0-20-10 20z');
  });
});

describe('basemapSvg and labelSpots', () => {
  it('draws the land, the kecamatan, the border, then the lake on top', () => {
    const svg = basemapSvg(b, { nonScaling: true });
    const at = (s: string) => svg.indexOf(s);
    expect(at(BASEMAP_COLOURS.outside)).toBeLessThan(at('jt-bm-districts'));
    expect(at('jt-bm-districts')).toBeLessThan(at('class="jt-lake"'));
    expect(svg).toContain('vector-effect="non-scaling-stroke"');
    expect(basemapSvg(b, { px: 10 })).toContain('stroke-width="20"');
  });

  it('puts a town’s name beside its dot (right first), Parapat’s above its point, an area’s centred or a step aside', () => {
    const [right, left] = labelSpots('town', 100, 100, 40, 10);
    expect(right!.x).toBeGreaterThan(100);
    expect(left!.x + 40).toBeLessThan(100);
    expect(labelSpots('reference', 100, 100, 40, 10)[0]!.y + 10).toBeLessThan(100);
    expect(labelSpots('district', 100, 100, 40, 10)[0]).toEqual({ x: 80, y: 95 });
    expect(labelSpots('district', 100, 100, 40, 10)).toHaveLength(5);
  });
});
