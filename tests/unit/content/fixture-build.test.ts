/**
 * A real `astro build` of a fixture with a content mistake: it stops with the
 * file and field named, and the fix, in both languages. (The photo pipeline
 * is checked on the build in fixture-site-build.test.ts.) Writes to a temp
 * folder, never dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, fixtureCopy } from '../helpers';

function build(contentDir: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'jt-dist-'));
  const res = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      JELAJAH_CONTENT_DIR: contentDir,
      JELAJAH_OUT_DIR: out, // Inside the project: Vite resolves the data store by a root-relative URL.
      JELAJAH_CACHE_DIR: path.join('node_modules', '.astro-fixtures', path.basename(out)),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { out, status: res.status, output: `${res.stdout}\n${res.stderr}` };
}

// A build bundles the whole site, the CMS at /admin included: allow for a busy CI machine.
describe('a fixture build with bad content', () => {
  it('stops on bad content, naming the file, the field and the fix', { timeout: 300_000 }, () => {
    const root = fixtureCopy();
    edit(root, 'destinations/pantai-contoh/index.id.mdx', 'district: balige', 'district: ballige');
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('destinations/pantai-contoh/index.id.mdx');
    expect(output).toContain('"district"');
    expect(output).toContain('Mungkin maksud Anda "balige"');
    expect(output).toContain('Did you mean "balige"');
  });
});
