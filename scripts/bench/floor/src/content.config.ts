// Every MDX file of the corpus, no schema: the floor does the least a content site can.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.FLOOR_CONTENT_DIR ?? './content' }) }),
};
