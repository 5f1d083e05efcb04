/**
 * The official boundaries (src/data/boundaries/): they agree with idn-area-data on every code and
 * name, decode to real polygons, and place the fact sheet's reference points in the right desa.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../../../../src/content/districts';
import {
  BOUNDARIES_ATTRIBUTION,
  districtAreas,
  findVillage,
  neighbourAreas,
  placePoint,
  regencyArea,
  villages,
  villagesOf,
} from '../../../../src/lib/geo/boundaries';
import { distanceToShapeKm, inShape, shape, type Polygon } from '../../../../src/lib/geo/polygon';
import { inLakeOutline, lakeDepthKm, LAKE_TOLERANCE_KM } from '../../../../src/lib/geo/lake';
import { pointInVillage } from '../../../../src/lib/geo/pin';
import { areaCodes } from '../../../../src/lib/geo/codes';

/** Kabupaten Toba's rows of one of idn-area-data's CSV files: the source of truth for codes and names. */
function packageRows(file: 'districts.csv' | 'villages.csv', parent: RegExp) {
  const pkg = path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json'));
  return readFileSync(path.join(pkg, 'data', file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([, p]) => parent.test(p!))
    .map(([code, , name]) => ({ code: code!, name: name!.trim() }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

describe('the boundaries dataset', () => {
  it('has the districts of idn-area-data, with the same codes and names', () => {
    const fromPackage = packageRows('districts.csv', /^12\.12$/);
    expect(fromPackage).toHaveLength(16);
    expect(districtAreas().map(({ code, name }) => ({ code, name }))).toEqual(fromPackage);
    // And the site's own list (src/content/districts.ts) is the same one.
    expect(DISTRICTS.map(({ code, name }) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code))).toEqual(fromPackage);
  });
  it('has the desa and kelurahan of idn-area-data, with the same codes and names', () => {
    const fromPackage = packageRows('villages.csv', /^12\.12\.\d\d$/);
    expect(villages().map(({ code, name }) => ({ code, name }))).toEqual(fromPackage);
  });
  it('has the regency and its neighbours, and says where it comes from', () => {
    expect(regencyArea().code).toBe('12.12');
    expect(neighbourAreas().map((n) => n.name)).toContain('Kabupaten Samosir');
    expect(BOUNDARIES_ATTRIBUTION).toMatch(/cahyadsn\/wilayah_boundaries \(MIT\).*Kepmendagri No 300\.2\.2-2430 Tahun 2025/);
    expect(existsSync(path.resolve('src/data/boundaries/LICENSE'))).toBe(true);
  });
  it('decodes to closed rings inside the regency bounds', () => {
    const bad = villages().filter((v) =>
      v.shape.polygons.flat().some((ring) => {
        const [first, last] = [ring[0]!, ring[ring.length - 1]!];
        return (
          first[0] !== last[0] || first[1] !== last[1] || ring.some(([lng, lat]) => !(lat > 2 && lat < 2.8 && lng > 98.8 && lng < 99.7))
        );
      }),
    );
    expect(bad.map((v) => v.name)).toEqual([]);
  });
  it.skipIf(!existsSync(path.resolve('../shared/data/boundaries')))('is what `npm run data:boundaries` makes of the shared copy', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'jt-boundaries-')), 'b.json');
    const res = spawnSync(process.execPath, ['scripts/refresh-boundaries.mjs', '--out', out], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('src/data/boundaries/toba-boundaries.json', 'utf8'));
  });
});

describe('placing a point', () => {
  it('finds the desa and kecamatan of the fact sheet reference points', () => {
    expect(placePoint({ lat: 2.3335, lng: 99.0645 })).toMatchObject({
      village: { name: 'Napitupulu Bagasan' },
      district: { slug: 'balige' },
    });
    expect(placePoint({ lat: 2.3832, lng: 99.1486 })).toMatchObject({ village: { name: 'Sitoluama' }, district: { slug: 'laguboti' } });
  });
  it('decides the regency by the desa layer: the Ajibata port is in its desa though outside the simplified outline', () => {
    const port = { lat: 2.66, lng: 98.936 };
    expect(inShape(port, regencyArea().shape)).toBe(false);
    expect(distanceToShapeKm(port, regencyArea().shape)).toBeGreaterThan(0.3);
    expect(placePoint(port).village?.name).toBe('Pardamean Ajibata');
  });
  it('names the neighbouring regency of a point outside Toba, and how far out it is', () => {
    const samosir = placePoint({ lat: 2.45, lng: 98.95 });
    expect(samosir.village).toBeUndefined();
    expect(samosir.neighbour?.name).toBe('Kabupaten Samosir');
    expect(samosir.outsideKm).toBeGreaterThan(5);
  });
  it('tells open lake water from the shore, with a tolerance for the coarse outline', () => {
    expect(lakeDepthKm({ lat: 2.4, lng: 99.003 })).toBeGreaterThan(5);
    expect(lakeDepthKm({ lat: 2.3335, lng: 99.0645 })).toBe(0);
    expect(LAKE_TOLERANCE_KM).toBeGreaterThanOrEqual(0.3);
  });
  it('puts a point inside the lake outline exactly when it lies in the outline file, shore included', () => {
    // The outline read here on its own, not through lake.ts.
    const file = JSON.parse(readFileSync(path.resolve('src/data/lake-toba.geo.json'), 'utf8')) as {
      features: { geometry: { coordinates: Polygon[] } }[];
    };
    const lake = shape(file.features.flatMap((f) => f.geometry.coordinates));
    let inside = 0;
    for (let lat = 2.2; lat <= 2.7; lat += 0.013)
      for (let lng = 98.8; lng <= 99.35; lng += 0.017) {
        const p = { lat, lng };
        expect(inLakeOutline(p), `${lat} ${lng}`).toBe(inShape(p, lake));
        if (inLakeOutline(p)) inside++;
        expect(lakeDepthKm(p) > 0, `depth at ${lat} ${lng}`).toBe(inShape(p, lake));
      }
    expect(inside).toBeGreaterThan(50);
    expect(inLakeOutline({ lat: 2.4, lng: 99.003 })).toBe(true);
    expect(inLakeOutline({ lat: 2.3335, lng: 99.0645 })).toBe(false);
  });
  it('finds desa by name whatever the spelling of case, spaces and hyphens', () => {
    const balige = DISTRICTS.find((d) => d.slug === 'balige')!;
    expect(findVillage(balige, 'lumban bulbul')?.code).toBe('12.12.01.2015');
    expect(findVillage(balige, 'Sitoluama')).toBeUndefined();
    expect(villagesOf(balige)).toHaveLength(35);
  });
  it('gives every desa a first pin on its own land', () => {
    for (const v of villages()) expect(placePoint(pointInVillage(v)!).village?.code, v.name).toBe(v.code);
  });
  it('gives the Kemendagri codes: of the named desa, else of the point', () => {
    expect(areaCodes({ district: 'balige', village: 'Lumban Bulbul' })).toEqual({ districtCode: '12.12.01', villageCode: '12.12.01.2015' });
    expect(areaCodes({ district: 'laguboti', location: { lat: 2.3832, lng: 99.1486 } })).toEqual({
      districtCode: '12.12.02',
      villageCode: '12.12.02.2019',
    });
    expect(areaCodes({ district: 'nassau' })).toEqual({ districtCode: '12.12.21', villageCode: undefined });
  });
});
