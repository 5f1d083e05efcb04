/**
 * Writes dist/_headers (Netlify and Cloudflare Pages) after every build: the
 * security headers with the Content-Security-Policy of the built pages, and
 * the caching rules. The policy is read back from the pages' <meta> tags, so
 * the header always lists the hashes of the scripts and styles actually built.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cmsMetaCsp, mergeCsp, metaCsp } from '../lib/seo/csp';
import { headerRules, headersFile } from '../lib/seo/headers';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

export default function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'jelajah-toba:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The CMS at /admin/ has its own policy (src/pages/admin/index.astro); the site's is merged from every other page.
        const admin = path.join(out, 'admin') + path.sep;
        const files = htmlFiles(out);
        const policies = files.filter((f) => !f.startsWith(admin)).map((f) => metaCsp(readFileSync(f, 'utf8')));
        const missing = policies.filter((p) => !p).length;
        if (missing) throw new Error(`${missing} built page(s) have no Content-Security-Policy <meta> tag; is security.csp enabled?`);
        const csp = mergeCsp(policies as string[]);
        const adminPage = files.find((f) => f.startsWith(admin));
        const adminCsp = adminPage ? cmsMetaCsp(readFileSync(adminPage, 'utf8')) : undefined;
        writeFileSync(path.join(out, '_headers'), headersFile(headerRules({ base, csp, adminCsp })));
        logger.info(`_headers written (CSP from ${policies.length} pages).`);
      },
    },
  };
}
