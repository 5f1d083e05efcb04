/**
 * The CMS page keeps only its own policy. Astro's security.csp gives every page
 * the site's policy, the CMS page too; two policies both apply, and the site's
 * would block what the CMS needs (data: fetches, GitHub's API).
 */
import { withoutSiteCsp } from '../../lib/security/csp';
import { rewritePage } from '../built-site';
import type { PostBuildStep } from './step';

export const cmsPageStep: PostBuildStep = {
  name: 'cms-page',
  needs: ['pages'],
  makes: ['cms-page-policy'],
  run: ({ site }) => {
    for (const page of site.pages.filter((p) => p.admin)) rewritePage(page, withoutSiteCsp(page.html));
  },
};
