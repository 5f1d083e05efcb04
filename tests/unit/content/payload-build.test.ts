/**
 * One real `astro build` of a fixture carrying several of the payloads of
 * payloads.test.ts at once (issue #16): code that would write a file, code
 * that would publish the environment, a redirect, a javascript: link, in both
 * languages and three collections. The build must stop, name every file and
 * line, write no payload's file, and leave no environment value in its output
 * folder. (Each payload class is run through the build's own enforcement
 * steps in payloads.test.ts; a build per case would take minutes.)
 *
 * The build's content guard stops it before Astro compiles a body, so a
 * second test takes the guard out of the way the one way the project allows:
 * `astro dev`, where the guard only prints its report and the server keeps
 * running. There the build's own Markdown pipeline is all that stands between
 * a body and the machine, and the page must fail to render, with nothing run.
 * Writes to temp folders, never dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers';
import { buildSite, filesContaining, filesIn, outsideVitest } from '../../support/fixture-site';

const MARK = path.join(tmpdir(), `jt-build-payload-${process.pid}`);
const SECRET = `jt-secret-${process.pid}-${Date.now()}`;

function append(root: string, file: string, body: string): number {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  writeFileSync(full, `${before}\n${body}\n`);
  return before.split('\n').length + 1;
}

describe('a fixture build with code in its bodies', () => {
  it('stops, names every file and line, runs nothing and publishes no environment value', { timeout: 300_000 }, async () => {
    const root = fixtureCopy();
    const write = `process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(MARK)}, "x")`;
    const payloads: [string, string][] = [
      ['destinations/pantai-contoh/index.id.mdx', `{(() => { ${write}; return process.env.JT_TEST_SECRET })()}`],
      ['destinations/pantai-contoh/index.en.mdx', '{JSON.stringify(process.env)}'],
      [
        'events/acara-contoh/index.id.mdx',
        `export const x = await import("node:fs").then((fs) => fs.writeFileSync(${JSON.stringify(MARK)}, "x"))`,
      ],
      ['products/produk-contoh/index.id.mdx', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />'],
      ['pages/about/index.id.mdx', '[klik](javascript:alert(document.cookie))'],
    ];
    const lines = payloads.map(([file, body]) => [file, append(root, file, body)] as const);
    const error = await buildSite(root, { JT_TEST_SECRET: SECRET }).then(
      () => undefined,
      (e: Error & { out: string; log: string }) => e,
    );
    expect(error, 'the build succeeded').toBeDefined();
    for (const [file, line] of lines) expect(error!.log).toContain(`${file}:${line}`);
    expect(error!.log).toMatch(/Cara memperbaiki/);
    expect(error!.log).not.toMatch(/\n\s+at .*\.(js|ts|mjs):\d+/);
    expect(existsSync(MARK)).toBe(false);
    expect(filesContaining(error!.out, SECRET)).toEqual([]);
    // It stopped before writing pages.
    expect(filesIn(error!.out).filter((f) => f.endsWith('.html'))).toEqual([]);
  });
});

/** A log without its colour codes: with CI set, Astro colours its output ("Local  \x1b[36mhttp://…"). */
// eslint-disable-next-line no-control-regex
const plain = (log: string) => log.replace(/\x1b\[[0-9;]*m/g, '');

describe('astro dev, where the content guard only reports', () => {
  it('refuses to render a body with code: the Markdown pipeline stops it and nothing runs', { timeout: 180_000 }, async () => {
    const root = fixtureCopy();
    const mark = `${MARK}-dev`;
    const line = append(
      root,
      'destinations/pantai-contoh/index.id.mdx',
      `{(() => { process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(mark)}, "x"); return process.env.JT_TEST_SECRET })()}`,
    );
    // In dev, Astro keeps its content store in the project's .astro/data-store.json, whatever the cache
    // folder. A store left by an earlier run of this test holds the same entry from another temp copy,
    // and the dev server would stop on a duplicate slug. It is a cache: Astro rebuilds it.
    rmSync('.astro/data-store.json', { force: true });
    // Port 0: the system picks a free port, so parallel worktrees and CI jobs never collide. --ignore-lock:
    // run beside an editor's own `astro dev` of this project, in the foreground, without touching it.
    const child = spawn('node_modules/.bin/astro', ['dev', '--port', '0', '--host', '127.0.0.1', '--ignore-lock'], {
      env: {
        // Without Vitest's own variables: with them, Astro's dev server serves no content pages.
        ...outsideVitest(),
        JELAJAH_CONTENT_DIR: root,
        JELAJAH_CACHE_DIR: path.join('node_modules', '.astro-fixtures', `dev-${path.basename(root)}`),
        // The dev preview would show the checker's report instead of the page (src/build/dev-preview.ts);
        // this test is about the Markdown pipeline itself, so the page must reach it.
        JELAJAH_DEV_ERROR_PAGES: 'off',
        ASTRO_TELEMETRY_DISABLED: '1',
        JT_TEST_SECRET: SECRET,
      },
    });
    let log = '';
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        const seen = (d: Buffer) => {
          log += d.toString();
          const m = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(plain(log));
          if (m) resolve(m[1]!);
        };
        child.stdout.on('data', seen);
        child.stderr.on('data', seen);
        child.on('close', () => reject(new Error(`astro dev stopped:\n${log}`)));
      });
      // The first requests can come before the content store is synced (a 404 for every entry page).
      let res = await fetch(`${origin}/destinasi/pantai-contoh/`);
      for (let i = 0; res.status === 404 && i < 30; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        res = await fetch(`${origin}/destinasi/pantai-contoh/`);
      }
      const html = await res.text();
      expect(res.status).toBe(500);
      expect(html).not.toContain(SECRET);
      // Let the server print its report, then check it names the file and line.
      await new Promise((r) => setTimeout(r, 500));
      expect(plain(log)).toContain(`destinations/pantai-contoh/index.id.mdx:${line}:1`);
      expect(plain(log)).toContain('The body is not plain Markdown');
      expect(existsSync(mark)).toBe(false);
    } finally {
      child.kill();
    }
  });
});
