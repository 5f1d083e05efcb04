/** The brand kit's files (src/lib/brand/kit.ts): /merek-kit/jelajah-toba-logo.svg, …-512.png, tokens.css, tokens.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { kitFiles, type KitFile } from '../../lib/brand/kit';
import { kitFileBody } from '../../build/brand-kit';
import { routeUrl } from '../../lib/paths';
import { DEFAULT_LANG } from '../../lib/locales';
import { site } from '../../config/site';

export const getStaticPaths = (() => kitFiles().map((f) => ({ params: { file: f.name }, props: { f } }))) satisfies GetStaticPaths;

const TYPES = { svg: 'image/svg+xml', png: 'image/png', css: 'text/css; charset=utf-8', json: 'application/json' } as const;

export const GET: APIRoute = async ({ props }) => {
  const { f } = props as { f: KitFile };
  const page = new URL(routeUrl(DEFAULT_LANG, 'brand'), site.url).href;
  return new Response(await kitFileBody(f, site.name, page), { headers: { 'Content-Type': TYPES[f.kind] } });
};
