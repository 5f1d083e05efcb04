/** One event as a calendar file, English titles: /en/events/<slug>.ics. */
import type { APIRoute } from 'astro';
import { eventIcs } from '../../../lib/events/site';
import { entryPaths } from '../../../lib/content/static-paths';
import type { EventEntry } from '../../../lib/content/load';

export const getStaticPaths = () => entryPaths('events');

export const GET: APIRoute = ({ props }) => eventIcs((props as { entry: EventEntry }).entry, 'en', import.meta.env.BASE_URL);
