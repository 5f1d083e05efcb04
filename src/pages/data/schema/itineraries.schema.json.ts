/** The JSON Schema of /data/itineraries.geojson, generated from src/lib/opendata/itineraries.ts. */
import type { APIRoute } from 'astro';
import { itinerariesSchema } from '../../../content/views/open-data';

export const GET: APIRoute = () => Response.json(itinerariesSchema());
