/**
 * The locator of Kabupaten Toba (./locator.ts) with the official outlines: the regency and its 16
 * kecamatan (Kemendagri 2025, src/data/boundaries/) under Lake Toba (src/data/lake-toba.geo.json),
 * framed so the whole lake and the whole regency show. Each box size is projected and simplified once
 * per process; every cover after the first only adds its focus and pins.
 *
 *   tobaLocator({ parts: ['balige'], pins: [{ lat: 2.33, lng: 99.06, approximate: true }] }, box)
 */
import outline from '../../data/lake-toba.geo.json' with { type: 'json' };
import { DISTRICTS } from '../../content/districts';
import { districtAreas, regencyArea } from './boundaries';
import type { Polygon } from './polygon';
import {
  drawLocator,
  prepareLocator,
  type BBox,
  type Box,
  type DrawOptions,
  type LocatorFocus,
  type LocatorLayers,
  type LocatorOptions,
  type PreparedLocator,
} from './locator';

const lakePolygons = (): Polygon[] =>
  outline.features.flatMap((f) => {
    const g = f.geometry as { type: string; coordinates: unknown };
    return (g.type === 'Polygon' ? [g.coordinates] : (g.coordinates as unknown[])) as Polygon[];
  });

let layers: LocatorLayers | undefined;
/** The regency, its kecamatan by slug, and the lake. */
export function tobaLayers(): LocatorLayers {
  return (layers ??= {
    region: regencyArea().shape.polygons,
    parts: Object.fromEntries(
      districtAreas().map((a) => [DISTRICTS.find((d) => d.code === a.code)?.slug ?? a.code, a.shape.polygons] as const),
    ),
    water: lakePolygons(),
  });
}

/** The lake and the regency, with 4 % to spare on each side. */
export function tobaBBox(): BBox {
  const [w1, s1, e1, n1] = regencyArea().shape.bbox;
  let [w, s, e, n] = [w1, s1, e1, n1];
  for (const poly of tobaLayers().water)
    for (const [x, y] of poly[0] ?? []) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  const [dx, dy] = [(e - w) * 0.04, (n - s) * 0.04];
  return [w - dx, s - dy, e + dx, n + dy];
}

const prepared = new Map<string, PreparedLocator>();

/**
 * Toba's locator drawn in `box` (an SVG fragment), with the kecamatan and pins of `focus`. Outlines may
 * stray 1.2 units (1.2 px of an 800 px cover, under one CSS pixel wherever the site shows one): the lake
 * then takes 0.7 KB instead of 1.3 KB at 0.8.
 */
export function tobaLocator(focus: LocatorFocus, box: Box, options: DrawOptions & Omit<Partial<LocatorOptions>, 'box'> = {}): string {
  const { bbox = tobaBBox(), fit, tolerance = 1.2, decimals } = options;
  const key = JSON.stringify([box, bbox, fit, tolerance, decimals]);
  let p = prepared.get(key);
  if (!p) prepared.set(key, (p = prepareLocator(tobaLayers(), { bbox, box, fit, tolerance, decimals })));
  return drawLocator(p, focus, options);
}
