/**
 * The build's content loading of `.mdx` bodies, without a whole build: Astro's
 * glob loader wrapped by `markdownBodies` (src/content.config.ts), given the
 * loader context Astro gives it (the site's astro.config.mjs, Astro's own
 * Markdown entry type) and an in-memory store. What it returns is what the
 * build's data store would hold: each entry's rendered HTML, and whether any
 * body was left to be compiled as a module.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'astro/loaders';
import type { ContentEntryType } from 'astro';
import type { LoaderContext } from 'astro/loaders';
// Astro's own Markdown entry type: the one its content layer hands every loader. Not exported by the package.
import { markdownContentEntryType } from '../../node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js';
import config from '../../astro.config.mjs';
import { markdownBodies } from '../../src/content/markdown-bodies';

export interface LoadedEntry {
  id: string;
  body?: string;
  filePath?: string;
  rendered?: { html: string; metadata?: { headings?: { depth: number; slug: string; text: string }[] } };
  deferredRender?: boolean;
}

export interface Loaded {
  entries: Map<string, LoadedEntry>;
  /** Files the store was asked to import as modules (a body compiled to code would be one). */
  moduleImports: string[];
  /** What the loader logged as errors (`astro dev` shows these). */
  logged: string[];
}

/** Loads `pattern` under `root` as the build does. Rejects as the build's content sync would. */
export async function loadBodies(
  root: string,
  pattern: string,
  { strict = true, entryTypes }: { strict?: boolean; entryTypes?: Map<string, ContentEntryType> | null } = {},
): Promise<Loaded> {
  const entries = new Map<string, LoadedEntry>();
  const moduleImports: string[] = [];
  const logged: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: LoadedEntry) => (entries.set(e.id, e), true),
    has: (id: string) => entries.has(id),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    clear: () => entries.clear(),
    addModuleImport: (file: string) => void moduleImports.push(file),
    addAssetImports: () => {},
    addAssetImport: () => {},
  };
  const ctx = {
    collection: 'test',
    store,
    meta: new Map(),
    logger: { error: (m: string) => logged.push(m), warn() {}, info() {}, debug() {} },
    config: { ...config, root: pathToFileURL(path.resolve('.') + '/'), srcDir: pathToFileURL(path.resolve('src') + '/') },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (d: unknown) => JSON.stringify(d).length.toString(36),
    entryTypes: entryTypes === null ? undefined : (entryTypes ?? new Map([['.md', markdownContentEntryType as ContentEntryType]])),
  } as unknown as LoaderContext;
  await markdownBodies(glob({ base: root, pattern }), { strict }).load(ctx);
  return { entries, moduleImports, logged };
}
