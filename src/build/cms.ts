/**
 * The CMS at /admin at build time: light to build, and with its own CSP.
 *
 * Light to build: Sveltia CMS can highlight code in
 * about 300 programming languages (Shiki grammars, 8.6 MB), each a lazily
 * loaded file; bundling them all adds hundreds of files and many seconds to
 * every build, for a feature tourism content never uses. Inside the CMS
 * package only, each grammar resolves to an empty list: a code block then
 * shows as plain text.
 *
 * Fonts from its own files only: the CMS's UI declares its fonts twice, as
 * files bundled with it (used) and as @font-face rules on a CDN (jsDelivr),
 * which the CMS page's CSP blocks, so every visit logged three blocked
 * requests. The CDN rules are removed from the CMS package as it is bundled.
 *
 * Its own policy: after the build, the post-build step ./steps/cms-page.ts
 * leaves the CMS page with the CMS's policy only.
 */
import type { AstroIntegration } from 'astro';

const EMPTY = '\0jelajah-toba:no-code-grammar';

/** The @font-face rules of Sveltia's UI that load from a CDN (its bundled fonts are registered separately). */
const CDN_FONT_FACE = /(?:\/\*[^*]*fontsource\.org[^*]*\*\/\s*)?@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

/** `code` without the @font-face rules that point to a CDN. */
export const withoutCdnFonts = (code: string) => code.replace(CDN_FONT_FACE, '');

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
                transform(code, id) {
                  if (!id.includes('/@sveltia/cms/') || !code.includes('cdn.jsdelivr.net')) return undefined;
                  return { code: withoutCdnFonts(code), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
