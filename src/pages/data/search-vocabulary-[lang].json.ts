/**
 * /data/search-vocabulary-<lang>.json: every indexed page's name and aliases
 * in one language, for the search page's "did you mean" (src/lib/search/suggest.ts).
 * Fetched only when a query finds nothing or very little.
 */
import type { APIRoute } from 'astro';
import { loadSite, titleOf } from '../../content/load';
import { DISTRICTS } from '../../content/districts';
import type { Lang } from '../../content/vocab';
import { site } from '../../config/site';
import { buildVocabulary } from '../../lib/search/suggest';

export const getStaticPaths = () => site.locales.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const content = await loadSite();
  const names = [
    ...content.destinations.flatMap((e) => [titleOf(e, lang), ...e.data.aliases]),
    ...[...content.events, ...content.products].map((e) => titleOf(e, lang)),
    ...[...content.pages.values()].map((p) => titleOf(p, lang)),
    ...DISTRICTS.map((d) => d.name),
  ];
  return new Response(JSON.stringify(buildVocabulary(names)), { headers: { 'Content-Type': 'application/json' } });
};
