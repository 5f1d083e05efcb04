/**
 * Everything done to the site after Astro has written it, in one
 * `astro:build:done` hook: the built pages are read once (./built-site.ts) and
 * handed to named steps, each declaring what it needs and what it makes; the
 * order comes from those declarations (./build-steps.ts), not from a list.
 * Pagefind, in its own process, reads the pages from dist/ itself: faster than
 * sending it the pages read here (./steps/search-index.ts).
 *
 * | step           | needs                        | makes             |
 * | -------------- | ---------------------------- | ----------------- |
 * | cms-page       | pages                        | cms-page-policy   |
 * | cms-bundle     | (nothing)                    | _astro/cms/       |
 * | headers        | pages, cms-page-policy       | _headers          |
 * | search-index   | pages, cms-page-policy       | pagefind/         |
 * | service-worker | pages                        | sw.js             |
 * | share-images   | pages, share-manifest        | share/            |
 * | posters        | print-manifest               | poster/           |
 * | product-labels | print-manifest               | merek-kit/label/  |
 * | social-templates | print-manifest             | social/           |
 * | print-manifest-cleanup | poster/, merek-kit/label/, social/ | (the manifest gone) |
 *
 * "pages" and "share-manifest" are what Astro writes: the HTML pages, and the
 * card manifest of ./share-manifest-route.ts, injected here. The sitemap is
 * @astrojs/sitemap's own integration: it reads Astro's page list, not dist/, and
 * nothing here reads it, so its order does not matter.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runSteps } from './build-steps';
import { readBuiltSite } from './built-site';
import { cmsBundleStep } from './steps/cms-bundle';
import { cmsPageStep } from './steps/cms-page';
import { headersStep } from './steps/headers';
import { searchIndexStep } from './steps/search-index';
import { serviceWorkerStep } from './steps/service-worker';
import { SHARE_MANIFEST, shareImagesStep } from './steps/share-images';
import { PRINT_MANIFEST, postersStep, printManifestCleanupStep, productLabelsStep, socialTemplatesStep } from './steps/print-kit';
import type { PostBuildStep } from './steps/step';
import { KIT_SEGMENT } from '../lib/brand/kit';

/** What Astro's build provides to the steps. */
export const BUILD_OUTPUTS = ['pages', 'share-manifest', 'print-manifest'] as const;

export const POST_BUILD_STEPS: readonly PostBuildStep[] = [
  cmsPageStep,
  cmsBundleStep,
  headersStep,
  searchIndexStep,
  serviceWorkerStep,
  shareImagesStep,
  postersStep,
  productLabelsStep,
  socialTemplatesStep,
  printManifestCleanupStep,
];

export default function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'jelajah-toba:post-build',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // The product labels are drawn after a build (./steps/print-kit.ts); `astro dev` draws them on request.
        if (command === 'dev')
          injectRoute({ pattern: `/${KIT_SEGMENT}/label/[name].svg`, entrypoint: new URL('./dev-label-route.ts', import.meta.url) });
        injectRoute({
          pattern: `/${SHARE_MANIFEST}`,
          entrypoint: new URL('./share-manifest-route.ts', import.meta.url),
          prerender: true,
        });
        injectRoute({
          pattern: `/${PRINT_MANIFEST}`,
          entrypoint: new URL('./print-manifest-route.ts', import.meta.url),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = readBuiltSite(fileURLToPath(dir), base);
        logger.info(`Read ${site.pages.length} built pages in ${Math.round(performance.now() - started)} ms.`);
        await runSteps(POST_BUILD_STEPS, BUILD_OUTPUTS, { site, logger }, (step, ms) =>
          logger.info(`${step.name}: done in ${Math.round(ms)} ms.`),
        );
      },
    },
  };
}
