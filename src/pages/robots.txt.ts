/** robots.txt: everything may be crawled; the sitemap is at its absolute URL (base path included). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/sitemap';
import { site } from '../config/site';

export const GET: APIRoute = () =>
  new Response(robotsTxt(site.url, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
