/**
 * Content is data, not code (issue #16): a table of bad bodies and fields,
 * each refused three ways, with the file and the line:
 *
 * 1. by the checker (`npm run check:content`), with a fix in both languages;
 * 2. by the build's content guard (src/build/content-guard.ts), the
 *    build's first step, called as Astro calls it;
 * 3. for bodies, by the build's own Markdown pipeline: the file loaded as
 *    src/content.config.ts loads it (tests/support/markdown-bodies.ts), which
 *    renders the body as Markdown with the `markdown.processor` of
 *    astro.config.mjs. A body that skipped the checker (a CMS commit) is
 *    refused there if Markdown would publish it as HTML or a bad link, and
 *    otherwise comes out as plain text: MDX's `import` and `{…}` are only
 *    text in Markdown, so nothing in a body is ever run.
 *
 * A build per case would take ~40 s each on two cores; running the build's own
 * enforcement steps is the same code, and one real fixture build with several
 * payloads is in payload-build.test.ts. None of these payloads may write a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import contentGuard from '../../../src/build/content-guard';
import { checkContent } from '../../../src/content/validate';
import { formatIssues } from '../../../src/content/messages';
import { TITLE_MAX } from '../../../src/content/texts';
import { edit, fixtureCopy } from '../helpers';
import { loadBodies } from '../../support/markdown-bodies';

/** A body's text as a reader sees it, and text with the curly quotes of smart punctuation made straight again. */
const textOf = (html: string) => DomUtils.textContent(parseDocument(html));
const straight = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

const ID = 'destinations/pantai-contoh/index.id.mdx';
const EN = 'destinations/pantai-contoh/index.en.mdx';
/** A payload that ran would leave this file behind. */
const MARK = path.join(tmpdir(), `jt-payload-${process.pid}`);
const write = `process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(MARK)}, "x")`;

interface Case {
  name: string;
  /** The class of mistake or attack (the report's table groups by it). */
  kind: 'esm' | 'expression' | 'jsx/html' | 'comment' | 'typo' | 'url' | 'field' | 'encoding';
  /** Appended to the body of `file` (after a blank line), or an edit of the fixture. */
  body?: string;
  change?: (root: string) => void;
  file?: string;
  code: string;
  /** The line the checker must name: for a body, counted from the payload's first line (0 = that line). */
  line: number;
  /**
   * What the build's Markdown pipeline does with the body: refuses it (HTML, bad URLs) or reads it as text.
   * By default, from the kind (`inMarkdown`).
   */
  markdown?: 'refused' | 'text';
}

const inMarkdown = (c: Case) => c.markdown ?? (c.kind === 'jsx/html' || c.kind === 'url' ? 'refused' : 'text');

