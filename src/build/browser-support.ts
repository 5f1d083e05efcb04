/**
 * The browsers the site supports, from one place: the `browserslist` field of
 * package.json (docs/browser-support.md says why these versions). It sets the
 * syntax target of the browser bundles here, and ESLint's compat rule checks
 * the browser code's APIs against the same list (eslint.config.js).
 *
 * Astro 7 fixes the client build's target at "esnext" inside its own Vite
 * environment config, which a plain `vite.build.target` does not reach; the
 * `configEnvironment` hook is Vite's way to set one environment's options.
 */
import browserslistToEsbuild from 'browserslist-to-esbuild';
import type { AstroIntegration } from 'astro';

/** The esbuild-style targets (`chrome111`, `safari16.4`, …) of the package.json browserslist. */
export const browserTargets = (): string[] => browserslistToEsbuild();

export default function browserSupport(): AstroIntegration {
  const target = browserTargets();
  return {
    name: 'jelajah-toba:browser-support',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'jelajah-toba:browser-target',
                configEnvironment: (name: string) => (name === 'client' ? { build: { target, cssTarget: target } } : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
