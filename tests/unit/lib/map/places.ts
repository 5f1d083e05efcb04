/** Map places for the unit tests of src/lib/map and src/client/map: made up, never the live content. */
import { toMapPlace } from '../../../../src/lib/map/filter';
import type { PlaceFeature, PlaceProperties, PlaceType } from '../../../../src/lib/geojson';

export const feature = (
  id: string,
  type: PlaceType,
  category: string,
  lat: number,
  lng: number,
  name: string,
  aliases: string[] = [],
  more: Partial<PlaceProperties> = {},
): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: {
    id,
    type,
    category,
    district: 'balige',
    districtCode: '12.12.01',
    villageCode: null,
    names: { id: name, en: `${name} (en)`, ms: name },
    urls: { id: `/${id}/`, en: `/en/${id}/`, ms: `/ms/${id}/` },
    summary: { id: '', en: '', ms: '' },
    precision: 'exact',
    image: '',
    aliases,
    ...more,
  },
});

/** Four places around Balige and one up north: a beach, a waterfall, an event and a product. */
export const places = [
  feature('destination/bulbul', 'destination', 'beach', 2.3485, 99.074, 'Pantai Lumban Bulbul', ['Pantai Bulbul']),
  feature('destination/situmurun', 'destination', 'waterfall', 2.5452, 98.9791, 'Air Terjun Situmurun'),
  feature('event/onan', 'event', 'event', 2.3335, 99.0645, 'Onan Balige – Hari Pasar Jumat'),
  feature('product/ulos/toko', 'product', 'weaving', 2.334, 99.066, 'Ulos Ragi Hotang'),
].map(toMapPlace);
