/**
 * /data/places.geojson: every place on the map, built from the content at
 * build time (see src/lib/geojson.ts). The map page fetches it; it is also
 * published as open data under the site's data licence.
 */
import { BASE } from '../../lib/base';
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { allEntries, loadSite } from '../../content/load';
import { buildPlaces } from '../../lib/geojson';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const content = await loadSite();
  // Popups show a small photo: one 480 px WebP per entry that has photos.
  const photos = new Map<string, string>();
  for (const e of allEntries(content)) {
    const first = e.data.photos[0];
    if (first) photos.set(`${e.collection}/${e.slug}`, (await getImage({ src: first.src, width: 480, format: 'webp' })).src);
  }
  const places = buildPlaces(content, {
    base: BASE,
    origin: site.url,
    license: { name: site.dataLicense.name, url: site.dataLicense.url },
    photo: (collection, slug) => photos.get(`${collection}/${slug}`),
  });
  return new Response(JSON.stringify(places), { headers: { 'Content-Type': 'application/geo+json' } });
};
