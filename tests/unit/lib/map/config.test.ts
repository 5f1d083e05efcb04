import { describe, expect, it } from 'vitest';
import { mapConfig, mapAttributes } from '../../../../src/lib/map/config';
import { CATEGORIES, PRODUCT_KINDS } from '../../../../src/content/vocab';
import { site } from '../../../../src/config/site';

describe('map config for the browser', () => {
  it('passes the tiles from site config, with no {s} subdomains', () => {
    const c = mapConfig('en');
    expect(c.tiles).toEqual(site.tiles);
    expect(c.tiles.url).not.toContain('{s}');
    expect(c.tiles.attribution).toContain('OpenStreetMap');
  });

  it('carries every string the map scripts show, in each language', () => {
    for (const lang of ['id', 'en'] as const) {
      const s = mapConfig(lang).strings;
      for (const key of ['map.cluster', 'map.tilesUnavailable', 'map.geoDenied', 'map.inView', 'fact.locationApprox', 'type.event'])
        expect(s[key], key).toBeTruthy();
      for (const c of CATEGORIES) expect(s[`category.${c}`]).toBeTruthy();
      for (const k of PRODUCT_KINDS) expect(s[`kind.${k}`]).toBeTruthy();
    }
    expect(mapConfig('id').strings['map.cluster']).toBe('Kelompok {count} tempat');
    expect(mapConfig('en').strings['map.cluster']).toBe('Cluster of {count} places');
  });

  it('is one JSON data attribute whose size does not depend on the content', () => {
    const attrs = mapAttributes('id');
    expect(Object.keys(attrs)).toEqual(['data-map-config']);
    expect(JSON.parse(attrs['data-map-config']).districts.balige).toBe('Balige');
  });
});
