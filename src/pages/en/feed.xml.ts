/** RSS feed in English: /en/feed.xml. */
import type { APIRoute } from 'astro';
import { feedResponse } from '../../lib/seo/feed-response';

export const GET: APIRoute = () => feedResponse('en');
