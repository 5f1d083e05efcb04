/**
 * Content collections. The schemas live in src/content/ (one module per
 * content type, gathered in schema.ts), so that the build, `npm run
 * check:content` (src/content/parse-entry.ts) and the unit tests share them.
 *
 * Each entry is a folder named by its slug, holding `index.id.mdx` (facts and
 * Indonesian prose) and `index.en.mdx` (English prose).
 */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { site } from './config/site';
import {
  destinationSchema,
  districtIntroSchema,
  eventSchema,
  itinerarySchema,
  pageSchema,
  productSchema,
  translationSchema,
} from './content/schema';
import { entryIdFromPath } from './content/paths';
import { markdownBodies } from './content/markdown-bodies';

const root = site.contentDir.replace(/\/$/, '');

/**
 * Drafts leave a production build's data store right after loading: none of their photos is imported,
 * so none is copied into dist/ (load.ts hides them from the pages too, which alone would still publish
 * the photos). `astro dev` keeps them, to preview.
 */
const withoutDrafts = (loader: Loader): Loader => ({
  ...loader,
  load: async (ctx) => {
    await loader.load(ctx);
    if (!import.meta.env.PROD) return;
    for (const [id, entry] of ctx.store.entries()) if ((entry.data as { draft?: unknown }).draft === true) ctx.store.delete(id);
  },
});

/**
 * `.mdx` files whose bodies are read as Markdown and rendered once, at load time: no body becomes a module
 * (src/content/markdown-bodies.ts). A body the build's Markdown pipeline refuses fails a production build.
 */
const mdx = (options: Parameters<typeof glob>[0]) => markdownBodies(glob(options), { strict: import.meta.env.PROD });

/** A collection of `<slug>/index.id.mdx` files under content/<dir>. */
const base = (dir: string) =>
  withoutDrafts(mdx({ base: `${root}/${dir}`, pattern: '*/index.id.mdx', generateId: ({ entry }) => entryIdFromPath(entry) }));

const refs = (c: 'destinations') => reference(c);

export const collections = {
  destinations: defineCollection({ loader: base('destinations'), schema: ({ image }) => destinationSchema({ image, reference: refs }) }),
  events: defineCollection({ loader: base('events'), schema: ({ image }) => eventSchema({ image, reference: refs }) }),
  products: defineCollection({ loader: base('products'), schema: ({ image }) => productSchema({ image, reference: refs }) }),
  /** Optional intro texts for the generated district pages. */
  districts: defineCollection({ loader: base('districts'), schema: districtIntroSchema }),
  /** Practical pages: about, getting here, about Toba. */
  pages: defineCollection({ loader: base('pages'), schema: pageSchema }),
  /** Curated trip ideas: days of stops at destinations (src/content/itinerary-schema.ts). */
  itineraries: defineCollection({ loader: base('itineraries'), schema: ({ image }) => itinerarySchema({ image, reference: refs }) }),
  /**
   * English prose of every entry, keyed `<collection>/<slug>`, e.g.
   * `destinations/pantai-lumban-bulbul`. Facts are never repeated here.
   */
  translations: defineCollection({
    loader: mdx({
      base: root,
      pattern: '{destinations,events,products,districts,pages,itineraries}/*/index.en.mdx',
      generateId: ({ entry }) => entryIdFromPath(entry, { withCollection: true }),
    }),
    schema: translationSchema,
  }),
};
