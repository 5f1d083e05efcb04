/** Generated cover art for every entry, district and practical page: /cover/<collection>/<slug>.svg (src/content/views/covers.ts). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../content/load';
import { coverSpecs, drawCover, type CoverSpec } from '../../../content/views/covers';

export async function getStaticPaths() {
  // Search results show the district and practical pages' covers as thumbnails.
  return coverSpecs(await loadSite()).map((spec) => ({ params: { collection: spec.collection, slug: spec.slug }, props: { spec } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(drawCover((props as { spec: CoverSpec }).spec), { headers: { 'Content-Type': 'image/svg+xml' } });
