/**
 * `npm run dev` never hides a content mistake (issue #17):
 *
 * - Every page shows the checker's report (the same plain message as
 *   `npm run check:content`) at its top while the content has errors, and the
 *   page of the entry at fault is replaced by the report. Astro's own dev server
 *   keeps the last valid version of an entry whose file became invalid, which
 *   would otherwise look as if the change had worked.
 * - A photo that does not exist breaks only its own entry's page: Astro imports
 *   every content photo in one module, so one wrong name made every page fail
 *   with ImageNotFound. In dev a missing photo resolves to a placeholder instead,
 *   and the report names the file.
 * - `astro dev` keeps its caches apart from `astro build` (astro.config.mjs), so
 *   a build (or the tests) in a second terminal does not pull the content store
 *   or Vite's optimised dependencies from under the running preview.
 *
 * Nothing here runs in `astro build`: there the content guard stops the build.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const PLACEHOLDER = fileURLToPath(new URL('../assets/dev/missing-photo.png', import.meta.url));

/**
 * Astro imports every content photo in one generated module (.astro/content-assets.mjs); a photo that does
 * not exist is pointed at the placeholder there, before Vite resolves the imports.
 */
export function missingPhotoPlugin(root: URL): Plugin {
  return {
    name: 'jelajah-toba:missing-photos',
    transform(code, id) {
      if (!id.endsWith('content-assets.mjs')) return null;
      // Only the import statements: the map's keys stay as written, the entries look photos up by them.
      return code.replace(
        /from (["'])([^"'?]+)\?astroContentImageFlag=&importer=([^"']+)\1/g,
        (whole, quote: string, src: string, importer: string) => {
          const entry = fileURLToPath(new URL(decodeURIComponent(importer), root));
          if (existsSync(path.resolve(path.dirname(entry), src))) return whole;
          return `from ${quote}${PLACEHOLDER}?astroContentImageFlag=&importer=${importer}${quote}`;
        },
      );
    },
  };
}

export default function devPreview(): AstroIntegration {
  return {
    name: 'jelajah-toba:dev-preview',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, addMiddleware }) => {
        if (command !== 'dev') return;
        // The separate caches are set in astro.config.mjs (DEV_CACHE): they must be known before Astro resolves its settings.
        updateConfig({ vite: { plugins: [missingPhotoPlugin(config.root)] } });
        // JELAJAH_DEV_ERROR_PAGES=off lets a page with a content error render anyway: the tests of the build's own
        // Markdown guard (tests/unit/content/payload-build.test.ts) need the page to reach it.
        if (process.env.JELAJAH_DEV_ERROR_PAGES !== 'off')
          addMiddleware({ entrypoint: new URL('./dev-content-errors.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
