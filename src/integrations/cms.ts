/**
 * The CMS at /admin at build time: light to build, and with its own CSP.
 *
 * Light to build: Sveltia CMS can highlight code in
 * about 300 programming languages (Shiki grammars, 8.6 MB), each a lazily
 * loaded file; bundling them all adds hundreds of files and many seconds to
 * every build, for a feature tourism content never uses. Inside the CMS
 * package only, each grammar resolves to an empty list: a code block then
 * shows as plain text.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutSiteCsp } from '../lib/seo/csp';

const EMPTY = '\0jelajah-toba:no-code-grammar';

export default function cmsBuild(): AstroIntegration {
  return {
    name: 'jelajah-toba:cms',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'jelajah-toba:cms-no-code-grammars',
                enforce: 'pre',
                resolveId(id, importer) {
                  if (/^@shikijs\/langs\//.test(id) && importer?.includes('@sveltia/cms')) return EMPTY;
                  return undefined;
                },
                load(id) {
                  return id === EMPTY ? 'export default [];' : undefined;
                },
              },
            ],
          },
        });
      },
      // Astro's security.csp gives every page the site's policy, the CMS page too; two policies both apply,
      // and the site's would block what the CMS needs (data: fetches, GitHub's API). Keep only the CMS's own.
      'astro:build:done': ({ dir }) => {
        const page = path.join(fileURLToPath(dir), 'admin', 'index.html');
        if (existsSync(page)) writeFileSync(page, withoutSiteCsp(readFileSync(page, 'utf8')));
      },
    },
  };
}
