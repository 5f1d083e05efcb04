/**
 * The dist/ reader behind the size budgets and the link check: it must find
 * every script a page loads (static and lazy imports), and the link checker
 * must report each kind of broken reference. A tiny fake build is enough.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, largestHtml, pageWeight, siteCss } from '../../support/quality/dist';
import { jsClosure, jsImports, listPages, pageUrl, urlToFile } from '../../../src/build/built-files';
import { checkLinks, cssUrls, srcsetUrls } from '../../support/quality/links';

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jt-fake-dist-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const page = (body: string, head = '') => `<!doctype html><html lang="id"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('jsImports', () => {
  it('finds static, side-effect, re-export and dynamic imports in minified code', () => {
    const code = 'import{a as b}from"./chunk.A1.js";import"./side.js";export{c}from"./re.js";const m=()=>import("./lazy.B2.js");';
    expect(jsImports(code)).toEqual({ static: ['./chunk.A1.js', './side.js', './re.js'], dynamic: ['./lazy.B2.js'] });
  });
  it('does not follow a URL built at run time', () => {
    expect(jsImports('import(`${base}pagefind/pagefind.js`)')).toEqual({ static: [], dynamic: [] });
  });
});

describe('largestHtml', () => {
  it('names the page with the most gzipped HTML, leaving out Pagefind', () => {
    const long = page('<ul>' + Array.from({ length: 500 }, (_, i) => `<li>${(i * 7919).toString(36)}</li>`).join('') + '</ul>');
    const dist = fakeDist({ 'index.html': page('a'), 'destinasi/halaman/2/index.html': long, 'pagefind/x.html': long + long });
    expect(largestHtml(dist)).toEqual({ url: '/destinasi/halaman/2/', htmlBytes: long.length, htmlGzip: gzipSize(long) });
  });
});

describe('pages and URLs', () => {
  it('maps files to URLs with the base path, and back', () => {
    const dist = '/x/dist';
    expect(pageUrl(dist, '/x/dist/en/map/index.html')).toBe('/en/map/');
    expect(pageUrl(dist, '/x/dist/404.html', '/wisata/')).toBe('/wisata/404.html');
    expect(urlToFile(dist, '/wisata/en/', '/wisata/', '/wisata/')).toBe('/x/dist/en/index.html');
    expect(urlToFile(dist, '../_astro/a.js', '/en/map/')).toBe('/x/dist/en/_astro/a.js');
    expect(urlToFile(dist, 'https://elsewhere.example/a.js', '/')).toBeUndefined();
  });
});

describe('page weight', () => {
  const dist = fakeDist({
    'index.html': page(
      '<p>hi</p><script type="module" src="/_astro/page.js"></script><script type="application/ld+json">{"a":1}</script>',
      '<link rel="stylesheet" href="/_astro/site.css">',
    ),
    'peta/index.html': page('<script type="module" src="/_astro/map.js"></script><script>console.log(1)</script>'),
    '_astro/page.js': 'import{x}from"./shared.js";x();',
    '_astro/shared.js': `export const x=()=>${'1+'.repeat(500)}1;`,
    '_astro/map.js': 'import("./leaflet.js").then(m=>m.go());',
    '_astro/leaflet.js': `export const go=()=>"${'L'.repeat(3000)}";`,
    '_astro/site.css': 'body{color:red}',
    'pagefind/pagefind-ui.html': '<p>not a page</p>',
  });

  it('lists the HTML pages, not Pagefind files', () => {
    expect(listPages(dist).map((f) => pageUrl(dist, f))).toEqual(['/', '/peta/']);
  });
  it('counts a page script and what it imports, but not JSON-LD', () => {
    const w = pageWeight(dist, path.join(dist, 'index.html'));
    expect(w.jsFiles.map((f) => path.basename(f))).toEqual(['page.js', 'shared.js']);
    expect(w.cssGzip).toBe(gzipSize('body{color:red}'));
  });
  it('counts lazy imports unless asked not to, and inline scripts', () => {
    const lazy = pageWeight(dist, path.join(dist, 'peta/index.html'));
    const eager = pageWeight(dist, path.join(dist, 'peta/index.html'), { lazy: false });
    expect(lazy.jsFiles.map((f) => path.basename(f))).toEqual(['leaflet.js', 'map.js']);
    expect(eager.jsFiles.map((f) => path.basename(f))).toEqual(['map.js']);
    expect(lazy.jsGzip).toBeGreaterThan(eager.jsGzip);
    expect(eager.jsGzip).toBe(gzipSize('import("./leaflet.js").then(m=>m.go());') + gzipSize('console.log(1)'));
  });
  it('follows each import once, even in a cycle', () => {
    const d = fakeDist({ 'a.js': 'import"./b.js";', 'b.js': 'import"./a.js";' });
    expect(jsClosure(d, ['/a.js'], '/').map((f) => path.basename(f))).toEqual(['a.js', 'b.js']);
  });
  it('follows relative and template-literal imports under a base path', () => {
    const d = fakeDist({ '_astro/a.js': 'import"./b.js";import(`./c.js`);', '_astro/b.js': '', '_astro/c.js': '' });
    expect(jsClosure(d, ['/wisata/_astro/a.js'], '/wisata/', '/wisata/').map((f) => path.basename(f))).toEqual(['a.js', 'b.js', 'c.js']);
  });
  it('adds up all CSS once per file', () => {
    expect(siteCss(dist).total).toBe(gzipSize('body{color:red}'));
  });
});

describe('link check', () => {
  it('reads srcset and CSS url() lists', () => {
    expect(srcsetUrls('/a.webp 320w, /b.webp 640w')).toEqual(['/a.webp', '/b.webp']);
    expect(cssUrls('@font-face{src:url(./f.woff2) format("woff2"),url("data:x")} a{background:url( \'/i.png\' )}')).toEqual([
      './f.woff2',
      '/i.png',
    ]);
  });

  it('passes a site whose links all resolve', () => {
    const dist = fakeDist({
      'index.html': page(
        '<a href="/en/#top">en</a><a href="#main">skip</a><main id="main"><img src="/a.svg" srcset="/a.svg 1x"></main><a href="mailto:x@y.z">m</a><a href="https://elsewhere.example/">out</a>',
        '<link rel="canonical" href="https://site.example/">',
      ),
      'en/index.html': page('<h1 id="top">t</h1><a href="../">id</a><a href="/?q=ulos">search</a>'),
      'a.svg': '<svg/>',
    });
    expect(checkLinks(dist, { origin: 'https://site.example' }).broken).toEqual([]);
  });

  it('reports a missing page, a missing anchor, a missing image in a srcset and a font missing from CSS', () => {
    const dist = fakeDist({
      'index.html': page(
        '<a href="/nope/">x</a><a href="/en/#gone">y</a><picture><source srcset="/ok.avif 1x, /missing.avif 2x"></picture><a href="https://site.example/lost/">z</a>',
        '<link rel="stylesheet" href="/s.css">',
      ),
      'en/index.html': page('<h1 id="here">t</h1>'),
      'ok.avif': 'x',
      's.css': '@font-face{src:url(/font.woff2)}',
    });
    const found = checkLinks(dist, { origin: 'https://site.example' }).broken.map((b) => `${b.where} ${b.url} ${b.reason}`);
    expect(found.sort()).toEqual(
      [
        'a[href] /nope/ missing',
        'a[href] /en/#gone missing-anchor',
        'source[srcset] /missing.avif missing',
        'a[href] https://site.example/lost/ missing',
        'css url() /font.woff2 missing',
      ].sort(),
    );
  });

  it('reports a link that leaves the base path', () => {
    const dist = fakeDist({ 'index.html': page('<a href="/other/">x</a>') });
    expect(checkLinks(dist, { base: '/wisata/' }).broken.map((b) => b.reason)).toEqual(['outside-base']);
  });
});
