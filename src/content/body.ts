/**
 * Entry bodies are Markdown (CommonMark and GFM), never programs. MDX would
 * also run `import`/`export`, `{…}` expressions and JSX, so an editor's typo or
 * a stolen CMS account could run code on the build machine or publish its
 * environment. Everything MDX adds to Markdown is refused here, with the line,
 * the column and a fix in plain Indonesian and English:
 *
 * - ESM (`import`, `export`), `{…}` expressions, JSX elements and raw HTML
 *   (MDX reads HTML as JSX). No site component is allowed either: the build
 *   renders bodies as Markdown, where a component could not render;
 * - HTML comments, and the typos MDX cannot even parse (`<5000`, `{setiap hari}`);
 * - link and image URLs with a `javascript:`, `data:`, `vbscript:` or `file:` scheme;
 * - a `layout` in the frontmatter (Astro would import it as a module).
 *
 * One check, two places: `checkBody` parses each body as MDX with the guard
 * below, for the content checker, which reports every problem in plain words.
 * The files stay valid MDX that reads the same as Markdown, so editors, the
 * CMS and any MDX tool see one meaning. And `bodyGuard` is a Sätteri mdast
 * plugin in the build's Markdown pipeline (astro.config.mjs), which renders
 * every body as Markdown and never compiles one into code
 * (src/content/markdown-bodies.ts): there, `import` and `{…}` are only text,
 * and the guard refuses what Markdown would publish as it is (raw HTML, HTML
 * comments, bad link schemes), so a body that reaches the build without going
 * through the checker (a CMS commit) still cannot put anything in a page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, mdxToJs, type MdastVisitorContext } from 'satteri';
import type { Bilingual } from './messages';
import { describeParseError, TEXT_FIX, type BodyProblem } from './body-parse-errors';

export type { BodyProblem } from './body-parse-errors';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** URL schemes that run code or smuggle content in a link or an image. */
const BAD_SCHEMES = ['javascript', 'data', 'vbscript', 'file'] as const;

/** The scheme of a URL as a browser reads it (it ignores tabs, newlines and leading spaces), lower-cased. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

const badScheme = (url: string) => (BAD_SCHEMES as readonly string[]).includes(urlScheme(url) ?? '');

type Pos = { start?: { line?: number; column?: number } } | undefined;
type Report = (node: { position?: Pos }, code: string, message: Bilingual, fix: Bilingual) => void;

function tagProblem(node: { name: string | null }) {
  const name = node.name ?? '';
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    return {
      code: 'body-component',
      message: b(
        `Komponen <${name}> tidak dikenal: isi halaman hanya boleh Markdown.`,
        `Unknown component <${name}>: a body may only contain Markdown.`,
      ),
      fix: TEXT_FIX.markdown,
    };
  }
  return {
    code: 'body-html',
    message: b(
      `Tag HTML <${name || '>'}${name ? '>' : ''} tidak diizinkan di isi halaman: isi halaman hanya boleh Markdown.`,
      `HTML tag <${name || '>'}${name ? '>' : ''} is not allowed in a body: a body may only contain Markdown.`,
    ),
    fix: TEXT_FIX.markdown,
  };
}

/** The visitors of the check, shared by the build's plugin and the checker (report differs). */
function visitors(report: Report) {
  const url = (kind: 'link' | 'image') => (node: { url: string; position?: Pos }) => {
    if (!badScheme(node.url)) return;
    const scheme = urlScheme(node.url)!;
    report(
      node,
      'body-bad-url',
      kind === 'image'
        ? b(`Foto memakai alamat \`${scheme}:\`, yang tidak diizinkan.`, `An image uses a \`${scheme}:\` address, which is not allowed.`)
        : b(`Tautan memakai alamat \`${scheme}:\`, yang tidak diizinkan.`, `A link uses a \`${scheme}:\` address, which is not allowed.`),
      b(
        'Pakai alamat web yang diawali https://, atau untuk foto berkas di folder entri (./foto.jpg).',
        'Use a web address starting with https://, or for a photo a file in the entry folder (./photo.jpg).',
      ),
    );
  };
  const tag = (node: Parameters<typeof tagProblem>[0] & { position?: Pos }) => {
    const p = tagProblem(node);
    report(node, p.code, p.message, p.fix);
  };
  const expression = (node: { value: string; position?: Pos }) => {
    const comment = /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
    report(
      node,
      comment ? 'body-comment' : 'body-expression',
      comment
        ? b(
            'Komentar `{/* … */}` adalah kode dan tidak diizinkan di isi halaman.',
            'A `{/* … */}` comment is code and is not allowed in a body.',
          )
        : b(
            `Kurung kurawal \`{${node.value.slice(0, 30)}${node.value.length > 30 ? '…' : ''}}\` dibaca sebagai kode program, yang tidak diizinkan.`,
            `The curly braces \`{${node.value.slice(0, 30)}${node.value.length > 30 ? '…' : ''}}\` are read as program code, which is not allowed.`,
          ),
      comment
        ? b(
            'Hapus komentar itu; simpan catatan untuk sesama editor di luar berkas.',
            'Remove the comment; keep notes for other editors outside the file.',
          )
        : TEXT_FIX.brace,
    );
  };
  return {
    mdxjsEsm: (node: { position?: Pos }) =>
      report(
        node,
        'body-esm',
        b(
          'Baris yang diawali `import` atau `export` dibaca sebagai kode program, yang tidak diizinkan di isi halaman.',
          'A line starting with `import` or `export` is read as program code, which is not allowed in a body.',
        ),
        b(
          'Hapus baris itu. Jika kalimatnya memang diawali kata itu, tulis dengan huruf besar ("Import …") atau ubah susunan kalimatnya.',
          'Remove the line. If a sentence really starts with that word, capitalise it ("Import …") or reword it.',
        ),
      ),
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxJsxFlowElement: tag,
    mdxJsxTextElement: tag,
    html: (node: { position?: Pos }) =>
      report(node, 'body-html', b('HTML tidak diizinkan di isi halaman.', 'HTML is not allowed in a body.'), TEXT_FIX.markdown),
    link: url('link'),
    definition: url('link'),
    image: url('image'),
  };
}

