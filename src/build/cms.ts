/**
 * The CMS at /admin: its script, and its own CSP.
 *
 * Its script is not bundled by Vite: ./cms-bundle.ts bundles Sveltia CMS with esbuild once per version
 * (without code grammars and CDN fonts) and keeps it in a cache. This integration tells the admin page
 * the entry's URL (the virtual module `virtual:jelajah-toba/cms-entry`), and `astro dev` serves the
 * bundle from the cache; `astro build` copies it into the output (./steps/cms-bundle.ts).
 *
 * Its own policy: after the build, the post-build step ./steps/cms-page.ts leaves the CMS page with the
 * CMS's policy only.
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CMS_DIR, cmsBundle, cmsBundlePlan } from './cms-bundle';

const VIRTUAL = 'virtual:jelajah-toba/cms-entry';
const RESOLVED = `\0${VIRTUAL}`;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

export default function cmsBuild(): AstroIntegration {
  let options = { root: '', base: '/' };
  return {
    name: 'jelajah-toba:cms',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        options = { root: fileURLToPath(config.root), base: config.base.endsWith('/') ? config.base : `${config.base}/` };
        const { entry } = cmsBundlePlan(options);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'jelajah-toba:cms-entry',
                resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
                load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(`${options.base}${CMS_DIR}/${entry}`)};` : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${options.base}${CMS_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0];
          if (!url?.startsWith(prefix)) return next();
          cmsBundle(options).then(({ dir }) => {
            const file = path.join(dir, path.normalize(decodeURIComponent(url.slice(prefix.length))));
            if (!file.startsWith(dir + path.sep) || !existsSync(file)) return next();
            res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
            createReadStream(file).pipe(res);
          }, next);
        });
      },
    },
  };
}
