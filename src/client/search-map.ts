/**
 * The search page's "Show on map": the listed results on the site's shared
 * Leaflet map (./map/leaflet-base.ts: tiles from site config, the Lake Toba
 * outline beneath them for when tiles fail, the same accessible markers as
 * the big map). A click, or Enter/Space on a focused marker, highlights the
 * result. Imported only when the map is switched on, so Leaflet and its CSS
 * never load otherwise.
 */
// By URL, not `import '…css'`: Astro would link an imported stylesheet from the page itself, loading it before the map is wanted.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import mapCss from '../styles/map.css?url';
import { L, createBaseMap, placeMarker, readMapConfig } from './map/leaflet-base';
import type { PlaceType, Precision } from '../lib/geojson';

export interface MapPoint {
  /** The result's id, handed back when its marker is chosen. */
  id: string;
  lat: number;
  lng: number;
  /** The result's title: the marker's accessible name. */
  title: string;
  /** Entry type and category key: the marker's shape and glyph (district and practical pages have neither). */
  type?: PlaceType | undefined;
  category?: string | undefined;
  precision?: Precision | undefined;
}

export interface ResultsMap {
  /** Replaces the markers and fits the map to them. */
  show(points: readonly MapPoint[]): void;
}

/** Closest zoom when fitting to the markers: one result should still show its surroundings. */
const FIT_MAX_ZOOM = 13;

/** Adds a stylesheet to the page once, resolving when it applies. */
function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: () => resolve(), onerror: reject });
    document.head.append(link);
  });
}

/** A map in `canvas`, configured by the `data-map-config` attribute written by mapAttributes(lang). */
export async function createResultsMap(canvas: HTMLElement, onSelect: (id: string) => void): Promise<ResultsMap> {
  await Promise.all([stylesheet(leafletCss), stylesheet(mapCss)]);
  const config = readMapConfig(canvas);
  const map = createBaseMap(canvas, config);
  // No scroll-wheel zoom: the page scrolls past the map without being caught by it.
  map.scrollWheelZoom.disable();
  const b = config.bounds;
  map.fitBounds([
    [b.south, b.west],
    [b.north, b.east],
  ]);
  const markers = L.layerGroup().addTo(map);

  return {
    show(points) {
      // The canvas may have been hidden until now: let Leaflet measure it again before fitting.
      map.invalidateSize();
      markers.clearLayers();
      for (const p of points) {
        const place = {
          type: p.type ?? 'destination',
          category: p.category ?? '',
          precision: p.precision ?? 'exact',
          names: { id: p.title, en: p.title },
        };
        const marker = placeMarker(p.lat, p.lng, place, config);
        // The result's title as a tooltip too (Leaflet sets it on the icon when the marker is added).
        marker.options.title = p.title;
        marker
          .on('click', () => onSelect(p.id))
          // A marker is a focusable role=button: Enter and Space should choose it like a click.
          .on('keydown', (e: L.LeafletKeyboardEvent) => {
            if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
            e.originalEvent.preventDefault();
            onSelect(p.id);
          })
          .addTo(markers);
      }
      if (points.length) map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng])), { padding: [32, 32], maxZoom: FIT_MAX_ZOOM });
    },
  };
}
