/**
 * Writes dist/_headers (Netlify and Cloudflare Pages): the security headers
 * with the Content-Security-Policy of the built pages, and the caching rules.
 * The policy is read back from the pages' <meta> tags, so the header always
 * lists the hashes of the scripts and styles actually built. Needs the CMS
 * page with its own policy only (./cms-page.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cmsMetaCsp, mergeCsp } from '../../lib/security/csp';
import { headerRules, headersFile } from '../../lib/security/headers';
import { pagePolicies } from '../built-site';
import type { PostBuildStep } from './step';

export const headersStep: PostBuildStep = {
  name: 'headers',
  needs: ['pages', 'cms-page-policy'],
  makes: ['_headers'],
  run: ({ site, logger }) => {
    const policies = pagePolicies(site);
    const adminPage = site.pages.find((p) => p.admin);
    const adminCsp = adminPage ? cmsMetaCsp(adminPage.html) : undefined;
    writeFileSync(path.join(site.dir, '_headers'), headersFile(headerRules({ base: site.base, csp: mergeCsp(policies), adminCsp })));
    logger.info(`_headers written (CSP from ${policies.length} pages).`);
  },
};
