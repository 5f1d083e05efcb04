// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentGuard from './src/integrations/content-guard';
import pagefindIndex from './src/integrations/pagefind';
import cmsBuild from './src/integrations/cms';
import { site } from './src/config/site';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  // Deploying under a sub-path (e.g. https://example.go.id/wisata/): set BASE_PATH=/wisata/.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Fixture builds in the tests and the benchmarks write elsewhere, so they never touch dist/.
  // JELAJAH_CACHE_DIR must lie inside the project: Vite loads the content store by a root-relative URL.
  outDir: process.env.JELAJAH_OUT_DIR ?? './dist',
  cacheDir: process.env.JELAJAH_CACHE_DIR ?? './node_modules/.astro',
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [contentGuard({ contentDir: site.contentDir }), mdx(), pagefindIndex(), cmsBuild()],
  image: {
    // Photos come out as responsive AVIF/WebP via <Picture>; this caps the widths generated.
    breakpoints: [320, 480, 640, 960, 1280],
  },
  server: { port: 4321, host: true },
  vite: {
    build: {
      // Our only dynamic import is the Pagefind bundle, loaded at run time from
      // a URL. Vite's preload wrapper is of no use there, and in inlined
      // scripts its placeholder is left unreplaced (__VITE_PRELOAD__ errors).
      modulePreload: false,
      // Keep scripts as cacheable files (and never inline one that imports at run time).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
