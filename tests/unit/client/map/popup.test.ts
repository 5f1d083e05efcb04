// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type L from 'leaflet';
import { createPopups, popupContent } from '../../../../src/client/map/popup';
import type { Markers } from '../../../../src/client/map/markers';
import type { Write } from '../../../../src/lib/map/store';
import { mapConfig } from '../../../../src/lib/map/config';
import type { Routes } from '../../../../src/client/map/routes';
import { places, routes as mapRoutes } from '../../lib/map/places';

const config = mapConfig('en');
const model = {
  image: '/img/a.webp',
  name: 'Pantai Lumban Bulbul',
  meta: 'Beach · Destination · Balige',
  summary: 'A white-sand beach.',
  href: '/en/destinations/bulbul/',
  open: 'Open page',
};

describe('a popup’s content', () => {
  it('has the photo, a focusable name, the details and a link named after the place', () => {
    const el = popupContent({ ...model, at: 'at Balige market', approx: 'Approximate location' });
    expect(el.querySelector('img')!.getAttribute('src')).toBe('/img/a.webp');
    expect(el.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(el.querySelector('h2')!.textContent).toBe('Pantai Lumban Bulbul');
    expect(el.querySelector('h2')!.tabIndex).toBe(-1);
    expect([...el.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Beach · Destination · Balige',
      'at Balige market',
      'Approximate location',
      'A white-sand beach.',
    ]);
    expect(el.querySelector('.jt-approx-note')!.textContent).toBe('Approximate location');
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('/en/destinations/bulbul/');
    expect(a.textContent).toBe('Open page: Pantai Lumban Bulbul');
  });

  it('leaves out the venue and the note when there are none', () => {
    expect(popupContent(model).querySelectorAll('p')).toHaveLength(2);
  });

  it('leaves out the picture when there is none (a trip idea without a photo)', () => {
    expect(popupContent({ ...model, image: undefined }).querySelector('img')).toBeNull();
  });
});

/** Enough of Leaflet's map, popup and markers to open and close popups, recording what happens. */
function setUp({ zoom = 12, visible = true } = {}) {
  document.body.innerHTML = '<div class="map-canvas" tabindex="0"><div class="pane"></div></div><button data-id="x">list</button>';
  const canvas = document.querySelector<HTMLElement>('.map-canvas')!;
  const log: string[] = [];
  const handlers: Record<string, () => void> = {};
  let popupEl: HTMLElement | undefined;
  const map = {
    on: (type: string, fn: () => void) => (handlers[type] = fn),
    getZoom: () => zoom,
    getBounds: () => ({ contains: () => visible }),
    setView: (_: unknown, z: number) => log.push(`view ${z}`),
    fitBounds: () => log.push('fit'),
    closePopup: () => {
      log.push('close');
      popupEl?.remove();
      popupEl = undefined;
      handlers.popupclose?.();
    },
  } as unknown as L.Map;
  const popup = {
    setLatLng: () => popup,
    setContent: (el: HTMLElement) => {
      popupEl = document.createElement('div');
      popupEl.className = 'leaflet-popup';
      popupEl.append(el, Object.assign(document.createElement('a'), { className: 'leaflet-popup-close-button' }));
      return popup;
    },
    openOn: () => canvas.querySelector('.pane')!.append(popupEl!),
    getElement: () => popupEl,
  } as unknown as L.Popup;
  const markerEl = Object.assign(document.createElement('div'), { tabIndex: 0 });
  canvas.append(markerEl);
  const shown = new Set(places.map((p) => p.id).filter((id) => id !== 'product/ulos/toko'));
  const markers = {
    place: (id: string) => places.find((p) => p.id === id),
    isShown: (id: string) => shown.has(id),
    markerOf: () => ({ getLatLng: () => ({ lat: 2.3, lng: 99 }), getElement: () => markerEl }),
    zoomToShow: (_: string, then: () => void) => then(),
  } as unknown as Markers<L.Marker>;
  const routes = {
    route: (id: string) => mapRoutes.find((r) => r.id === id),
    isShown: (id: string) => id === 'itinerary/sehari',
  } as unknown as Routes<L.Polyline>;
  const popups = createPopups(map, canvas, {
    config,
    markers,
    routes,
    popup,
    area: () => ({ addTo: () => ({ remove: () => log.push('area gone') }) }) as unknown as L.Layer,
    listButton: () => document.querySelector('button'),
    opened: (id: string, write: Write) => log.push(`opened ${id} ${write}`),
    closed: () => log.push('closed'),
  });
  return { popups, map, canvas, log, markerEl, popupEl: () => popupEl };
}

describe('the map’s popups', () => {
  it('opens a shown place’s popup, names its close button, focuses its heading and says so', () => {
    const { popups, log, popupEl } = setUp();
    popups.select('destination/bulbul', { opener: 'marker' });
    expect(popups.selected).toBe('destination/bulbul');
    expect(popupEl()!.querySelector('h2')!.textContent).toBe('Pantai Lumban Bulbul (en)');
    expect(document.activeElement).toBe(popupEl()!.querySelector('h2'));
    expect(popupEl()!.querySelector('.leaflet-popup-close-button')!.getAttribute('aria-label')).toBe(
      config.strings['map.closePopup'] ?? 'Close',
    );
    expect(log).toEqual(['opened destination/bulbul push']);
    // A hidden or unknown place opens nothing.
    popups.select('product/ulos/toko', { opener: 'marker' });
    popups.select('nowhere', { opener: 'marker' });
    expect(popups.selected).toBe('destination/bulbul');
  });

  it('brings a place chosen from the list close first, and returns focus to the list when it closes', () => {
    const { popups, map, log } = setUp({ zoom: 11 });
    popups.select('event/onan', { opener: 'list', zoom: true, write: 'replace' });
    expect(log).toEqual(['view 15', 'opened event/onan replace']);
    map.closePopup();
    expect(log.slice(2)).toEqual(['close', 'closed']);
    expect(document.activeElement).toBe(document.querySelector('button'));
    expect(popups.selected).toBeUndefined();
  });

  it('returns focus to the marker, and leaves focus the visitor moved elsewhere', () => {
    const first = setUp();
    first.popups.select('event/onan', { opener: 'marker' });
    first.map.closePopup();
    expect(document.activeElement).toBe(first.markerEl);
    const second = setUp();
    second.popups.select('event/onan', { opener: 'marker', focus: false });
    document.querySelector<HTMLElement>('button')!.focus();
    second.map.closePopup();
    expect(document.activeElement).toBe(document.querySelector('button'));
  });

  it('closes quietly for a new selection or a filter, and draws and removes an approximate place’s area', () => {
    const { popups, log } = setUp();
    const approx = places.find((p) => p.id === 'destination/situmurun')!;
    approx.feature.properties.precision = 'approximate';
    try {
      popups.select('destination/situmurun', { opener: 'marker', focus: false });
      popups.select('event/onan', { opener: 'marker', focus: false });
      popups.deselect();
      popups.deselect();
    } finally {
      approx.feature.properties.precision = 'exact';
    }
    expect(log).toEqual(['opened destination/situmurun push', 'area gone', 'close', 'opened event/onan push', 'close']);
    expect(popups.selected).toBeUndefined();
  });

  it('opens a shown route’s popup, showing the whole route when chosen from the list, and none for a hidden route', () => {
    const { popups, log, popupEl } = setUp();
    popups.select('itinerary/sehari', { opener: 'list', zoom: true });
    expect(popups.selected).toBe('itinerary/sehari');
    expect(popupEl()!.querySelector('h2')!.textContent).toBe('A day in Balige');
    expect(popupEl()!.textContent).toContain('Trip idea · 1 day · 2 stops');
    expect(popupEl()!.querySelector('a')!.getAttribute('href')).toBe('/en/trip-ideas/sehari/');
    expect(log).toEqual(['fit', 'opened itinerary/sehari push']);
    popups.select('itinerary/utara', { opener: 'list' });
    expect(popups.selected).toBe('itinerary/sehari');
  });
});
