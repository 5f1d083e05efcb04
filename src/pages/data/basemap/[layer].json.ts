/**
 * /data/basemap/base.json and /data/basemap/villages.json: the basemap that needs no tile server (the
 * outlines, the towns, the kecamatan and the neighbouring regencies; the desa names, which the maps load
 * only when zoomed in), shaped at build time by src/lib/map/basemap-data.ts from the official boundaries.
 */
import type { APIRoute } from 'astro';
import { basemap, villageLabels } from '../../../lib/map/basemap-data';

const LAYERS = { base: basemap, villages: villageLabels } as const;

export const getStaticPaths = () => Object.keys(LAYERS).map((layer) => ({ params: { layer } }));

export const GET: APIRoute = ({ params }) => Response.json(LAYERS[params.layer as keyof typeof LAYERS]());