const cases: Case[] = [
  // import / export
  { name: 'import of node:fs', kind: 'esm', body: 'import fs from "node:fs"', code: 'body-esm', line: 0 },
  { name: 'export with a dynamic import', kind: 'esm', body: 'export const x = await import("node:fs")', code: 'body-esm', line: 0 },
  { name: 'export of a component', kind: 'esm', body: 'export default function Evil() { return null }', code: 'body-esm', line: 0 },
  { name: 'import after some text', kind: 'esm', body: 'Teks.\n\nimport x from "./x.js"', code: 'body-esm', line: 2 },
  // {…} expressions
  {
    name: 'a file-writing expression',
    kind: 'expression',
    body: `{(() => { ${write}; return "ok" })()}`,
    code: 'body-expression',
    line: 0,
  },
  {
    name: 'require in an expression',
    kind: 'expression',
    body: `{require("node:fs").writeFileSync(${JSON.stringify(MARK)}, "x")}`,
    code: 'body-expression',
    line: 0,
  },
  { name: 'the build machine’s home folder', kind: 'expression', body: '{process.env.HOME}', code: 'body-expression', line: 0 },
  {
    name: 'the environment’s variable names',
    kind: 'expression',
    body: '{JSON.stringify(Object.keys(process.env))}',
    code: 'body-expression',
    line: 0,
  },
  { name: 'an inline expression', kind: 'expression', body: 'Harga tiket {1 + 1} ribu.', code: 'body-expression', line: 0 },
  { name: 'an expression in the English body', kind: 'expression', file: EN, body: '{process.env.HOME}', code: 'body-expression', line: 0 },
  { name: 'an MDX comment', kind: 'comment', body: '{/* catatan */}', code: 'body-comment', line: 0 },
  // JSX and raw HTML
  {
    name: 'a meta refresh redirect',
    kind: 'jsx/html',
    body: '<meta http-equiv="refresh" content="5;url=https://evil.example/" />',
    code: 'body-html',
    line: 0,
  },
  {
    name: 'a meta refresh without the slash',
    kind: 'jsx/html',
    body: '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    code: 'body-html',
    line: 0,
  },
  { name: 'a script element', kind: 'jsx/html', body: '<script>alert(1)</script>', code: 'body-html', line: 0 },
  { name: 'an image with onerror', kind: 'jsx/html', body: '<img src="x" onerror="alert(1)" />', code: 'body-html', line: 0 },
  { name: 'an iframe', kind: 'jsx/html', body: '<iframe src="https://evil.example/"></iframe>', code: 'body-html', line: 0 },
  { name: 'inline bold HTML', kind: 'jsx/html', body: 'Ini <b>tebal</b> sekali.', code: 'body-html', line: 0 },
  { name: 'an attribute with an expression', kind: 'jsx/html', body: "<div style={{ color: 'red' }}>x</div>", code: 'body-html', line: 0 },
  { name: 'an unknown component', kind: 'typo', body: '<Peta lokasi="balige" />', code: 'body-component', line: 0, markdown: 'refused' },
  {
    name: 'an unquoted attribute',
    kind: 'typo',
    body: '<a href=https://tobakab.go.id>situs</a>',
    code: 'body-html',
    line: 0,
    markdown: 'refused',
  },
  { name: 'an unclosed <br>', kind: 'typo', body: 'Baris satu<br>baris dua', code: 'body-html', line: 0, markdown: 'refused' },
  // Typos MDX cannot parse
  { name: '<5000', kind: 'typo', body: 'Tiket <5000 rupiah.', code: 'body-less-than', line: 0 },
  { name: '{setiap hari}', kind: 'typo', body: 'Buka {setiap hari} kecuali Senin.', code: 'body-expression', line: 0 },
  { name: 'an unclosed brace', kind: 'typo', body: 'Buka jam {08.00 sampai sore.', code: 'body-expression', line: 0 },
  { name: '<!-- catatan -->', kind: 'comment', body: '<!-- catatan -->', code: 'body-comment', line: 0, markdown: 'refused' },
  { name: 'an address in angle brackets', kind: 'typo', body: 'Lihat <https://tobakab.go.id>.', code: 'body-autolink', line: 0 },
  // Link and image URLs
  { name: 'a javascript: link', kind: 'url', body: '[klik](javascript:alert(1))', code: 'body-bad-url', line: 0 },
  { name: 'a JAVASCRIPT: link in capitals', kind: 'url', body: '[klik](JAVASCRIPT:alert(1))', code: 'body-bad-url', line: 0 },
  { name: 'a data: image', kind: 'url', body: '![x](data:image/svg+xml;base64,PHN2Zz4=)', code: 'body-bad-url', line: 0 },
  { name: 'a vbscript: link', kind: 'url', body: '[x](vbscript:msgbox)', code: 'body-bad-url', line: 0 },
  { name: 'a file: link', kind: 'url', body: '[x](file:///etc/passwd)', code: 'body-bad-url', line: 0 },
  { name: 'a javascript: link definition', kind: 'url', body: '[klik][r]\n\n[r]: javascript:alert(1)', code: 'body-bad-url', line: 2 },
  { name: 'an entity-encoded javascript: link', kind: 'url', body: '[x](&#106;avascript:alert(1))', code: 'body-bad-url', line: 0 },
  // Short texts and encoding
  {
    name: 'a title over the maximum',
    kind: 'field',
    change: (r) => edit(r, ID, 'title: Pantai Contoh', `title: ${'Pantai '.repeat(Math.ceil(TITLE_MAX / 7) + 1)}`),
    code: 'title-too-long',
    line: 2,
  },
  {
    name: 'an English title over the maximum',
    kind: 'field',
    file: EN,
    change: (r) => edit(r, EN, 'title: Example Beach', `title: ${'Beach '.repeat(Math.ceil(TITLE_MAX / 6) + 1)}`),
    code: 'title-too-long',
    line: 2,
  },
  {
    name: 'a bell character in the title',
    kind: 'field',
    change: (r) => edit(r, ID, 'title: Pantai Contoh', 'title: "Pantai\\aContoh"'),
    code: 'control-character',
    line: 2,
  },
  {
    name: 'an escape character in a nested label',
    kind: 'field',
    change: (r) => edit(r, ID, 'id: Tiket masuk', 'id: "Tiket\\emasuk"'),
    code: 'control-character',
    line: 12,
  },
  {
    name: 'a right-to-left override in the summary',
    kind: 'field',
    change: (r) => edit(r, ID, 'summary: Pantai', 'summary: Pantai\u202e'),
    code: 'control-character',
    line: 3,
  },
  {
    name: 'a title saved as Latin-1',
    kind: 'encoding',
    change: (r) => {
      const file = path.join(r, ID);
      const text = readFileSync(file, 'utf8').replace('title: Pantai Contoh', 'title: Pantai Caf\u00e9');
      writeFileSync(file, Buffer.from(text, 'latin1'));
    },
    code: 'bad-encoding',
    line: 2,
  },
  {
    name: 'a layout in the frontmatter',
    kind: 'field',
    change: (r) => edit(r, ID, 'title:', 'layout: ../../evil.astro\ntitle:'),
    code: 'unknown-field',
    line: 0,
  },
];

