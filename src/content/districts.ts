/**
 * The 16 kecamatan of Kabupaten Toba (Kemendagri regency code 12.12).
 *
 * Codes and names come from the npm package `idn-area-data` 4.0.1
 * (data/districts.csv); tests/unit/lib/districts.test.ts fails if they drift apart.
 * Centres are rough (±5–10 km), estimated from the fact sheet's reference
 * points; each lies on land inside its own kecamatan by the official desa
 * polygons (Uluan's and Siantar Narumonda's are those polygons' label points),
 * which tests/unit/lib/districts.test.ts checks. They place district pages on
 * the map and are where `npm run new` puts a new entry's first pin.
 */
export const DISTRICTS = [
  { slug: 'balige', code: '12.12.01', name: 'Balige', center: { lat: 2.333, lng: 99.065 } },
  { slug: 'laguboti', code: '12.12.02', name: 'Laguboti', center: { lat: 2.36, lng: 99.13 } },
  { slug: 'silaen', code: '12.12.03', name: 'Silaen', center: { lat: 2.39, lng: 99.22 } },
  { slug: 'habinsaran', code: '12.12.04', name: 'Habinsaran', center: { lat: 2.3, lng: 99.33 } },
  { slug: 'pintu-pohan-meranti', code: '12.12.05', name: 'Pintu Pohan Meranti', center: { lat: 2.54, lng: 99.26 } },
  { slug: 'borbor', code: '12.12.06', name: 'Borbor', center: { lat: 2.27, lng: 99.27 } },
  { slug: 'porsea', code: '12.12.07', name: 'Porsea', center: { lat: 2.445, lng: 99.158 } },
  { slug: 'ajibata', code: '12.12.08', name: 'Ajibata', center: { lat: 2.63, lng: 98.95 } },
  { slug: 'lumban-julu', code: '12.12.09', name: 'Lumban Julu', center: { lat: 2.57, lng: 99.05 } },
  { slug: 'uluan', code: '12.12.10', name: 'Uluan', center: { lat: 2.437, lng: 99.067 } },
  { slug: 'sigumpar', code: '12.12.19', name: 'Sigumpar', center: { lat: 2.39, lng: 99.15 } },
  { slug: 'siantar-narumonda', code: '12.12.20', name: 'Siantar Narumonda', center: { lat: 2.433, lng: 99.194 } },
  { slug: 'nassau', code: '12.12.21', name: 'Nassau', center: { lat: 2.4, lng: 99.45 } },
  { slug: 'tampahan', code: '12.12.22', name: 'Tampahan', center: { lat: 2.33, lng: 99.01 } },
  { slug: 'bonatua-lunasi', code: '12.12.23', name: 'Bonatua Lunasi', center: { lat: 2.54, lng: 99.13 } },
  { slug: 'parmaksian', code: '12.12.24', name: 'Parmaksian', center: { lat: 2.47, lng: 99.17 } },
] as const;

export type District = (typeof DISTRICTS)[number];
export type DistrictSlug = District['slug'];

export const DISTRICT_SLUGS = DISTRICTS.map((d) => d.slug) as unknown as readonly [DistrictSlug, ...DistrictSlug[]];

const bySlug = new Map<string, District>(DISTRICTS.map((d) => [d.slug, d]));

/** The district with this slug, or undefined. */
export function getDistrict(slug: string): District | undefined {
  return bySlug.get(slug);
}
