// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import contentGuard from './src/build/content-guard';
import devPreview from './src/build/dev-preview';
import cmsBuild from './src/build/cms';
import postBuild from './src/build/post-build';
import browserSupport from './src/build/browser-support';
import { site } from './src/config/site';
import { DEFAULT_LANG, LOCALES } from './src/lib/locales';
import { cspDirectives, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/lib/security/csp';
import { inSitemap, sitemapLinks } from './src/lib/seo/sitemap';
import { externalLinksPlugin } from './src/lib/markdown/external-links';
import { bodyGuard } from './src/content/body';

const base = process.env.BASE_PATH ?? '/';
// `astro dev` keeps its caches apart from `astro build`: a build or `npm test` in a second terminal would
// otherwise rewrite the content store and Vite's optimised dependencies under the running preview
// ("504 Outdated Optimize Dep", UnknownContentCollectionError).
const dev = process.argv.includes('dev');

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: site.url,
  // Deploying under a sub-path (e.g. https://example.go.id/wisata/): set BASE_PATH=/wisata/.
  base,
  trailingSlash: 'always',
  // Fixture builds in the tests and the benchmarks write elsewhere, so they never touch dist/.
  // JELAJAH_CACHE_DIR must lie inside the project: Vite loads the content store by a root-relative URL.
  outDir: process.env.JELAJAH_OUT_DIR ?? './dist',
  cacheDir: process.env.JELAJAH_CACHE_DIR ?? (dev ? './node_modules/.astro-dev' : './node_modules/.astro'),
  // The languages this build publishes (src/config/site.ts); their paths come from the locale table
  // (src/lib/locales.ts), whose route segments are translated, so src/lib/routes.ts builds every URL, not astro:i18n.
  i18n: {
    locales: [...site.locales],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: false },
  },
  // Two route files must never write the same page (every route is a rest-param route, src/pages/[...x].astro).
  prerenderConflictBehavior: 'error',
  integrations: [
    // The browser bundles' syntax target, from package.json's browserslist (docs/browser-support.md).
    browserSupport(),
    contentGuard({ contentDir: site.contentDir }),
    // npm run dev only: content errors shown in the browser, a missing photo breaks one page, caches apart from builds.
    devPreview(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(site.locales.map((l) => [l, LOCALES[l].hreflang])) },
      filter: inSitemap,
      // Our English paths translate the route segment; the integration's own pairing cannot see that.
      serialize: (item) => ({ ...item, links: sitemapLinks(item.url, base) }),
    }),
    // Bundles the CMS at /admin lightly.
    cmsBuild(),
    // After the pages are written: the search index, _headers, the service worker, the share images and the
    // CMS page's own policy, as steps ordered by what each needs (src/build/post-build.ts), not by place here.
    postBuild(),
  ],
  markdown: {
    // Bodies are Markdown, never code: the content collections render every `.mdx` body with this pipeline
    // when the content loads, and never compile one into a module (src/content/markdown-bodies.ts). The guard
    // refuses raw HTML, HTML comments and javascript:/data: links, with the file and line (src/content/body.ts).
    // Outbound links in bodies get rel="noopener" and a spoken "external site" hint.
    processor: satteri({ mdastPlugins: [bodyGuard], hastPlugins: [externalLinksPlugin(site.url)] }),
    // Shiki colours code with inline style attributes, which the CSP blocks; the content has no code blocks.
    syntaxHighlight: false,
  },
  security: {
    // Content Security Policy on every page (src/lib/security/csp.ts says what a new script needs).
    // Astro adds the hashes of its bundled scripts and styles; no 'unsafe-inline' for scripts.
    csp: {
      directives: cspDirectives(site.tiles.url),
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  image: {
    // Photos come out as responsive AVIF/WebP via <Picture>; this caps the widths generated.
    breakpoints: [320, 480, 640, 960, 1280],
  },
  server: { port: 4321, host: true },
  build: {
    // Pages render eight at a time: while one waits on the disk or on a share image drawn off the main
    // thread (resvg in libuv's pool), others render. Measured on 2 cores (docs/benchmarks.md): a 1,000-entry
    // build's page generation 23 s -> 13 s with cached share images; the real site drawing every share image
    // 37 s -> 26 s. Every module-level cache in src/lib holds promises or pure results, so order does not matter.
    concurrency: 8,
  },
  vite: {
    cacheDir: dev ? 'node_modules/.vite-dev' : 'node_modules/.vite',
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
