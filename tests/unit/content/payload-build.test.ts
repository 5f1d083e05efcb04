/**
 * One real `astro build` of a fixture carrying several of the payloads of
 * payloads.test.ts at once (issue #16): code that would write a file, code
 * that would publish the environment, a redirect, a javascript: link, in both
 * languages and three collections. The build must stop, name every file and
 * line, write no payload's file, and leave no environment value in its output
 * folder. (Each payload class is run through the build's own enforcement
 * steps in payloads.test.ts; a build per case would take minutes.)
 *
 * The build's content guard stops it before Astro reads a body, so a second
 * test takes the guard out of the way the one way the project allows:
 * `astro dev`, where the guard only prints its report and the server keeps
 * running. There the bodies go straight to the build's Markdown pipeline
 * (src/content/markdown-bodies.ts): code is only text there, so the page
 * shows it as text with nothing run, and raw HTML is refused with its file
 * and line and never reaches the page.
 * Writes to temp folders, never dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { append, fixtureCopy } from '../helpers';
import { buildSite, filesContaining, filesIn, outsideVitest } from '../../support/fixture-site';

const MARK = path.join(tmpdir(), `jt-build-payload-${process.pid}`);
const SECRET = `jt-secret-${process.pid}-${Date.now()}`;

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
  it('reads code in a body as text and refuses raw HTML: nothing runs, nothing is injected', { timeout: 180_000 }, async () => {
    const root = fixtureCopy();
    const mark = `${MARK}-dev`;
    const code = `{(() => { process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(mark)}, "x"); return process.env.JT_TEST_SECRET })()}`;
    append(root, 'destinations/pantai-contoh/index.id.mdx', code);
    const product = 'products/produk-contoh/index.id.mdx';
    const line = append(root, product, '<meta http-equiv="refresh" content="0;url=https://evil.example/">');
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
      const page = async (p: string) => {
        let res = await fetch(`${origin}${p}`);
        for (let i = 0; res.status === 404 && i < 30; i++) {
          await new Promise((r) => setTimeout(r, 1000));
          res = await fetch(`${origin}${p}`);
        }
        return { status: res.status, html: await res.text() };
      };
      const destination = await page('/destinasi/pantai-contoh/');
      expect(destination.status).toBe(200);
      // The code is on the page as the text it is (HTML-escaped, quotes curled by smart punctuation), and never ran.
      expect(destination.html).toContain('{(() =&gt; { process.getBuiltinModule(');
      expect(destination.html).not.toContain(SECRET);
      const productPage = await page('/produk/produk-contoh/');
      expect(productPage.status).toBe(200);
      expect(productPage.html).not.toContain('evil.example');
      // Let the server print its report, then check it names the file and line.
      await new Promise((r) => setTimeout(r, 500));
      expect(plain(log)).toContain(`${product}:${line}:1`);
      expect(plain(log)).toContain('The body is not plain Markdown');
      expect(existsSync(mark)).toBe(false);
    } finally {
      child.kill();
    }
  });
});
