/**
 * The search page's "Show on map": the listed results on a Leaflet map, one
 * plain marker each, and a click (or Enter on a focused marker) highlights
 * the result. Imported only when the map is switched on, so Leaflet and its
 * CSS never load otherwise.
 *
 * After the map issue lands, move this onto the shared map module
 * (src/scripts/map): it was written in parallel with it and duplicates its
 * tile-layer and marker set-up on purpose, to be merged there.
 */
import L from 'leaflet';
// By URL, not `import '…css'`: Astro would link an imported stylesheet from the page itself, loading it before the map is wanted.
import leafletCss from 'leaflet/dist/leaflet.css?url';
// Leaflet finds its default marker images by a CSS path that bundling breaks; hand it the built URLs.
import iconUrl from 'leaflet/dist/images/marker-icon.png?url';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png?url';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png?url';

export interface MapPoint {
  /** The result's id, handed back when its marker is chosen. */
  id: string;
  lat: number;
  lng: number;
  /** The result's title: the marker's accessible name. */
  title: string;
}

export interface ResultsMap {
  /** Replaces the markers and fits the map to them. */
  show(points: readonly MapPoint[]): void;
}

const icon = L.icon({ iconUrl, iconRetinaUrl, shadowUrl, iconSize: [25, 41], iconAnchor: [12, 41], shadowSize: [41, 41] });

/** Closest zoom when fitting to the markers: one result should still show its surroundings. */
const FIT_MAX_ZOOM = 13;

/** Adds Leaflet's stylesheet to the page once, resolving when it applies. */
function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload: () => resolve(), onerror: reject });
    document.head.append(link);
  });
}

/**
 * A map in `canvas`, configured by its data attributes (rendered from
 * site.tiles and site.mapCenter): data-tile-url, data-tile-attribution,
 * data-tile-max-zoom, data-lat, data-lng, data-zoom.
 */
export async function createResultsMap(canvas: HTMLElement, onSelect: (id: string) => void): Promise<ResultsMap> {
  await stylesheet(leafletCss);
  const d = canvas.dataset;
  const maxZoom = Number(d.tileMaxZoom);
  // No scroll-wheel zoom: the page scrolls past the map without being caught by it.
  const map = L.map(canvas, { center: [Number(d.lat), Number(d.lng)], zoom: Number(d.zoom), maxZoom, scrollWheelZoom: false });
  // Tiles that fail (offline, blocked) leave the grey background and the markers; Leaflet reports them as events, not errors.
  L.tileLayer(d.tileUrl!, { attribution: d.tileAttribution!, maxZoom }).addTo(map);
  const markers = L.layerGroup().addTo(map);

  return {
    show(points) {
      // The canvas may have been hidden until now: let Leaflet measure it again before fitting.
      map.invalidateSize();
      markers.clearLayers();
      for (const p of points) {
        L.marker([p.lat, p.lng], { icon, title: p.title, alt: p.title, keyboard: true })
          .on('click', () => onSelect(p.id))
          // A marker is a focusable <img role="button">: Enter and Space should choose it like a click.
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
