/**
 * A locator map as SVG markup: a region (the regency) with its parts (the kecamatan), water over it (the
 * lake), the parts in focus filled, and pins. Pure: geometry in, markup out, the same bytes for the same
 * input. Used by the covers and share cards (src/lib/cover.ts through ./toba-locator.ts) and meant for
 * anything else that needs "where is it" at a glance (printed posters).
 *
 *   const prepared = prepareLocator(layers, { bbox, box, tolerance: 0.8 }); // once: projects, simplifies
 *   drawLocator(prepared, { parts: ['balige'], pins: [{ lat, lng, approximate: true }] }) // "<g …>…</g>"
 *   locatorSvg(layers, focus, options)                                     // a whole <svg> document
 *
 * Web Mercator (as the site's map), fitted into the box; y grows downwards. Outlines are simplified in
 * the box's own units (Douglas–Peucker, ./simplify.ts), so `tolerance` is "at most this far off, in px".
 * An exact pin is a pin; an approximate one is a dashed circle around the spot, never a pin.
 */
import { project } from '../map/mercator';
import type { LatLng } from '../geo';
import type { Polygon } from './polygon';
import { simplifyRing, type XY } from './simplify';

/** west, south, east, north in degrees. */
export type BBox = readonly [number, number, number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Projection {
  /** A point's position in the box's units. */
  xy(p: LatLng): [number, number];
  /** Box units per metre of Web Mercator. */
  scale: number;
}

/** Web Mercator fitted into `box`: the whole of `bbox`, centred, at the largest scale that fits. */
export function fitProjection(bbox: BBox, box: Box): Projection {
  const [w, s, e, n] = bbox;
  const sw = project(s, w);
  const ne = project(n, e);
  const scale = Math.min(box.width / (ne.x - sw.x), box.height / (ne.y - sw.y));
  const cx = (sw.x + ne.x) / 2;
  const cy = (sw.y + ne.y) / 2;
  return {
    scale,
    xy: (p) => {
      const m = project(p.lat, p.lng);
      return [box.x + box.width / 2 + (m.x - cx) * scale, box.y + box.height / 2 - (m.y - cy) * scale];
    },
  };
}

const roundTo = (decimals: number) => {
  const k = 10 ** decimals;
  return (x: number) => Math.round(x * k) / k;
};

/** Numbers joined the way SVG path data allows: a space only where the next one has no minus sign. */
const joinNumbers = (ns: readonly number[]) => ns.reduce<string>((s, n, i) => s + (i && n >= 0 ? ' ' : '') + String(n), '');

/** A ring projected, simplified within `tolerance`, rounded, without repeated points; empty when it vanishes at this scale. */
function ringPoints(ring: Polygon[number], projection: Projection, tolerance: number, decimals: number): XY[] {
  const round = roundTo(decimals);
  const pts = simplifyRing(
    ring.map(([lng, lat]) => projection.xy({ lat, lng }) as XY),
    tolerance,
  )
    .map(([x, y]): XY => [round(x), round(y)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  return pts.length < 3 ? [] : pts;
}

/** A ring as a move and relative lines, the steps taken between rounded points so rounding never accumulates. */
function ringPath(pts: readonly XY[], decimals: number): string {
  const round = roundTo(decimals);
  const steps: number[] = [];
  for (let i = 1; i < pts.length; i++) steps.push(round(pts[i]![0] - pts[i - 1]![0]), round(pts[i]![1] - pts[i - 1]![1]));
  return `M${joinNumbers(pts[0]!)}l${joinNumbers(steps)}z`;
}

/**
 * Path data of polygons (every ring; holes and islands included, draw with fill-rule evenodd): projected,
 * simplified within `tolerance` box units, rounded to `decimals`, each ring as a move then relative lines.
 * Rings that vanish at this scale are left out.
 */
export function polygonPath(polygons: readonly Polygon[], projection: Projection, tolerance: number, decimals = 0): string {
  let d = '';
  for (const polygon of polygons)
    for (const ring of polygon) {
      const pts = ringPoints(ring, projection, tolerance, decimals);
      if (pts.length) d += ringPath(pts, decimals);
    }
  return d;
}

export interface LocatorLayers {
  /** The area the locator is about (the regency), drawn as land with an outline. */
  region: readonly Polygon[];
  /** Its parts (the kecamatan) by key, outlined, and filled when in focus. */
  parts: Readonly<Record<string, readonly Polygon[]>>;
  /** Water drawn over the land (the lake; its holes are islands). */
  water: readonly Polygon[];
}

export interface LocatorOptions {
  /** What must be seen, in degrees: fitted whole into the box. */
  bbox: BBox;
  /** Where to draw, in the units of the SVG it goes into; the map is clipped to it. */
  box: Box;
  /** Where in the SVG `bbox` is fitted (default `box`): a map shifted aside for a caption still fills `box`. */
  fit?: Box | undefined;
  /** How far a simplified outline may stray, in box units (default 0.8). */
  tolerance?: number | undefined;
  /** Decimals of the coordinates (default 0: whole box units). */
  decimals?: number | undefined;
}

export interface PreparedLocator {
  box: Box;
  projection: Projection;
  decimals: number;
  region: string;
  parts: Readonly<Record<string, string>>;
  /** Every part's outline in one path, for the thin lines between them (neighbours' shared borders do not share
   * points in the source, so each is drawn from both sides). */
  allParts: string;
  water: string;
}

/** Projects and simplifies the layers once; draw as many locators from it as needed. */
export function prepareLocator(layers: LocatorLayers, options: LocatorOptions): PreparedLocator {
  const { box, tolerance = 0.8, decimals = 0 } = options;
  const projection = fitProjection(options.bbox, options.fit ?? box);
  const path = (p: readonly Polygon[]) => polygonPath(p, projection, tolerance, decimals);
  const parts = Object.fromEntries(Object.entries(layers.parts).map(([k, p]) => [k, path(p)]));
  return {
    box,
    projection,
    decimals,
    region: path(layers.region),
    parts,
    allParts: Object.values(parts).join(''),
    water: path(layers.water),
  };
}

export interface LocatorPin extends LatLng {
  /** Only roughly known: drawn as a circle around the spot, never as a pin. */
  approximate: boolean;
}

export interface LocatorFocus {
  /** Keys of the parts to fill (a place's kecamatan). */
  parts?: readonly string[] | undefined;
  pins?: readonly LocatorPin[] | undefined;
}

export interface LocatorColours {
  /** Land outside the region. */
  land: string;
  region: string;
  outline: string;
  partLine: string;
  focus: string;
  water: string;
  shore: string;
  pin: string;
}

/** The site's colours (src/styles/global.css): an SVG image cannot read the page's CSS. */
export const LOCATOR_COLOURS: LocatorColours = {
  land: '#dfe6d5',
  region: '#fbfaf4',
  outline: '#0b3954',
  partLine: '#9fb0bc',
  focus: '#b3261e',
  water: '#a9cfe8',
  shore: '#1d6a96',
  pin: '#b3261e',
};

export interface DrawOptions {
  colours?: Partial<LocatorColours>;
  /** Pin height in box units (default a tenth of the box's shorter side). */
  pinSize?: number;
  /** Prefix of the clip path's id, unique within the document the locator goes into (default `loc`). */
  id?: string;
}

/** An exact pin: a drop whose tip is the spot, with a white rim and a white eye. */
function exactPin(x: number, y: number, size: number, colour: string): string {
  const r = size * 0.36;
  const h = size - r;
  const f = (...ns: number[]) => joinNumbers(ns.map((n) => Math.round(n * 10) / 10));
  const body = `M${f(x, y)}c${f(-r * 0.2, -h * 0.45, -r, -h * 0.6, -r, -h)}a${f(r, r)} 0 1 1 ${f(r * 2, 0)}c${f(0, h * 0.4, -r * 0.8, h * 0.55, -r, h)}z`;
  return (
    `<path d="${body}" fill="${colour}" stroke="#fff" stroke-width="${fmt(size * 0.07)}" stroke-linejoin="round"/>` +
    `<circle cx="${x}" cy="${fmt(y - h)}" r="${fmt(r * 0.42)}" fill="#fff"/>`
  );
}

/** An approximate spot: a dashed ring, lightly filled, with no mark at its centre. */
function approximatePin(x: number, y: number, size: number, colour: string): string {
  const r = fmt(size * 0.42);
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}" fill-opacity=".22" stroke="${colour}" stroke-width="${fmt(size * 0.09)}" stroke-dasharray="${fmt(size * 0.16)} ${fmt(size * 0.11)}"/>`;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** One locator as an SVG fragment (`<g>`), clipped to its box. */
export function drawLocator(prepared: PreparedLocator, focus: LocatorFocus = {}, options: DrawOptions = {}): string {
  const c = { ...LOCATOR_COLOURS, ...options.colours };
  const { box, projection } = prepared;
  const id = options.id ?? 'loc';
  const size = options.pinSize ?? Math.min(box.width, box.height) / 10;
  const round = roundTo(prepared.decimals);
  const focused = (focus.parts ?? [])
    .map((k) => prepared.parts[k])
    .filter(Boolean)
    .join('');
  const pins = (focus.pins ?? [])
    .map((p) => {
      const [x, y] = projection.xy(p).map(round) as [number, number];
      return p.approximate ? approximatePin(x, y, size, c.pin) : exactPin(x, y, size, c.pin);
    })
    .join('');
  const rect = `x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"`;
  return (
    `<g clip-path="url(#${id}c)"><clipPath id="${id}c"><rect ${rect}/></clipPath>` +
    `<rect ${rect} fill="${c.land}"/>` +
    // The regency's outline is drawn twice (filled under the lines, stroked over them): written once.
    `<defs><path id="${id}r" d="${prepared.region}"/></defs><use href="#${id}r" fill="${c.region}"/>` +
    `<path d="${prepared.allParts}" fill="none" stroke="${c.partLine}" stroke-width="1"/>` +
    (focused
      ? `<path d="${focused}" fill="${c.focus}" fill-opacity=".3" stroke="${c.focus}" stroke-width="2.5" stroke-linejoin="round"/>`
      : '') +
    `<use href="#${id}r" fill="none" stroke="${c.outline}" stroke-width="1.6" stroke-linejoin="round"/>` +
    `<path d="${prepared.water}" fill="${c.water}" fill-rule="evenodd" stroke="${c.shore}" stroke-width="1"/>` +
    `${pins}</g>`
  );
}

/** A standalone locator: an SVG document of the box's size. */
export function locatorSvg(layers: LocatorLayers, focus: LocatorFocus, options: LocatorOptions & DrawOptions): string {
  const prepared = prepareLocator(layers, options);
  const { x, y, width, height } = options.box;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}" width="${width}" height="${height}">${drawLocator(prepared, focus, options)}</svg>`;
}
