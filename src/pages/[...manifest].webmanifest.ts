/** The web app manifest of each language: /manifest.webmanifest installs the site starting at /, /en/manifest.webmanifest at /en/. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { webManifest } from '../lib/pwa/manifest';
import { localePaths } from '../content/locale-paths';
import { BASE } from '../lib/paths';
import { site } from '../config/site';

export const getStaticPaths = () => localePaths('manifest', () => [{ route: 'home', rest: ['manifest'], props: {} }]);

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(webManifest(BASE, (props as InferGetStaticPropsType<typeof getStaticPaths>).lang, site.name)), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
