import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../../../src/content/districts';
import { slugify } from '../../../src/lib/text';
import { inBounds } from '../../../src/config/site';
import { placePoint } from '../../../src/lib/geo/boundaries';
import { onOpenWater } from '../../../src/lib/geo/lake';

/** Kabupaten Toba's rows of idn-area-data's districts.csv: the source of truth. */
function packageDistricts() {
  const pkg = path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json'));
  return readFileSync(path.join(pkg, 'data/districts.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter(([, regency]) => regency === '12.12')
    .map(([code, , name]) => ({ code: code!, name: name!.trim() }));
}

describe('districts', () => {
  it('match idn-area-data exactly (codes and names)', () => {
    const fromPackage = packageDistricts();
    expect(fromPackage).toHaveLength(16);
    expect(DISTRICTS.map(({ code, name }) => ({ code, name }))).toEqual(fromPackage);
  });
  it('have slugs made from their names', () => {
    for (const d of DISTRICTS) expect(d.slug).toBe(slugify(d.name));
  });
  it('have centres inside the regency', () => {
    for (const d of DISTRICTS) expect(inBounds(d.center.lat, d.center.lng), d.name).toBe(true);
  });
  it('have centres on land inside their own kecamatan, by the official desa polygons', () => {
    for (const d of DISTRICTS) {
      expect(placePoint(d.center).district?.slug, d.name).toBe(d.slug);
      expect(onOpenWater(d.center), d.name).toBe(false);
    }
  });
});
