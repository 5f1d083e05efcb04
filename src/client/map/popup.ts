/**
 * The big map's popups: one place's at a time, opened from its marker, from
 * the list or from the URL, and closed by its button, Escape or a filter.
 * What a popup says comes from src/lib/map/popup.ts. Leaflet comes in through
 * the arguments (the map, a popup, the dashed area of an approximate place),
 * so this module is tested without it (tests/unit/client/map/popup.test.ts).
 */
import type L from 'leaflet';
import type { MapConfig } from '../../lib/map/config';
import { popupModel, type PopupModel } from '../../lib/map/popup';
import { routePopupModel } from '../../lib/map/routes';
import { focusZoom } from '../../lib/map/view';
import type { Write } from '../../lib/map/store';
import type { Markers } from './markers';
import type { Routes } from './routes';

/** The popup's content: photo, name (focusable, for the keyboard), what and where, summary and a link to the page. */
export function popupContent(m: PopupModel, doc: Document = document): HTMLElement {
  const el = (tag: string, props: Record<string, unknown> = {}) => Object.assign(doc.createElement(tag), props);
  const box = el('div');
  if (m.image) box.append(el('img', { src: m.image, alt: '', width: 240, height: 150, decoding: 'async' }));
  box.append(el('h2', { textContent: m.name, tabIndex: -1 }), el('p', { className: 'small', textContent: m.meta }));
  if (m.at) box.append(el('p', { className: 'small', textContent: m.at }));
  if (m.approx) box.append(el('p', { className: 'jt-approx-note', textContent: m.approx }));
  box.append(el('p', { textContent: m.summary }));
  const link = el('a', { href: m.href, className: 'button', textContent: m.open });
  link.append(el('span', { className: 'visually-hidden', textContent: `: ${m.name}` }));
  box.append(link);
  return box;
}

/** Where a popup was opened from: focus goes back there when it closes. */
export type Opener = 'marker' | 'list';

export interface SelectOptions {
  opener: Opener;
  /** Bring the place close first (a list click: the place may be far out of view). */
  zoom?: boolean;
  /** Move focus into the popup (not when the URL opened it). */
  focus?: boolean;
  /** A new history entry (a click), or a rewrite of the current one (the URL asked for it). */
  write?: Write;
}

export interface Popups {
  select(id: string, options: SelectOptions): void;
  /** Closes the popup without a history entry or a focus move (a new selection or a filter replaces it). */
  deselect(): void;
  /** The place whose popup is open. */
  readonly selected: string | undefined;
}

export interface PopupParts {
  config: Pick<MapConfig, 'lang' | 'strings' | 'districts'>;
  markers: Markers<L.Marker>;
  /** The itineraries' routes: a popup opens on a route too (its id is `itinerary/<slug>`). */
  routes: Routes<L.Polyline>;
  /** The popup, made once (L.popup). */
  popup: L.Popup;
  /** The dashed circle of an approximate place (approximateArea in ./leaflet-base.ts). */
  area: (at: L.LatLng) => L.Layer;
  /** Where focus goes back to when a popup opened from the list closes. */
  listButton: (id: string) => HTMLElement | null;
  /** A popup opened: the state and the URL say so. */
  opened: (id: string, write: Write) => void;
  /** The visitor closed the popup. */
  closed: () => void;
}

export function createPopups(map: L.Map, canvas: HTMLElement, parts: PopupParts): Popups {
  const { config, markers, routes, popup } = parts;
  let selected: { id: string; opener: Opener; area?: L.Layer | undefined } | undefined;

  const deselect = () => {
    const prev = selected;
    selected = undefined;
    prev?.area?.remove();
    if (prev) map.closePopup();
  };

  map.on('popupclose', () => {
    if (!selected) return;
    const { id, area, opener } = selected;
    selected = undefined;
    area?.remove();
    parts.closed();
    // When focus was in the popup, it goes back where it came from (the popup's element is gone by now).
    const focused = canvas.ownerDocument.activeElement;
    if (focused && focused !== canvas.ownerDocument.body && !popup.getElement()?.contains(focused)) return;
    const back = opener === 'list' ? parts.listButton(id) : markers.markerOf(id)?.getElement();
    (back ?? canvas).focus({ preventScroll: true });
  });

  return {
    get selected() {
      return selected?.id;
    },
    deselect,
    select(id, { opener, zoom = false, focus = true, write = 'push' }) {
      /** Opens the popup at `at` with `model`, once the map shows it. */
      const open = (at: L.LatLngExpression, model: PopupModel, area?: L.Layer) => {
        deselect();
        selected = { id, opener, area };
        popup.setLatLng(at).setContent(popupContent(model, canvas.ownerDocument)).openOn(map);
        const el = popup.getElement()!;
        el.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', config.strings['map.closePopup'] ?? 'Close');
        if (focus) el.querySelector<HTMLElement>('h2')!.focus({ preventScroll: true });
        parts.opened(id, write);
      };
      const route = routes.route(id);
      if (route) {
        if (!routes.isShown(id)) return;
        const b = route.bounds;
        const box: L.LatLngBoundsExpression = [
          [b.south, b.west],
          [b.north, b.east],
        ];
        // A list click shows the whole route; the popup sits on its middle stop.
        if (zoom) map.fitBounds(box, { animate: false, padding: [24, 24] });
        const points = route.lines.flat();
        open(points[Math.floor(points.length / 2)]!, routePopupModel(route.feature.properties, config, location.href));
        return;
      }
      const place = markers.place(id);
      if (!place || !markers.isShown(id)) return;
      const at = markers.markerOf(id)!.getLatLng();
      const closer = zoom ? focusZoom(map.getZoom(), map.getBounds().contains(at)) : undefined;
      if (closer !== undefined) map.setView(at, closer, { animate: false });
      markers.zoomToShow(id, () => {
        const p = place.feature.properties;
        open(at, popupModel(p, config, location.href), p.precision === 'approximate' ? parts.area(at).addTo(map) : undefined);
      });
    },
  };
}
