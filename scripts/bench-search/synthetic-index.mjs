// The synthetic index of the search benchmark (scripts/bench-search.mjs): N
// pages per language made of the real pages' sentences, each with a made-up
// place name, indexed with Pagefind's Node API; and the sizes of index files.
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** A small deterministic random generator, so every run indexes the same pages. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** Sentences of the real pages in one language, from the built site. */
function sentences(dist, lang) {
  const dirs = lang === 'en' ? ['en/destinations', 'en/events', 'en/products'] : ['destinasi', 'acara', 'produk'];
  const out = [];
  for (const d of dirs) {
    for (const slug of readdirSync(path.join(dist, d))) {
      const file = path.join(dist, d, slug, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      const prose = html.match(/<div class="prose"[^>]*>([\s\S]*?)<\/div>/)?.[1] ?? '';
      out.push(
        ...prose
          .replace(/<[^>]+>/g, ' ')
          .split(/(?<=[.!?])\s+/)
          .map((s) => s.replace(/\s+/g, ' ').trim())
          .filter((s) => s.length > 30),
      );
    }
  }
  return out;
}

export async function buildSynthetic(dist, n) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jt-bench-search-'));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const syllables = [
    'ba',
    'li',
    'ge',
    'si',
    'tu',
    'mu',
    'run',
    'ha',
    'ta',
    'lum',
    'ban',
    'to',
    'ra',
    'na',
    'pa',
    'rung',
    'sim',
    'gul',
    'ho',
    'bon',
  ];
  const filters = {
    type: ['destination', 'event', 'product'],
    category: ['beach', 'waterfall', 'viewpoint', 'culture', 'village', 'weaving', 'food', 'coffee'],
    district: ['balige', 'laguboti', 'porsea', 'ajibata', 'lumban-julu', 'tampahan', 'silaen', 'habinsaran'],
  };
  for (const lang of ['id', 'en']) {
    const pool = sentences(dist, lang);
    const rnd = random(lang === 'id' ? 1 : 2);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    // Each entry brings a name of its own, as a real new place would: the vocabulary grows with the corpus.
    const name = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(syllables)).join('');
    for (let i = 0; i < n; i++) {
      const first = name();
      const title = `${first[0].toUpperCase()}${first.slice(1)} ${name()}`;
      const body = Array.from({ length: 12 }, () => `<p>${pick(pool)}</p>`).join('');
      const spans = Object.entries(filters)
        .map(([k, v]) => `<span data-pagefind-filter="${k}:${pick(v)}"></span>`)
        .join('');
      const meta = `<span data-pagefind-meta="image:/cover/destinations/x.svg"></span><span data-pagefind-meta="lat:2.${i}"></span><span data-pagefind-meta="lng:99.${i}"></span>`;
      const content = `<!doctype html><html lang="${lang}"><body><article data-pagefind-body>${spans}${meta}<h1>${title}</h1><p>${pick(pool)}</p>${body}</article></body></html>`;
      const added = await index.addHTMLFile({ url: `/${lang}/synthetic/${i}/`, content });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
  }
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  return dir;
}

/** Bytes of the files under `dir` whose name matches `test`. */
export function size(dir, test = () => true) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && test(e.name)) total += statSync(path.join(e.parentPath ?? e.path, e.name)).size;
  }
  return total;
}
export const indexFiles = (lang) => (name) =>
  name.startsWith(`${lang}_`) || name.startsWith(`pagefind.${lang}_`) || name === `wasm.${lang}.pagefind`;