/** Builds the broken copy; returns its folder and the file's line of the payload's first line. */
function prepare(c: Case): { root: string; file: string; line: number } {
  const root = fixtureCopy();
  const file = c.file ?? ID;
  if (c.body !== undefined) {
    const full = path.join(root, file);
    const before = readFileSync(full, 'utf8');
    writeFileSync(full, `${before}\n${c.body}\n`);
    return { root, file, line: before.split('\n').length + 1 + c.line };
  }
  c.change!(root);
  return { root, file, line: c.line };
}

const silent = { warn() {}, error() {}, info() {}, debug() {} };
const guard = (root: string) => () =>
  (contentGuard({ contentDir: root }).hooks['astro:config:setup'] as (o: unknown) => void)({ command: 'build', logger: silent });

/** The body's HTML as the build stores it (src/content.config.ts), from the file loaded as the build loads it. */
async function buildRender(root: string, file: string): Promise<string> {
  const { entries } = await loadBodies(root, file);
  const html = [...entries.values()][0]?.rendered?.html;
  if (html === undefined) throw new Error(`${file} was not rendered`);
  return html;
}

/**
 * Elements and attributes that Markdown (CommonMark, GFM) and the site's external-link marker produce
 * (`target`, and a visually hidden `<span>`); anything else in a body's HTML would have come from the body.
 */
const MARKDOWN_TAGS = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li a em strong del blockquote code pre hr br img table thead tbody tr th td input sup section span'.split(' '),
);
const MARKDOWN_ATTRIBUTES = new Set(
  'href id rel target title src alt align class type checked disabled start data-footnotes data-footnote-ref data-footnote-backref aria-describedby aria-label'.split(
    ' ',
  ),
);

