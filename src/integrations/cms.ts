/**
 * Keeps the CMS at /admin light to build. Sveltia CMS can highlight code in
 * about 300 programming languages (Shiki grammars, 8.6 MB), each a lazily
 * loaded file; bundling them all adds hundreds of files and many seconds to
 * every build, for a feature tourism content never uses. Inside the CMS
 * package only, each grammar resolves to an empty list: a code block then
 * shows as plain text.
 */
import type { AstroIntegration } from 'astro';

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
    },
  };
}
