/**
 * The plan on the map: numbered stops joined by straight legs, on the site's Leaflet base
 * (src/client/map/leaflet-base.ts, loaded only once a plan has stops), which shows the lake outline
 * where tiles are blocked or offline.
 */
import type { LatLng } from '../../lib/geo';
import type { TripPlace } from './places';

type Base = typeof import('../map/leaflet-base');
/** What a stop needs on the map: the planner's places and an itinerary page's stops both have it. */
export type MapStop = Pick<TripPlace, 'lat' | 'lng' | 'url' | 'name'>;

export class TripMap {
  #el: HTMLElement;
  #base?: Base;
  #map?: import('leaflet').Map;
  #layer?: import('leaflet').LayerGroup;

  constructor(el: HTMLElement) {
    this.#el = el;
  }

  async draw(start: LatLng | undefined, stops: readonly MapStop[], label: (n: number, p: MapStop) => string): Promise<void> {
    this.#base ??= await import('../map/leaflet-base');
    const { L, createBaseMap, readMapConfig } = this.#base;
    if (!this.#map) {
      this.#map = createBaseMap(this.#el, readMapConfig(this.#el));
      this.#layer = L.layerGroup().addTo(this.#map);
    }
    const layer = this.#layer!;
    layer.clearLayers();
    const points = stops.map((s) => L.latLng(s.lat, s.lng));
    const line = start ? [L.latLng(start.lat, start.lng), ...points] : points;
    if (line.length > 1) L.polyline(line, { color: '#1f5f8b', weight: 3, dashArray: '2 6', interactive: false }).addTo(layer);
    if (start) L.circleMarker(line[0]!, { radius: 6, color: '#1f5f8b', fillOpacity: 1, interactive: false }).addTo(layer);
    stops.forEach((s, i) => {
      const name = label(i + 1, s);
      const icon = L.divIcon({ className: 'trip-pin', html: `<span aria-hidden="true">${i + 1}</span>`, iconSize: [28, 28] });
      const marker = L.marker([s.lat, s.lng], { icon, title: name, alt: name, keyboard: true });
      marker.bindPopup(() => {
        const a = Object.assign(document.createElement('a'), { href: s.url, textContent: name });
        return a;
      });
      marker.addTo(layer);
      marker.getElement()?.setAttribute('aria-label', name);
    });
    if (line.length) this.#map!.fitBounds(L.latLngBounds(line).pad(0.15), { maxZoom: 14 });
  }
}
