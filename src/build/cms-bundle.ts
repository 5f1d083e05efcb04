/**
 * The CMS's script (Sveltia CMS, src/client/cms.ts), bundled by esbuild once per version and kept in a
 * cache, instead of by Vite on every build.
 *
 * The CMS is a 2 MB application that only editors load, at /admin/. Bundled with the site's own scripts it
 * cost Vite about 3 s of every build (and of each fixture build in the tests), for files that change only
 * when the package does. esbuild bundles it in about a second, once for each cache key: the lockfile, the
 * entry's source, esbuild's version, the options below (BUNDLE_VERSION) and the site's base path; later
 * builds copy the cached folder into `_astro/cms/` (./steps/cms-bundle.ts), and `astro dev` serves it from
 * the cache (./cms.ts).
 *
 * What Vite's plugin did for the CMS is done here:
 * - code grammars: every Shiki grammar resolves to one empty list (a code block shows as plain text);
 * - CDN fonts: the package's @font-face rules on jsDelivr are removed (the page's CSP blocks them);
 * - the package's own files (fonts, wasm decoders, a worker, a marker icon), which it finds with
 *   `new URL('assets/…', import.meta.url)`: esbuild leaves that pattern alone, and a bundled module does
 *   not sit where the package's module did, so each such URL is rewritten to the copied assets' folder.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, version as esbuildVersion, type Plugin } from 'esbuild';

/** Bump when the bundle's options or rewrites change: it is part of the cache key. */
const BUNDLE_VERSION = 1;
/** Where the bundle goes under the build's output folder (hashed names: cached as immutable, like all of _astro/). */
export const CMS_DIR = '_astro/cms';

export interface CmsBundle {
  /** The cache key: names the entry file and the cache folder. */
  key: string;
  /** The folder holding the bundle (entry, chunks/, assets/). */
  dir: string;
  /** The entry's file name inside `dir` (and inside `${base}${CMS_DIR}/`). */
  entry: string;
}

export interface CmsBundleOptions {
  /** The project's root folder (holds package-lock.json and node_modules). */
  root: string;
  /** The site's base path, e.g. `/` or `/wisata/`: the assets' URLs start with it. */
  base: string;
  /** Where bundles are kept between builds. */
  cacheDir?: string;
}

const ENTRY = 'src/client/cms.ts';

/** The @font-face rules of Sveltia's UI that load from a CDN (its bundled fonts are registered separately). */
const CDN_FONT_FACE = /(?:\/\*[^*]*fontsource\.org[^*]*\*\/\s*)?@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

/** `code` without the @font-face rules that point to a CDN. */
export const withoutCdnFonts = (code: string) => code.replace(CDN_FONT_FACE, '');
const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 12);
const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** The cache key and the file names of the bundle for these options, without bundling anything. */
export function cmsBundlePlan({
  root,
  base,
  cacheDir = path.join(root, 'node_modules/.cache/jelajah-toba-cms'),
}: CmsBundleOptions): CmsBundle {
  const key = hash(
    String(BUNDLE_VERSION),
    esbuildVersion,
    base,
    readIfThere(path.join(root, 'package-lock.json')),
    readFileSync(path.join(root, ENTRY), 'utf8'),
  );
  return { key, dir: path.join(cacheDir, key), entry: `cms-${key}.js` };
}

/** `code` of a module of the package with its `new URL('(../)assets/…', import.meta.url)` pointing at `assetsUrl`. */
export function rewriteAssetUrls(code: string, assetsUrl: string): string {
  return code.replace(
    /new URL\(([`'"])(?:\.\.\/)?assets\/([^`'"]+)\1,\s*import\.meta\.url\)/g,
    (_, _q: string, file: string) => `new URL(${JSON.stringify(`${assetsUrl}${file}`)}, self.location.href)`,
  );
}

/** The esbuild plugin: no code grammars, no CDN fonts, the package's asset URLs rewritten. */
function cmsPackagePlugin(assetsUrl: string): Plugin {
  return {
    name: 'jelajah-toba:cms-package',
    setup(b) {
      b.onResolve({ filter: /^@shikijs\/langs\// }, (args) =>
        args.importer.includes('@sveltia/cms') ? { path: 'no-code-grammar', namespace: 'jelajah-toba-empty' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'jelajah-toba-empty' }, () => ({ contents: 'export default [];', loader: 'js' }));
      b.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/].*\.js$/ }, (args) => ({
        contents: rewriteAssetUrls(withoutCdnFonts(readFileSync(args.path, 'utf8')), assetsUrl),
        loader: 'js',
      }));
    },
  };
}

/**
 * The bundle for these options: from the cache when it is there, else bundled (about a second) and cached.
 * Written to a temporary folder and renamed into place, so two builds at once never see half a bundle.
 */
export async function cmsBundle(options: CmsBundleOptions): Promise<CmsBundle> {
  const plan = cmsBundlePlan(options);
  if (existsSync(path.join(plan.dir, plan.entry))) return plan;
  const tmp = `${plan.dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // The package's entry is npm/index.js; its assets sit beside it in npm/assets/.
  const npmDir = path.dirname(createRequire(path.join(options.root, 'package.json')).resolve('@sveltia/cms'));
  await build({
    entryPoints: { [plan.entry.replace(/\.js$/, '')]: path.join(options.root, ENTRY) },
    absWorkingDir: options.root,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    outdir: tmp,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [cmsPackagePlugin(`${options.base}${CMS_DIR}/assets/`)],
    logLevel: 'error',
  });
  cpSync(path.join(npmDir, 'assets'), path.join(tmp, 'assets'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  try {
    renameSync(tmp, plan.dir);
  } catch {
    // Another build put the same bundle in place first.
    rmSync(tmp, { recursive: true, force: true });
  }
  return plan;
}
