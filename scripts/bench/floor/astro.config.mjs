// @ts-check
// The floor baseline: a bare Astro build of the same MDX files, nothing else.
// scripts/bench/run.ts copies this folder to a temp project and builds it with
// FLOOR_CONTENT_DIR, FLOOR_OUT_DIR and FLOOR_CACHE_DIR set.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  outDir: process.env.FLOOR_OUT_DIR ?? './dist',
  // Its own cache: the project's node_modules is a symlink to the site's, whose cache must stay untouched.
  cacheDir: process.env.FLOOR_CACHE_DIR ?? './.astro-cache',
});
