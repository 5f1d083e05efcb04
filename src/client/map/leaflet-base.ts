/**
 * The site's Leaflet base, shared by the big map, the mini-maps and any page
 * that wants to show places (e.g. search's "Show on map"). Import it
 * dynamically, only once a map is wanted on screen: it pulls in Leaflet (~40 KB gzip).
 *
 * API
 * - `readMapConfig(el)` → MapConfig: the `data-map-config` attribute written
 *   at build time by `mapAttributes(lang)` (src/lib/map/config.ts): tiles,
 *   bounds, centre and the UI strings of the page's language.
 * - `createBaseMap(el, config, { interactive })` → L.Map, with
 *     · the tile layer from site config (attribution visible, no subdomains),
 *     · the basemap beneath the tiles (./basemap.ts: the lake, the regency, its
 *       kecamatan and desa, the towns and the neighbours, by name), so wherever
 *       tiles fail the map still shows where things are, and a small note, which
 *       the visitor can close, says the background is missing (in `note`, an
 *       element outside the map, when given),
 *     · min/max zoom and bounds around the regency, localized zoom buttons,
 *     · `interactive: false`: a static-feeling map (no dragging, wheel,
 *       keyboard or zoom buttons), for mini-maps that must not trap scrolling.
 * - `placeMarker(place, config, options)` → L.Marker with an accessible divIcon:
 *   shape per type, glyph per category, dashed ring when approximate, and an
 *   accessible name such as "Pantai Lumban Bulbul, Beach". Keyboard-focusable
 *   unless `{ interactive: false }`.
 * - `clusterIcon(count, config)` → the icon for a markercluster cluster, named
 *   "Cluster of 7 places" (markercluster 1.5.3 gives clusters no name).
 * - `approximateArea(lat, lng)` → a dashed circle of APPROX_RADIUS_M.
 * - `placeLabel(place, config)` → the accessible name alone (src/lib/map/strings.ts, as `fill`).
 *
 * Styles: the page must import 'leaflet/dist/leaflet.css' and
 * 'src/styles/map.css' in its frontmatter (render-blocking CSS belongs to the
 * page, not to a lazily loaded chunk).
 */
import L from 'leaflet';
import { glyphSvg } from '../../lib/map/glyph';
import { addBasemap } from './basemap';
import { fill, placeLabel, type PlaceLike } from '../../lib/map/strings';
import { tileNotice } from '../../lib/map/tiles';
import type { MapConfig } from '../../lib/map/config';

export { L, fill, placeLabel };
export type { MapConfig, PlaceLike };

/** How wide an "approximate" location is drawn: content says only "approximate", so one kilometre is a visible, honest hint. */
export const APPROX_RADIUS_M = 1000;
/** Never further out than the whole regency (zoom 9 shows it on a 320 px phone). */
const MIN_ZOOM = 9;

export function readMapConfig(el: HTMLElement): MapConfig {
  const raw = el.closest('[data-map-config]')?.getAttribute('data-map-config');
  if (!raw) throw new Error('map element without data-map-config');
  return JSON.parse(raw) as MapConfig;
}

export interface BaseMapOptions {
  /** false: a static-feeling map (mini-maps). */
  interactive?: boolean;
  /**
   * Where the "background map unavailable" note goes: an element outside the map (the big map's bar), so it
   * never covers a control or a popup. Without one, the note is a small control at the map's bottom left.
   */
  note?: HTMLElement | undefined;
}

export function createBaseMap(el: HTMLElement, config: MapConfig, { interactive = true, note: noteBox }: BaseMapOptions = {}): L.Map {
  const s = config.strings;
  const b = config.bounds;
  const regency = L.latLngBounds([b.south, b.west], [b.north, b.east]);
  // A visitor who asks for less motion gets popups, zooms and markers without Leaflet's fades and zoom animation.
  const motion = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(el, {
    fadeAnimation: motion,
    zoomAnimation: motion,
    markerZoomAnimation: motion,
    minZoom: MIN_ZOOM,
    maxZoom: config.tiles.maxZoom,
    maxBounds: regency.pad(0.5),
    zoomControl: false,
    dragging: interactive,
    scrollWheelZoom: interactive,
    doubleClickZoom: interactive,
    boxZoom: interactive,
    keyboard: interactive,
    touchZoom: interactive,
  });
  if (interactive) L.control.zoom({ zoomInTitle: s['map.zoomIn'], zoomOutTitle: s['map.zoomOut'] }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  // The basemap (./basemap.ts) sits in panes beneath the tiles: tiles that load cover it, tiles that fail leave it showing.
  map.createPane('outline').style.zIndex = '150';
  const credit = `${s['map.outlineCredit'] ?? 'Lake outline'}: © OpenStreetMap contributors (ODbL)`;

  // CORS mode: a tile is then a readable response whose size the service worker's byte budget can count;
  // fetched without it, each is opaque and counts as megabytes of the visitor's storage (src/lib/pwa/byte-budget.ts).
  const tiles = L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution, maxZoom: config.tiles.maxZoom, crossOrigin: true });
  const notice = tileNotice(s['map.tilesUnavailable'] ?? '');
  const say = tileNote(noteBox ?? noteControl(map), s['map.noteDismiss'] ?? '', () => {
    // The button goes with the note: keyboard focus moves to the map rather than to the page's start.
    if (interactive) el.focus({ preventScroll: true });
    return notice.dismissed();
  });
  tiles.on('tileerror', () => say(notice.failed()));
  tiles.on('tileload', () => say(notice.loaded()));
  // The basemap's files download at once and it is drawn when they arrive; the tiles once the map has a
  // view, each in a task of its own: drawn with the first view they were one long task on a phone's CPU
  // (Lighthouse's total blocking time).
  // Without the basemap (its files failed) the map still works, with tiles where they load.
  addBasemap(map, config.basemap, credit).catch(() => undefined);
  map.whenReady(() => setTimeout(() => tiles.addTo(map), 0));
  return map;
}

