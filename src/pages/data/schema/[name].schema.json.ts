/** The JSON Schema of each open data file, generated from src/lib/opendata/schema.ts. */
import type { APIRoute } from 'astro';
import { schema } from '../../../content/views/open-data';
import { DATASET_NAMES, type DatasetName } from '../../../lib/opendata/schema';

export const getStaticPaths = () => DATASET_NAMES.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => Response.json(schema(params.name as DatasetName));
