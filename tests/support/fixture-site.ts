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
 * `astro build` of `contentDir` into a temp folder, with `env` added to the
 * environment; resolves with the folder, rejects with the build output.
 */
export function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'jt-site-'));
  const child = spawn('node_modules/.bin/astro', ['build'], {
    env: {
      ...process.env,
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
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`astro build failed (${code}):\n${log}`)))),
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
