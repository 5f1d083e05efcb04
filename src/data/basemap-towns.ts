/**
 * The towns a visitor navigates by, named on the basemap (src/lib/map/basemap-data.ts). No pin here is
 * invented: each point is a reference point of the project fact sheet (toba-facts.md §2.0 "Sanity
 * checks", which tested each against the Kemendagri desa/kelurahan polygons) or is derived in code from
 * the official polygons, as its `source` says. tests/unit/lib/map/basemap-data.test.ts checks that each
 * Toba town lies in the desa/kelurahan named here, and that Parapat lies outside the regency.
 */
export interface Town {
  name: string;
  /** A Toba town: the desa/kelurahan (Kemendagri code) its point lies in. */
  village?: string;
  /** Where the point comes from. */
  source: string;
  /** The regency's capital: the first name on the map. */
  capital?: boolean;
  lat: number;
  lng: number;
}

/** The towns of Kabupaten Toba. */
export const TOWNS: readonly Town[] = [
  {
    name: 'Balige',
    capital: true,
    village: '12.12.01.1039', // Kel. Napitupulu Bagasan
    source: 'Fact sheet §2.0: Balige market (Onan Balerong), about 2.3335, 99.0645',
    lat: 2.3335,
    lng: 99.0645,
  },
  {
    name: 'Laguboti',
    village: '12.12.02.1001', // Kel. Pasar Laguboti
    source: 'Fact sheet §2.0: Pasar Laguboti (the kelurahan polygon), about 2.357, 99.127',
    lat: 2.357,
    lng: 99.127,
  },
  {
    name: 'Porsea',
    village: '12.12.07.1037', // Kel. Pasar Porsea
    source: 'Fact sheet §2.0: Pasar Porsea, about 2.445, 99.158',
    lat: 2.445,
    lng: 99.158,
  },
  {
    name: 'Ajibata',
    village: '12.12.08.2003', // Desa Pardamean Ajibata
    source: 'Fact sheet §2.0 and §2.2 no. 26: the Ajibata ferry port, about 2.660, 98.936',
    lat: 2.66,
    lng: 98.936,
  },
];

/**
 * A town outside the regency, named only to find one's way: Parapat, in Kabupaten Simalungun. The fact
 * sheet gives no coordinates for it, only that the Ajibata ferry port "sits just south of Parapat"
 * (§2.2 no. 26). So its point is derived (src/lib/map/basemap-data.ts, referenceTownPoint): the land of
 * the official Simalungun polygon nearest to the Ajibata port, off the lake outline. It is approximate
 * (the Simalungun outline is coarse) and is drawn as a reference, never as a Toba place.
 */
export const REFERENCE_TOWN = { name: 'Parapat', regency: '12.08', near: TOWNS[3]! } as const;
