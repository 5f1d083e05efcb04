/**
 * The CMS's script into the output: the cached esbuild bundle (../cms-bundle.ts) is copied to `_astro/cms/`,
 * bundled first when the cache has none for this key. The admin page names its entry (src/pages/admin/).
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_DIR, cmsBundle } from '../cms-bundle';
import type { PostBuildStep } from './step';

/** The project's root: where package-lock.json, node_modules and src/client/cms.ts are. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const cmsBundleStep: PostBuildStep = {
  name: 'cms-bundle',
  needs: [],
  makes: ['_astro/cms/'],
  run: async ({ site, logger }) => {
    const bundle = await cmsBundle({ root: PROJECT_ROOT, base: site.base });
    cpSync(bundle.dir, path.join(site.dir, CMS_DIR), { recursive: true });
    logger.info(`CMS script ${bundle.entry} copied from the cache.`);
  },
};