/** Where the guard's findings go when the caller collects them (the checker) instead of failing (the build). */
const COLLECT = 'jelajahBodyProblems';

/** The file being compiled, relative to the project like every content message. */
const fileOf = (ctx: MdastVisitorContext) =>
  ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)).split(path.sep).join('/') : 'MDX';

/** A body refused by the build; the message is the plain report, with no stack trace. */
export class BodyError extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'BodyError';
    this.stack = `${this.name}: ${report}`;
  }
}

/** Plain report of one file's problems, both languages. */
export function formatBodyProblems(file: string, problems: readonly BodyProblem[]): string {
  return problems
    .map(
      (p) =>
        `✗ ${file}:${p.line}:${p.column}\n    ${p.message.id}\n    Cara memperbaiki: ${p.fix.id}\n    ${p.message.en}\n    How to fix: ${p.fix.en}`,
    )
    .join('\n\n');
}

/**
 * The build's enforcement step: a Sätteri mdast plugin (astro.config.mjs,
 * `markdown.processor`). It fails the rendering of a body that is not plain
 * Markdown, so nothing in it reaches a page. (The checker runs it on the MDX
 * reading of the body, where it also finds ESM, expressions and JSX.)
 */
export const bodyGuard = defineMdastPlugin({
  name: 'jelajah-toba:body-guard',
  options: { position: true },
  before(_root, ctx) {
    ctx.data.__jelajahFound = [] as BodyProblem[];
    const fm = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (fm && 'layout' in fm) {
      (ctx.data.__jelajahFound as BodyProblem[]).push({
        line: 1,
        column: 1,
        code: 'body-layout',
        message: b(
          'Isian `layout` tidak diizinkan: situs memilih tata letak sendiri.',
          'The `layout` field is not allowed: the site picks the layout.',
        ),
        fix: b('Hapus baris `layout:` dari bagian isian.', 'Remove the `layout:` line from the frontmatter.'),
      });
    }
  },
  ...visitorsForPlugin(),
  after(_root, ctx) {
    const found = ctx.data.__jelajahFound as BodyProblem[];
    delete ctx.data.__jelajahFound;
    const sink = ctx.data[COLLECT];
    if (Array.isArray(sink)) {
      sink.push(...found);
      return;
    }
    if (found.length) {
      throw new BodyError(
        `Isi halaman bukan Markdown biasa / The body is not plain Markdown (npm run check:content):\n\n${formatBodyProblems(fileOf(ctx), found)}\n`,
      );
    }
  },
});

function visitorsForPlugin() {
  const found = (ctx: MdastVisitorContext) => ctx.data.__jelajahFound as BodyProblem[];
  // A report bound to the compile at hand, so compiles running side by side never mix their findings.
  const on = (ctx: MdastVisitorContext) =>
    visitors((node, code, message, fix) => {
      const start = node.position?.start;
      found(ctx).push({ line: start?.line ?? 1, column: start?.column ?? 1, code, message, fix });
    });
  type V = ReturnType<typeof visitors>;
  const wrap =
    <K extends keyof V>(key: K) =>
    (node: Parameters<V[K]>[0], ctx: MdastVisitorContext) =>
      (on(ctx)[key] as (n: Parameters<V[K]>[0]) => void)(node);
  return {
    mdxjsEsm: wrap('mdxjsEsm'),
    mdxFlowExpression: wrap('mdxFlowExpression'),
    mdxTextExpression: wrap('mdxTextExpression'),
    mdxJsxFlowElement: wrap('mdxJsxFlowElement'),
    mdxJsxTextElement: wrap('mdxJsxTextElement'),
    html: wrap('html'),
    link: wrap('link'),
    definition: wrap('definition'),
    image: wrap('image'),
  };
}

/** Parser features of the build's Markdown pipeline (astro.config.mjs and Astro's defaults): GFM and smart punctuation. */
export const BODY_FEATURES = { gfm: true, smartPunctuation: true } as const;

/**
 * Compiles one body as MDX, with the build's own guard, and
 * returns every problem (none when it is plain Markdown). `body` is the text
 * after the frontmatter; `firstLine` the line of the file it starts on, so
 * problems carry the file's line numbers. Nothing is evaluated: compiling
 * only turns the text into JavaScript source, which is thrown away.
 */
export function checkBody(body: string, firstLine = 1): BodyProblem[] {
  const source = '\n'.repeat(firstLine - 1) + body;
  const found: BodyProblem[] = [];
  try {
    mdxToJs(source, { mdastPlugins: [bodyGuard], features: BODY_FEATURES, data: { [COLLECT]: found } });
  } catch (e) {
    if (e instanceof BodyError) throw e;
    return [describeParseError(source, e)];
  }
  return found;
}
