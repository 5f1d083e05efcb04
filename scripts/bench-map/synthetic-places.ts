/**
 * The synthetic places of the map benchmark (scripts/bench-map.ts): seeded,
 * so every run sees the same corpus, in the shapes the real content has,
 * spread around the real district centres inside the regency's bounds.
 */
import { buildPlaces, type DestinationInput, type EventInput, type ProductInput } from '../../src/lib/geojson';
import { CATEGORIES, PRODUCT_KINDS } from '../../src/content/vocab';
import { DISTRICTS } from '../../src/content/districts';
import { inBounds, site } from '../../src/config/site';

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD: Record<string, string> = {
  beach: 'Pantai',
  waterfall: 'Air Terjun',
  viewpoint: 'Bukit',
  nature: 'Hutan',
  culture: 'Rumah Adat',
  history: 'Tugu',
  religious: 'Gereja',
  culinary: 'Lapo',
  village: 'Desa',
  adventure: 'Jalur',
};
const SYLLABLES = ['si', 'ma', 'ra', 'to', 'ba', 'li', 'ge', 'hu', 'ta', 'pa', 'nga', 'ron', 'bu', 'lu', 'gol'];

/** 5,000 places in the shapes the real content has, around the districts, inside the bounds. */
export function syntheticPlaces(count: number) {
  const r = prng(20260101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SYLLABLES)).join('');
  const near = () => {
    for (;;) {
      const d = pick(DISTRICTS);
      // Box–Muller: a normal spread of ~4 km around the district centre.
      const [u, v] = [r() || 1e-9, r()];
      const g = Math.sqrt(-2 * Math.log(u));
      const lat = d.center.lat + 0.04 * g * Math.cos(2 * Math.PI * v);
      const lng = d.center.lng + 0.04 * g * Math.sin(2 * Math.PI * v);
      if (inBounds(lat, lng))
        return { district: d.slug, location: { lat, lng, precision: r() < 0.3 ? ('approximate' as const) : ('exact' as const) } };
    }
  };
  const destinations: DestinationInput[] = [];
  const events: EventInput[] = [];
  const products: ProductInput[] = [];
  for (let i = 0; i < count; i++) {
    const { district, location } = near();
    const name = word();
    const kind = r();
    const slug = `tempat-${i}`;
    const texts = (title: string) => ({ title, summary: `${title}: tempat sintetis nomor ${i} untuk uji kecepatan peta.` });
    if (kind < 0.6) {
      const category = pick(CATEGORIES);
      const title = `${WORD[category]} ${name[0]!.toUpperCase()}${name.slice(1)}`;
      destinations.push({ slug, data: { ...texts(title), category, district, location, aliases: r() < 0.3 ? [`${name} ${i}`] : [] } });
    } else if (kind < 0.85) {
      events.push({ slug, data: { ...texts(`Pesta ${name} ${i}`), venue: { name: `Lapangan ${name}`, district, location } } });
    } else {
      products.push({
        slug,
        data: {
          ...texts(`Produk ${name}`),
          kind: pick(PRODUCT_KINDS),
          origin: [{ district }],
          sellers: [{ name: `Toko ${name} ${i}`, district, location }],
        },
      });
    }
  }
  return buildPlaces({ destinations, events, products }, { base: '/', license: site.dataLicense });
}
