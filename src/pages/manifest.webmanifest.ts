/** The web app manifest in Indonesian: installs the site starting at /. */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/pwa/manifest';
import { site } from '../config/site';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL, 'id', site.name)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
