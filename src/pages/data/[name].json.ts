/** The open data files /data/destinations.json, /data/events.json, /data/products.json. */
import type { APIRoute } from 'astro';
import { dataset } from '../../content/views/open-data';
import { DATASET_NAMES, type DatasetName } from '../../lib/opendata/schema';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = async ({ params }) => Response.json(await dataset(params.name as DatasetName));
