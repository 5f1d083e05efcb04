/** robots.txt: everything may be crawled; the sitemap is at its absolute URL (base path included). */
import { BASE } from '../lib/base';
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/sitemap';
import { site } from '../config/site';

export const GET: APIRoute = () => new Response(robotsTxt(site.url, BASE), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
