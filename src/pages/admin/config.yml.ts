/**
 * /admin/config.yml: the CMS configuration, generated at build time from the
 * content schemas (src/content/cms/config.ts), so it cannot drift from them.
 */
import { BASE } from '../../lib/base';
import type { APIRoute } from 'astro';
import YAML from 'yaml';
import { cmsConfig } from '../../content/cms/config';
import { site } from '../../config/site';

export const GET: APIRoute = () => {
  const config = cmsConfig({
    repo: site.cms.repo,
    branch: site.cms.branch,
    authUrl: site.cms.authUrl,
    siteUrl: site.url,
    base: BASE,
    // A fixture or benchmark content folder given as an absolute path still edits `content/` in the repository.
    contentDir: site.contentDir.startsWith('/') ? 'content' : site.contentDir,
  });
  const header = '# Generated from src/content/schema.ts by src/content/cms/config.ts; do not edit.\n';
  return new Response(header + YAML.stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
