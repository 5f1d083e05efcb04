/**
 * The official boundaries of Kabupaten Toba (Kemendagri 2025, src/data/boundaries/), decoded, and
 * where a point falls in them.
 *
 * The regency and kecamatan outlines are simplified more than the desa ones, so near a border the
 * layers disagree by up to a few hundred metres (the Ajibata ferry port lies inside its desa but 0.41 km
 * outside the simplified regency outline). So a point's desa decides everything: the kecamatan is the
 * one the desa's code starts with, and "inside the regency" means "inside one of its desa".
 */
import data from '../../data/boundaries/toba-boundaries.json' with { type: 'json' };
import { DISTRICTS, type District } from '../../content/districts';
import type { LatLng } from '../geo';
import { distanceToShapeKm, inShape, shape, type Polygon, type Ring, type Shape } from './polygon';

/** A desa/kelurahan, kecamatan or regency: its Kemendagri code, name, label point and outline. */
export interface Area {
  code: string;
  name: string;
  label: LatLng;
  shape: Shape;
}

interface EncodedArea {
  code: string;
  name: string;
  label: number[];
  polygons: number[][][];
}

/** Licence and attribution of the boundaries, for the open-data page and files. */
export const BOUNDARIES_ATTRIBUTION: string = data.attribution;
export const BOUNDARIES_LICENCE = 'MIT';

function decodeRing(flat: readonly number[]): Ring {
  const ring: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < flat.length; i += 2) {
    x += flat[i]!;
    y += flat[i + 1]!;
    ring.push([x / data.scale, y / data.scale]);
  }
  return ring;
}

const decode = (list: readonly EncodedArea[]): Area[] =>
  list.map((a) => ({
    code: a.code,
    name: a.name,
    label: { lng: a.label[0]!, lat: a.label[1]! },
    shape: shape(a.polygons.map((rings): Polygon => rings.map(decodeRing))),
  }));

let decoded: { villages: Area[]; districts: Area[]; regency: Area; neighbours: Area[] } | undefined;
/** Decoded once, on first use: the checker of a corpus without locations never pays for it. */
function layers() {
  return (decoded ??= {
    villages: decode(data.villages),
    districts: decode(data.districts),
    regency: decode(data.regency)[0]!,
    neighbours: decode(data.neighbours),
  });
}

/** The 244 desa/kelurahan, by code. */
export const villages = (): readonly Area[] => layers().villages;
/** The 16 kecamatan outlines (simplified; see above). */
export const districtAreas = (): readonly Area[] => layers().districts;
/** The regency outline (simplified; see above). */
export const regencyArea = (): Area => layers().regency;
/** The neighbouring regencies, to say where a point outside Toba is. */
export const neighbourAreas = (): readonly Area[] => layers().neighbours;

/** The kecamatan (src/content/districts.ts) a desa belongs to, by its code. */
export function districtOfVillage(village: Pick<Area, 'code'>): District | undefined {
  const code = village.code.slice(0, 8);
  return DISTRICTS.find((d) => d.code === code);
}

/** The desa/kelurahan of one kecamatan. */
export function villagesOf(district: Pick<District, 'code'>): Area[] {
  return villages().filter((v) => v.code.startsWith(`${district.code}.`));
}

/**
 * Desa polygons are rounded to 5 decimals (about 1 m) independently, so hairline gaps can open between
 * neighbours. A point in such a gap, this close to a desa, counts as in it.
 */
export const GAP_TOLERANCE_KM = 0.05;

export interface Placement {
  /** The desa/kelurahan the point is in (or in a hairline gap beside); undefined outside the regency. */
  village?: Area | undefined;
  /** Its kecamatan. */
  district?: District | undefined;
  /** For a point outside the regency: the neighbouring regency it lies in, if one of them. */
  neighbour?: Area | undefined;
  /** For a point outside the regency: how far it is from the nearest desa, in km. */
  outsideKm?: number | undefined;
}

/** Where a point falls: its desa and kecamatan, or the neighbouring regency and how far outside. */
export function placePoint(p: LatLng): Placement {
  const { villages: all, neighbours } = layers();
  const inside = all.find((v) => inShape(p, v.shape));
  if (inside) return { village: inside, district: districtOfVillage(inside) };
  let nearest: Area | undefined;
  let km = Infinity;
  for (const v of all) {
    const [w, s, e, n] = v.shape.bbox;
    // A desa whose box is farther than the best distance so far cannot be nearer (0.0005° ≈ 55 m of slack).
    const boxDeg = Math.max(w - p.lng, p.lng - e, s - p.lat, p.lat - n, 0);
    if (boxDeg * 111 > km + 0.06) continue;
    const d = distanceToShapeKm(p, v.shape);
    if (d < km) [nearest, km] = [v, d];
  }
  if (nearest && km <= GAP_TOLERANCE_KM) return { village: nearest, district: districtOfVillage(nearest) };
  return { neighbour: neighbours.find((r) => inShape(p, r.shape)), outsideKm: km };
}

/** Case, spacing and hyphens do not matter: "Huta Gur-Gur II" matches "huta gurgur ii". */
export const villageKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The desa/kelurahan of a kecamatan with this name, if any. */
export function findVillage(district: Pick<District, 'code'>, name: string): Area | undefined {
  const key = villageKey(name);
  return villagesOf(district).find((v) => villageKey(v.name) === key);
}
