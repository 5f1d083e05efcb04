/**
 * src/content/markdown-bodies.ts: `.mdx` bodies are rendered as Markdown when
 * the content loads, by the site's own Markdown pipeline, and never become a
 * module. Driven through Astro's glob loader as the build drives it
 * (tests/support/markdown-bodies.ts), on copies of the valid fixture.
 */
import { describe, expect, it } from 'vitest';
import { bodyFirstLine, MarkdownBodyError } from '../../../src/content/markdown-bodies';
import { loadBodies, type LoadedEntry } from '../../support/markdown-bodies';
import { append, fixtureCopy } from '../helpers';

const ID = 'destinations/pantai-contoh/index.id.mdx';

/** The stored entry of a fixture file. */
const entryOf = (entries: Map<string, LoadedEntry>, file: string) => [...entries.values()].find((e) => e.filePath?.endsWith(file));

describe('bodyFirstLine', () => {
  it('gives the line after the frontmatter on which the body starts', () => {
    const file = '---\ntitle: A\nsummary: B\n---\n\nFirst paragraph.\n';
    expect(bodyFirstLine(file, 'title: A\nsummary: B', 'First paragraph.')).toBe(6);
  });
  it('does not match the body text inside the frontmatter', () => {
    const file = '---\ntitle: Danau\n---\nDanau\n';
    expect(bodyFirstLine(file, 'title: Danau', 'Danau')).toBe(4);
  });
  it('falls back to line 1 for an empty body or one it cannot find', () => {
    expect(bodyFirstLine('---\na: 1\n---\n', 'a: 1', '')).toBe(1);
    expect(bodyFirstLine('---\na: 1\n---\nx\n', 'a: 1', 'not there')).toBe(1);
  });
});

describe('markdownBodies: .mdx bodies are rendered as Markdown at load time', () => {
  it('stores each body as HTML from the site pipeline, and asks for no module', async () => {
    const root = fixtureCopy();
    append(root, ID, '## Cara ke sana\n\nLihat [situs kabupaten](https://tobakab.go.id/) dan *peta*.');
    const { entries, moduleImports, logged } = await loadBodies(root, '*/*/index.*.mdx');
    expect(logged).toEqual([]);
    expect(moduleImports).toEqual([]);
    const entry = entryOf(entries, ID);
    expect(entry?.deferredRender).toBeUndefined();
    const html = entry?.rendered?.html ?? '';
    expect(html).toContain('<h2 id="cara-ke-sana">Cara ke sana</h2>');
    expect(html).toContain('<em>peta</em>');
    // The site's external-link marker ran (src/lib/markdown/external-links.ts): the pipeline is astro.config.mjs's.
    expect(html).toMatch(/<a href="https:\/\/tobakab\.go\.id\/"[^>]*rel="[^"]*noopener/);
    expect(entry?.rendered?.metadata?.headings).toEqual([{ depth: 2, slug: 'cara-ke-sana', text: 'Cara ke sana' }]);
    // Every fixture file was rendered, none left to compile.
    for (const [id, e] of entries) expect(e.rendered?.html, id).toBeTruthy();
  });

  it('reads `{…}`, `import` and JSX-looking text as text: nothing of a body is code', async () => {
    const root = fixtureCopy();
    append(root, ID, 'Harga {1 + 1} ribu.\n\nimport fs from "node:fs"\n\n{process.env.HOME}');
    const html = entryOf((await loadBodies(root, ID)).entries, ID)!.rendered!.html;
    expect(html).toContain('Harga {1 + 1} ribu.');
    expect(html).toContain('import fs from “node:fs”');
    expect(html).toContain('{process.env.HOME}');
    expect(html).not.toContain(process.env.HOME ?? '/root');
  });

  it('fails a strict load on raw HTML, with every file and the file’s own line', async () => {
    const root = fixtureCopy();
    const line = append(root, ID, '<meta http-equiv="refresh" content="0;url=https://evil.example/">');
    const en = 'destinations/pantai-contoh/index.en.mdx';
    const enLine = append(root, en, 'Teks.\n\n[klik](javascript:alert(1))');
    const error = await loadBodies(root, '*/*/index.*.mdx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MarkdownBodyError);
    const message = (error as Error).message;
    expect(message).toMatch(new RegExp(`pantai-contoh/index\\.id\\.mdx:${line}:1\\b`));
    expect(message).toMatch(new RegExp(`pantai-contoh/index\\.en\\.mdx:${enLine + 2}:1\\b`));
    expect(message).toContain('How to fix');
    // A plain report: no stack trace for an editor to wade through.
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
  });

  it('only logs in a non-strict load (astro dev), and publishes no body for the file', async () => {
    const root = fixtureCopy();
    const line = append(root, ID, '<script>alert(1)</script>');
    const { entries, logged } = await loadBodies(root, ID, { strict: false });
    expect(logged.join('\n')).toMatch(new RegExp(`index\\.id\\.mdx:${line}:1`));
    expect(entryOf(entries, ID)).toBeDefined();
    expect(entryOf(entries, ID)?.rendered).toBeUndefined();
  });

  it('stops with a plain message if Astro no longer gives loaders its entry types', async () => {
    await expect(loadBodies(fixtureCopy(), ID, { entryTypes: null })).rejects.toThrow(/entryTypes.*markdown-bodies\.ts/s);
    await expect(loadBodies(fixtureCopy(), ID, { entryTypes: new Map() })).rejects.toThrow(/Pin the previous Astro version/);
  });
});
