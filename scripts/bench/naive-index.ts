/**
 * The naive alternative to Pagefind: one JSON file with every entry's title,
 * summary, tags and full text in both languages, which a browser downloads
 * whole before the first search (what Fuse.js and Lunr themes ship).
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { checkContent, parseFile } from '../../src/content/validate';
import { gzipSize } from '../../tests/support/quality/dist';
import { plainText } from '../../tests/support/quality/markdown';

export function naiveIndex(contentDir: string): string {
  const { entries } = checkContent(contentDir);
  const docs = entries
    .filter((e) => ['destinations', 'events', 'products'].includes(e.collection) && e.data)
    .flatMap((e) => {
      const d = e.data! as { title: string; summary: string; category?: string; kind?: string; district?: string };
      const tags = [d.category, d.kind, d.district].filter(Boolean);
      const id = { url: `/${e.collection}/${e.slug}/`, lang: 'id', title: d.title, summary: d.summary, tags, content: plainText(e.body) };
      const enBody = e.enFile ? parseFile(readFileSync(e.enFile, 'utf8')).body : e.body;
      const en = e.en
        ? { ...id, url: `/en${id.url}`, lang: 'en', title: e.en.title, summary: e.en.summary, content: plainText(enBody) }
        : undefined;
      return en ? [id, en] : [id];
    });
  return JSON.stringify(docs);
}

export function naiveIndexSize(contentDir: string) {
  const json = naiveIndex(contentDir);
  const raw = Buffer.from(json);
  return {
    raw: raw.length,
    gzip: gzipSize(raw),
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
