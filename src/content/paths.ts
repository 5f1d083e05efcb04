/**
 * Where entries live on disk and how their ids are made.
 * `destinations/pantai-lumban-bulbul/index.id.mdx` → id `pantai-lumban-bulbul`.
 */
import { ALL_LANGS, type Lang } from '../lib/locales';

export const CONTENT_COLLECTIONS = ['destinations', 'events', 'products', 'districts', 'pages', 'itineraries'] as const;
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number];

const FILE_RE = /^(?:([^/]+)\/)?([^/]+)\/index\.([a-z]{2})\.mdx$/;

export interface EntryPath {
  collection?: string | undefined;
  /** The folder name, used as the slug. */
  slug: string;
  lang: Lang | string;
}

/** Splits `[collection/]slug/index.<lang>.mdx`; undefined when the path has another shape. */
export function parseEntryPath(path: string): EntryPath | undefined {
  const m = FILE_RE.exec(path.replace(/\\/g, '/'));
  if (!m) return undefined;
  return { collection: m[1], slug: m[2]!, lang: m[3]! };
}

/** The content-layer id of an entry file (its folder name, optionally prefixed by its collection). */
export function entryIdFromPath(path: string, opts: { withCollection?: boolean } = {}): string {
  const parsed = parseEntryPath(path);
  if (!parsed) throw new Error(`Unexpected content file path: ${path}`);
  return opts.withCollection && parsed.collection ? `${parsed.collection}/${parsed.slug}` : parsed.slug;
}

export const isLang = (x: string): x is Lang => (ALL_LANGS as readonly string[]).includes(x);
