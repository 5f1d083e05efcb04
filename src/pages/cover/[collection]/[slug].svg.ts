/** Generated cover art for every entry: /cover/<collection>/<slug>.svg. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../lib/content/load';
import { coverSvg } from '../../../lib/cover';

export async function getStaticPaths() {
  const { destinations, events, products } = await loadSite();
  return [
    ...destinations.map((e) => ({ params: { collection: 'destinations', slug: e.slug }, props: { glyph: e.data.category } })),
    ...events.map((e) => ({ params: { collection: 'events', slug: e.slug }, props: { glyph: 'event' } })),
    ...products.map((e) => ({ params: { collection: 'products', slug: e.slug }, props: { glyph: e.data.kind } })),
  ];
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(coverSvg({ glyph: (props as { glyph: string }).glyph, seed: `${params.collection}/${params.slug}` }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
