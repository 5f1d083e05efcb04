import { describe, expect, it } from 'vitest';
import { cspDirectives, mergeCsp, metaCsp, parseCsp, SCRIPT_RESOURCES, tileSource } from '../../../src/lib/security/csp';
import { headerRules, headersFile, headersFor, parseHeadersFile, pathMatches } from '../../../src/lib/security/headers';

const pageA =
  "default-src 'self';img-src 'self' data: https://tile.openstreetmap.org; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-S1=';";
const pageB =
  "default-src 'self';img-src 'self' data: https://tile.openstreetmap.org; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self' 'sha256-S1=' 'sha256-S2=';";

describe('the Content Security Policy', () => {
  it('allows the tile server for images, Pagefind its WebAssembly and worker, and no inline script', () => {
    const all = [...cspDirectives('https://tile.openstreetmap.org/{z}/{x}/{y}.png'), `script-src ${SCRIPT_RESOURCES.join(' ')}`].join(';');
    const p = parseCsp(all);
    expect(p.get('img-src')).toContain('https://tile.openstreetmap.org');
    expect(p.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(p.get('worker-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(all).not.toMatch(/unsafe-inline|unsafe-eval'(?<!wasm-unsafe-eval')/);
    // frame-ancestors is ignored (with a console error) in <meta>, so it is header-only.
    expect(p.has('frame-ancestors')).toBe(false);
  });

  it('reads the tile host from the URL template, {s} subdomains included', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toBe('https://*.tiles.example.org');
    expect(() => tileSource('/tiles/{z}/{x}/{y}.png')).toThrow();
  });

  it('merges the pages’ policies into one header listing every hash, plus frame-ancestors', () => {
    const merged = parseCsp(mergeCsp([pageA, pageB]));
    expect(merged.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(merged.get('style-src')).toEqual(["'self'", "'sha256-S1='", "'sha256-S2='"]);
    expect(merged.get('frame-ancestors')).toEqual(["'self'"]);
    expect(merged.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
  });

  it('finds the policy in a built page', () => {
    expect(metaCsp(`<head><meta http-equiv="content-security-policy" content="${pageA}"></head>`)).toBe(pageA);
    expect(metaCsp('<head></head>')).toBeUndefined();
  });
});

describe('the _headers file', () => {
  const csp = mergeCsp([pageA]);
  for (const base of ['/', '/wisata/']) {
    const rules = parseHeadersFile(headersFile(headerRules({ base, csp, adminCsp: "default-src 'self'" })));
    const at = (p: string) => headersFor(rules, `${base}${p}`);

    it(`sends the security headers with every response (base ${base})`, () => {
      for (const p of [
        '',
        'destinasi/pantai-lumban-bulbul/',
        '_astro/x.js',
        'pagefind/pagefind.js',
        'data/places.geojson',
        'share/id/home.png',
        'en/feed.xml',
      ]) {
        const h = at(p);
        expect(h['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
        expect(h['X-Content-Type-Options']).toBe('nosniff');
        expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
        expect(h['Permissions-Policy']).toMatch(/(^|, )geolocation=\(self\)(,|$)/);
      }
    });

    it(`sends the site's CSP with every page, and the CMS's own policy with the CMS only (base ${base})`, () => {
      for (const p of ['', 'en/', 'destinasi/pantai-lumban-bulbul/', 'en/events/', 'peta/mini/', 'luring/', '404.html'])
        expect(at(p)['Content-Security-Policy'], p).toBe(csp);
      const withCms = parseHeadersFile(
        headersFile(headerRules({ base, csp, adminCsp: "default-src 'self'; connect-src 'self' https://api.github.com" })),
      );
      expect(headersFor(withCms, `${base}admin/`)['Content-Security-Policy']).toBe(
        "default-src 'self'; connect-src 'self' https://api.github.com; frame-ancestors 'none'",
      );
      expect(headersFor(withCms, `${base}destinasi/`)['Content-Security-Policy']).toBe(csp);
    });

    it(`caches hashed assets for a year and HTML and the search index briefly (base ${base})`, () => {
      expect(at('_astro/Base.B0j83OHQ.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
      for (const p of [
        '',
        'en/',
        'destinasi/air-terjun-situmurun/',
        'en/events/',
        'data-terbuka/',
        '404.html',
        'pagefind/pagefind-entry.json',
      ]) {
        expect(at(p)['Cache-Control'], p).toMatch(/^public, max-age=300\b/);
      }
      expect(at('data/destinations.json')['Access-Control-Allow-Origin']).toBe('*');
    });

    it(`serves both manifests with the same headers, revalidated on every visit (base ${base})`, () => {
      expect(at('en/manifest.webmanifest')).toEqual(at('manifest.webmanifest'));
      expect(at('manifest.webmanifest')['Cache-Control']).toBe('no-cache');
      expect(at('en/manifest.webmanifest')['Content-Security-Policy']).toBeUndefined();
    });

    it(`never sets one header from two rules for the same path, so Netlify and Cloudflare agree (base ${base})`, () => {
      for (const p of [
        '',
        'en/',
        'destinasi/x/',
        '_astro/a.js',
        'pagefind/x',
        'data/x.json',
        'share/id/x.png',
        'cover/x.svg',
        '404.html',
        'data-terbuka/',
        'sw.js',
        'manifest.webmanifest',
        'en/manifest.webmanifest',
        'admin/',
      ]) {
        const names = rules.filter((r) => pathMatches(r.path, `${base}${p}`)).flatMap((r) => r.headers.map(([k]) => k.toLowerCase()));
        expect(new Set(names).size, `${base}${p}: ${names.join(', ')}`).toBe(names.length);
      }
    });
  }

  it('stays within the limits Cloudflare Pages reads, and says so when a policy grows past them', () => {
    expect(() => headersFile(headerRules({ base: '/', csp }))).not.toThrow();
    const huge = mergeCsp([`script-src 'self' ${Array.from({ length: 60 }, (_, i) => `'sha256-${'x'.repeat(40)}${i}='`).join(' ')}`]);
    expect(() => headersFile(headerRules({ base: '/', csp: huge }))).toThrow(/2000 characters/);
  });

  it('puts every path under the base path', () => {
    for (const r of headerRules({ base: '/wisata/', csp })) expect(r.path.startsWith('/wisata/')).toBe(true);
  });
});