/** Fails unless the HTML is only what Markdown makes: its elements, its attributes, and links to web addresses. */
function expectInert(html: string): void {
  for (const el of DomUtils.findAll(() => true, parseDocument(html).children)) {
    expect(MARKDOWN_TAGS, `<${el.name}> in ${html}`).toContain(el.name);
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(MARKDOWN_ATTRIBUTES, `${name}= in ${html}`).toContain(name);
      if (name === 'href' || name === 'src') expect(value).toMatch(/^(https?:|#|\.|\/|[a-z0-9-]+\/?$)/i);
    }
  }
}

afterAll(() => {
  // Nothing above ran a payload: checking and compiling never evaluate a body.
  expect(existsSync(MARK)).toBe(false);
});

describe('bad bodies and fields are refused with the file and the line', () => {
  it('covers every class of the issue with at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => c.kind))).toEqual(
      new Set(['esm', 'expression', 'jsx/html', 'comment', 'typo', 'url', 'field', 'encoding']),
    );
  });

  for (const c of cases) {
    it(`${c.kind}: ${c.name}`, async () => {
      const { root, file, line } = prepare(c);
      const { errors } = checkContent(root, { cwd: root });
      const match = errors.find((e) => e.code === c.code && e.file === file);
      expect(match, `errors were: ${JSON.stringify(errors, null, 1)}`).toBeDefined();
      if (c.code !== 'unknown-field') expect(match!.line, 'line').toBe(line);
      expect(match!.fix.id.length).toBeGreaterThan(10);
      expect(match!.fix.en.length).toBeGreaterThan(10);
      // The report an editor reads: the file and line, no parser jargon, no stack trace.
      const report = formatIssues([match!], 'id');
      expect(report).toContain(c.code === 'unknown-field' ? file : `${file}:${line}`);
      expect(report).not.toMatch(/\bat \w+ \(|mdx-jsx|oxc|acorn/);

      // The build's first step refuses it too, naming the file and line.
      expect(guard(root)).toThrow(
        c.code === 'unknown-field'
          ? /index\.id\.mdx/
          : new RegExp(`${path.basename(path.dirname(file))}/${path.basename(file).replace(/\./g, '\\.')}:${line}\\b`),
      );

      // And a body that skipped the checker cannot get through the build's Markdown pipeline: refused with
      // the file's line, or published as the text it is.
      if (c.body === undefined) return;
      if (inMarkdown(c) === 'refused') {
        await expect(buildRender(root, file)).rejects.toThrow(new RegExp(`${file.replace(/\./g, '\\.')}:${line}:\\d+`));
      } else {
        const html = await buildRender(root, file);
        expectInert(html);
        if (c.kind === 'esm' || c.kind === 'expression') expect(straight(textOf(html))).toContain(c.body.split('\n').at(-1)!);
      }
    });
  }
});

describe('the build pipeline still compiles plain Markdown', () => {
  it('accepts CommonMark and GFM: headings, lists, emphasis, links, tables, escaped braces and a < b', async () => {
    const root = fixtureCopy();
    const body = [
      '## Judul',
      '',
      '- satu *dua* **tiga** ~~empat~~',
      '1. [tautan](https://tobakab.go.id/) dan https://tobakab.go.id',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      'Harga \\{ kira-kira \\} dan 3 < 5 > 2, a\\<b.',
      '',
      '> kutipan',
    ].join('\n');
    writeFileSync(path.join(root, ID), `${readFileSync(path.join(root, ID), 'utf8')}\n${body}\n`);
    expect(checkContent(root, { cwd: root }).errors).toEqual([]);
    const html = await buildRender(root, ID);
    expectInert(html);
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<td>2</td>');
    expect(textOf(html)).toContain('Harga { kira-kira } dan 3 < 5 > 2, a<b.');
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const root = fixtureCopy();
    const full = path.join(root, ID);
    writeFileSync(full, `\uFEFF${readFileSync(full, 'utf8').replace(/\n/g, '\r\n')}`);
    expect(checkContent(root, { cwd: root }).errors).toEqual([]);
  });
});
