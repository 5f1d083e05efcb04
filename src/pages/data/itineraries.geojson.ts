/**
 * /data/itineraries.geojson: every trip idea as its route (see src/lib/itinerary-geojson.ts). The big
 * map draws it as its "Trip ideas" layer; it is also published as open data under the site's licence.
 */
import { BASE } from '../../lib/base';
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { loadSite } from '../../content/load';
import { buildItineraries } from '../../lib/itinerary-geojson';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const content = await loadSite();
  // Popups show a small photo, as places.geojson's: one 480 px WebP per itinerary that has photos.
  const photos = new Map<string, string>();
  for (const e of content.itineraries) {
    const first = e.data.photos[0];
    if (first) photos.set(e.slug, (await getImage({ src: first.src, width: 480, format: 'webp' })).src);
  }
  const routes = buildItineraries(content, {
    base: BASE,
    origin: site.url,
    license: { name: site.dataLicense.name, url: site.dataLicense.url },
    photo: (slug) => photos.get(slug),
  });
  return new Response(JSON.stringify(routes), { headers: { 'Content-Type': 'application/geo+json' } });
};
