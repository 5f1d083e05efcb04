/**
 * /data/search-synonyms.json: the search synonyms (content/sinonim-pencarian.yml), for the search in the
 * browser: a query naming a group with categories shows those first, and a group's note is shown with
 * the results (src/lib/search/synonyms.ts). Fetched with the search index, on the first query.
 */
import type { APIRoute } from 'astro';
import { siteSynonyms } from '../../content/synonyms';
import { site } from '../../config/site';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteSynonyms(site.contentDir)), { headers: { 'Content-Type': 'application/json' } });
