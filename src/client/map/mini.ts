/**
 * The mini-map page (/peta/mini/, /en/map/mini/), shown in an iframe on
 * destination, event and product pages (src/components/map/MiniMap.astro).
 * The iframe loads lazily, so a content page itself ships no JavaScript.
 * Everything to draw comes in the query: lat, lng, precision, type, category, name.
 */
import { approximateArea, createBaseMap, placeMarker, readMapConfig } from './leaflet-base';
import { PLACE_TYPES } from '../../lib/map/state';
import type { PlaceType } from '../../lib/geojson';

const el = document.querySelector<HTMLElement>('[data-minimap]')!;
const q = new URLSearchParams(location.search);
const lat = Number(q.get('lat') || NaN);
const lng = Number(q.get('lng') || NaN);
if (Number.isFinite(lat) && Number.isFinite(lng)) {
  el.replaceChildren();
  const config = readMapConfig(el);
  const map = createBaseMap(el, config, { interactive: false });
  const type = (PLACE_TYPES as string[]).includes(q.get('type') ?? '') ? (q.get('type') as PlaceType) : 'destination';
  const precision = q.get('precision') === 'approximate' ? 'approximate' : 'exact';
  const name = q.get('name') ?? '';
  placeMarker(lat, lng, { type, category: q.get('category') ?? type, precision, names: { id: name, en: name } }, config, {
    interactive: false,
  }).addTo(map);
  if (precision === 'approximate') approximateArea(lat, lng).addTo(map);
  // Close enough to see the shore and roads around; an approximate place shows its whole circle.
  map.setView([lat, lng], precision === 'approximate' ? 13 : 14);
}
