/** The subscribable calendar of every event, Indonesian titles: /data/events.ics. */
import type { APIRoute } from 'astro';
import { eventsFeed } from '../../lib/events/site';

export const GET: APIRoute = () => eventsFeed('id', import.meta.env.BASE_URL);