/** A box for the note inside the map, at its bottom left (the mini-map has no controls or popups there). */
function noteControl(map: L.Map): HTMLElement {
  const control = new (L.Control.extend({ onAdd: () => L.DomUtil.create('div') }))({ position: 'bottomleft' }).addTo(map);
  return control.getContainer()!;
}

/**
 * Fills `box` with the note: its text in a status line and a close button (`dismiss` names it). Returns how
 * to change the text (undefined: leave it; '': hide the note). Closed, the note empties and hides.
 */
function tileNote(box: HTMLElement, dismiss: string, closed: () => string): (text: string | undefined) => void {
  // The status line stays in the page while empty, so a screen reader hears the text when it comes.
  const p = L.DomUtil.create('p', 'jt-map-note is-empty', box);
  p.setAttribute('role', 'status');
  const text = L.DomUtil.create('span', '', p);
  const close = L.DomUtil.create('button', 'jt-map-note-close', p);
  Object.assign(close, { type: 'button', textContent: '×', hidden: true });
  close.setAttribute('aria-label', dismiss);
  L.DomEvent.disableClickPropagation(p);
  const say = (value: string | undefined) => {
    if (value === undefined) return;
    text.textContent = value;
    close.hidden = !value;
    p.classList.toggle('is-empty', !value);
  };
  close.addEventListener('click', () => say(closed()));
  return say;
}

/** A DivIcon that also names its element (Leaflet names only <img> icons, through `alt`). */
class LabelledIcon extends L.DivIcon {
  label: string;
  constructor(options: L.DivIconOptions, label: string) {
    super(options);
    this.label = label;
  }
  override createIcon(old?: HTMLElement): HTMLElement {
    const el = super.createIcon(old);
    el.setAttribute('aria-label', this.label);
    // Interactive markers become role=button in Leaflet; a static one is an image with a name.
    el.setAttribute('role', 'img');
    return el;
  }
}

/** Marker icon: the shape says the type (circle, diamond, square), the glyph the category, a dashed ring "approximate". */
export function placeIcon(p: PlaceLike, label: string): L.DivIcon {
  return new LabelledIcon(
    {
      className: `jt-pin jt-pin--${p.type}${p.precision === 'approximate' ? ' jt-pin--approx' : ''}`,
      html: `<span class="jt-pin-shape">${glyphSvg(p.category)}</span>`,
      iconSize: [30, 30],
      iconAnchor: [15, 15],
      popupAnchor: [0, -14],
    },
    label,
  );
}

export function placeMarker(lat: number, lng: number, p: PlaceLike, config: MapConfig, { interactive = true } = {}): L.Marker {
  return L.marker([lat, lng], { icon: placeIcon(p, placeLabel(p, config)), keyboard: interactive, interactive, riseOnHover: interactive });
}

export function clusterIcon(count: number, config: MapConfig): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : 48;
  return new LabelledIcon(
    { className: 'jt-cluster', html: `<span aria-hidden="true">${count}</span>`, iconSize: [size, size] },
    fill(config.strings['map.cluster'], { count }),
  );
}

export function approximateArea(lat: number, lng: number): L.Circle {
  return L.circle([lat, lng], {
    radius: APPROX_RADIUS_M,
    className: 'jt-approx',
    color: '#b3261e',
    weight: 2,
    dashArray: '6 6',
    fillOpacity: 0.08,
    interactive: false,
  });
}

/**
 * An itinerary's route: one line per day, straight from stop to stop, in the trip-ideas colour (src/styles/map.css
 * `.jt-route`; the colour here is for a browser that has not loaded the sheet). A wide, clear stroke takes
 * the clicks; the route's name is its title, for the pointer's tooltip.
 */
export function routeLine(lines: [number, number][][], name: string): L.Polyline {
  return L.polyline(lines, { className: 'jt-route', color: '#6a3d9a', weight: 5, opacity: 0.85, lineJoin: 'round' }).bindTooltip(name, {
    sticky: true,
  });
}
