/** The subscribable calendar of every event, English titles: /data/events.en.ics. */
import type { APIRoute } from 'astro';
import { eventsFeed } from '../../lib/events/site';

export const GET: APIRoute = () => eventsFeed('en', import.meta.env.BASE_URL);
