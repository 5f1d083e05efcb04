/** Share images (1200×630 PNG) for every page: /share/<lang>/<card>.png. */
import type { APIRoute } from 'astro';
import { shareCards, type ShareCard } from '../../../lib/seo/site-share';
import { cachedSharePng } from '../../../lib/seo/share-image';
import { site } from '../../../config/site';

export async function getStaticPaths() {
  return (await shareCards()).map((card) => ({ params: { lang: card.lang, card: card.key }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: ShareCard };
  const png = await cachedSharePng({ title: card.title, label: card.label, siteName: site.name, host: new URL(site.url).host }, card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
