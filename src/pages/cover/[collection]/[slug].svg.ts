/** Generated cover art for every entry, district and practical page: /cover/<collection>/<slug>.svg. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../../content/load';
import { DISTRICTS } from '../../../content/districts';
import { coverSvg } from '../../../lib/cover';

export async function getStaticPaths() {
  const { destinations, events, products, pages } = await loadSite();
  return [
    ...destinations.map((e) => ({ params: { collection: 'destinations', slug: e.slug }, props: { glyph: e.data.category } })),
    ...events.map((e) => ({ params: { collection: 'events', slug: e.slug }, props: { glyph: 'event' } })),
    ...products.map((e) => ({ params: { collection: 'products', slug: e.slug }, props: { glyph: e.data.kind } })),
    // Search results show these as thumbnails.
    ...DISTRICTS.map((d) => ({ params: { collection: 'districts', slug: d.slug }, props: { glyph: 'district' } })),
    ...[...pages.keys()].map((key) => ({ params: { collection: 'pages', slug: key }, props: { glyph: 'page' } })),
  ];
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(coverSvg({ glyph: (props as { glyph: string }).glyph, seed: `${params.collection}/${params.slug}` }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
