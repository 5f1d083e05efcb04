/**
 * The content checker for `npm run dev` (src/build/dev-content-errors.ts):
 * re-runs only when a file in the content folder changed, and renders its
 * report as a page and as a banner, in Indonesian and English.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from './validate';
import { formatIssues, type ContentIssue } from './messages';
import { site } from '../config/site';
import { routeUrl } from '../lib/routes';

let last: { stamp: string; errors: ContentIssue[] } | undefined;

/** Names, sizes and times of every file under `dir`: changes whenever an editor saves, adds or deletes one. */
function fingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = path.join(d, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else parts.push(`${full}:${s.size}:${s.mtimeMs}`);
    }
  };
  try {
    walk(dir);
  } catch {
    return 'missing';
  }
  let h = 0;
  for (const c of parts.join('|')) h = (h * 31 + c.charCodeAt(0)) | 0;
  return `${parts.length}-${(h >>> 0).toString(36)}`;
}

/** The errors of the content folder now (checked again only after a change). */
export function devContentErrors(root = path.resolve(site.contentDir)): { stamp: string; errors: ContentIssue[] } {
  const stamp = fingerprint(root);
  if (last?.stamp !== stamp) last = { stamp, errors: checkContent(root, { includeDrafts: true }).errors };
  return last;
}

/** The page addresses of the entry a file belongs to, in both languages. */
export function pagesOfFile(file: string, base: string): string[] {
  const m = /(destinations|events|products)\/([^/]+)\/index\.(?:id|en)\.mdx$/.exec(file);
  if (!m) return [];
  const [, collection, slug] = m as unknown as [string, 'destinations' | 'events' | 'products', string];
  return (['id', 'en'] as const).map((lang) => routeUrl(base, lang, collection, slug));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const report = (errors: readonly ContentIssue[]) =>
  `<pre style="white-space:pre-wrap;font:14px/1.5 monospace">${escape(formatIssues(errors, 'id'))}</pre>
<details><summary>English</summary><pre style="white-space:pre-wrap;font:14px/1.5 monospace">${escape(formatIssues(errors, 'en'))}</pre></details>`;

/** The page shown instead of an entry with errors; it reloads once the content changes. */
export function errorPage(errors: readonly ContentIssue[], total: number, stamp: string, statusUrl: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Konten bermasalah · Content problem</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font:16px/1.5 sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem">
<h1>Entri ini belum bisa ditampilkan · This entry cannot be shown yet</h1>
<p>Perbaiki kesalahan di bawah, lalu simpan berkasnya; halaman ini dimuat ulang sendiri. (${total} kesalahan di seluruh konten; <code>npm run check:content</code> menampilkan semuanya.)</p>
${report(errors)}
<script type="module">
const start = ${JSON.stringify(stamp)};
setInterval(async () => {
  const r = await fetch(${JSON.stringify(statusUrl)}).then((x) => x.json()).catch(() => undefined);
  if (r && r.stamp !== start) location.reload();
}, 1500);
</script>
</body></html>`;
}

/** The report at the top of every other page while the content has errors. */
export function errorBanner(errors: readonly ContentIssue[]): string {
  return `<div role="alert" style="background:#fff3cd;color:#000;border-bottom:3px solid #b00020;padding:1rem;font:15px/1.5 sans-serif">
<strong>Konten bermasalah: ${errors.length} kesalahan (hanya terlihat di npm run dev) · Content problems: ${errors.length}</strong>
${report(errors)}</div>`;
}
