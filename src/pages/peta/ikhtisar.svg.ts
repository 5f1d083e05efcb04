/**
 * /peta/ikhtisar.svg: the map page's static overview (both languages use it),
 * drawn from the content at build time by src/lib/map/overview.ts. The map
 * page shows it until the visitor reaches for the interactive map.
 */
import { BASE } from '../../lib/base';
import type { APIRoute } from 'astro';
import { loadSite } from '../../content/load';
import { buildPlaces } from '../../lib/geojson';
import { siteOverview } from '../../lib/map/overview';
import { site } from '../../config/site';

export const GET: APIRoute = async () => {
  const places = buildPlaces(await loadSite(), { base: BASE, license: site.dataLicense });
  return new Response(siteOverview(places).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
