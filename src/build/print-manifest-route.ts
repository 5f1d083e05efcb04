/**
 * The print kit's manifest (posters, labels, social templates): one prerendered JSON file,
 * dist/print/manifest.json, read and deleted by ./steps/print-kit.ts, so it never ships. Injected by
 * ./post-build.ts like the share-card manifest.
 */
import type { APIRoute } from 'astro';
import { printManifest } from '../content/views/print-kit';

export const prerender = true;

export const GET: APIRoute = async () => Response.json(await printManifest());
