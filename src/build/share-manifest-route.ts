/**
 * The share-card manifest: one prerendered JSON file listing every card the
 * site has (title, label, cover art or photo file), written to
 * dist/share/cards.json. The post-build step ./steps/share-images.ts draws
 * from it the cards the pages point at, then deletes it: it never ships.
 * Injected by ./post-build.ts, so no page route has to know about it.
 */
import type { APIRoute } from 'astro';
import { shareCards } from '../content/views/share-cards';

export const prerender = true;

export const GET: APIRoute = async () => Response.json(await shareCards());
