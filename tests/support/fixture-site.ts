/**
 * Builds a content folder into a throw-away site (never dist/), and reads
 * what Pagefind indexed. Shared by the end-to-end tests of the editor
 * workflow.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The environment without what Vitest adds to it (NODE_ENV=test, MODE, DEV, PROD…): Astro reads
 * these, and a build under them is not a production build (import.meta.env.PROD is false, so drafts
 * would be published). Fixture builds and servers run as they would be deployed.
 */
export function outsideVitest(): NodeJS.ProcessEnv {
  const added = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !added.has(k) && !k.startsWith('VITEST')));
}

/**
 * `astro build` of `contentDir` into a temp folder, with `env` added to the
 * environment; resolves with the folder, rejects with the build output
 * (`error.log`) and the folder (`error.out`).
 */
export function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'jt-site-'));
  const child = spawn('node_modules/.bin/astro', ['build'], {
    env: {
      ...outsideVitest(),
      NODE_ENV: 'production',
      JELAJAH_CONTENT_DIR: contentDir,
      JELAJAH_OUT_DIR: out,
      // Inside the project: Vite resolves the content store by a root-relative URL.
      JELAJAH_CACHE_DIR: path.join('node_modules', '.astro-fixtures', path.basename(out)),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  // A failed build's error carries the folder too, so a test can check what it left there.
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(Object.assign(new Error(`astro build failed (${code}):\n${log}`), { out, log })),
    ),
  );
}

/** URLs of every page in a site's Pagefind index (fragments are gzip with a `pagefind_dcd` prefix). */
export function indexedUrls(siteDir: string): string[] {
  const dir = path.join(siteDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(path.join(dir, f)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    return (JSON.parse(text) as { url: string }).url;
  });
}

/** Every file under `dir`, as paths relative to it. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** Files under `dir` whose bytes contain `text` (UTF-8), e.g. an environment value that must never be published. */
export function filesContaining(dir: string, text: string): string[] {
  const needle = Buffer.from(text);
  return filesIn(dir).filter((f) => readFileSync(path.join(dir, f)).includes(needle));
}

const RASTER = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Raster images under `dir` that carry EXIF, XMP or IPTC metadata (a GPS position, a camera, a name). */
export async function imagesWithMetadata(dir: string): Promise<string[]> {
  const { default: sharp } = await import('sharp');
  const found: string[] = [];
  for (const f of filesIn(dir).filter((n) => RASTER.test(n))) {
    const m = await sharp(path.join(dir, f)).metadata();
    if (m.exif || m.xmp || m.iptc) found.push(f);
  }
  return found;
}
