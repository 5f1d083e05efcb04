/** Map places for the unit tests of src/lib/map and src/client/map: made up, never the live content. */
import { toMapPlace } from '../../../../src/lib/map/filter';
import type { PlaceFeature, PlaceProperties, PlaceType } from '../../../../src/lib/geojson';
import { buildItineraries } from '../../../../src/lib/itinerary-geojson';
import { toMapRoute } from '../../../../src/lib/map/routes';

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

/**
 * Two made-up trip ideas as the map reads them, built by the open data builder (src/lib/itinerary-geojson.ts):
 * a day in Balige (its beach and its market) and a day up north (the waterfall).
 */
export const routes = buildItineraries(
  {
    destinations: [
      { slug: 'bulbul', data: { location: { lat: 2.3485, lng: 99.074 } } },
      { slug: 'onan', data: { location: { lat: 2.3335, lng: 99.0645 } } },
      { slug: 'situmurun', data: { location: { lat: 2.5452, lng: 98.9791 } } },
    ],
    itineraries: [
      {
        slug: 'sehari',
        data: {
          title: 'Sehari di Balige',
          summary: 'Pantai dan pasar.',
          start: 'balige',
          days: [{ stops: [{ destination: { id: 'bulbul' } }, { destination: { id: 'onan' } }] }],
        },
        en: { data: { title: 'A day in Balige', summary: 'Beach and market.' } },
      },
      {
        slug: 'utara',
        data: { title: 'Ke utara', summary: 'Air terjun.', start: 'ajibata', days: [{ stops: [{ destination: { id: 'situmurun' } }] }] },
      },
    ],
  },
  { base: '/', license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } },
).features.map(toMapRoute);
