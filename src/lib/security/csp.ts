/**
 * The Content Security Policy, written once. astro.config.mjs hands it to
 * Astro's `security.csp`, which adds it to every page as a <meta> tag and
 * fills `script-src`/`style-src` with the hashes of the scripts and styles it
 * bundles. src/build/steps/headers.ts sends the same policy as an HTTP
 * header (in dist/_headers), where the directives a <meta> tag cannot carry
 * (frame-ancestors) are added.
 *
 * What a new script needs:
 * - A `<script>` in a component (bundled by Astro, type="module") needs
 *   nothing: it is served from 'self' or inlined with its hash listed.
 * - `is:inline` scripts are NOT allowed (no 'unsafe-inline'): move the code
 *   into a bundled script. Inline event handlers (onclick="…") are blocked too.
 * - Loading code at run time (`import()` of a URL, a Worker) works for files
 *   on this site ('self'); anything from another host must be added to
 *   SCRIPT_RESOURCES or `worker-src`, with a comment saying why.
 * - WebAssembly (Pagefind) needs 'wasm-unsafe-eval'; eval() and new Function()
 *   stay blocked.
 * - Images or fetches from another host (map tiles) go in img-src / connect-src.
 * - Inline `style="…"` attributes in HTML are blocked; set styles from
 *   script (element.style.x = …, as Leaflet does) or with classes.
 */
import type { AstroUserConfig } from 'astro';

/** A directive as Astro's `security.csp.directives` accepts it (a known directive name, then its sources). */
type CspDirective = NonNullable<Extract<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, object>['directives']>[number];

/** `script-src` sources besides the hashes Astro adds. */
export const SCRIPT_RESOURCES = [
  "'self'",
  // Pagefind compiles its search engine from WebAssembly.
  "'wasm-unsafe-eval'",
] as const;

/** `style-src` sources besides the hashes Astro adds. */
export const STYLE_RESOURCES = ["'self'"] as const;

/**
 * The origin of a tile URL template, for img-src: `{s}` subdomains become a
 * wildcard, e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png → https://*.tile.example.org.
 */
export function tileSource(template: string): string {
  const m = /^(https?:)\/\/([^/]+)/.exec(template);
  if (!m) throw new Error(`Tile URL must be absolute http(s): ${template}`);
  return `${m[1]}//${m[2]!.replace(/^\{s\}\./, '*.')}`;
}

/** Every directive but script-src and style-src (Astro writes those). */
export function cspDirectives(tileUrl: string): CspDirective[] {
  return [
    "default-src 'self'",
    // Photos and cover art are ours; data: for small inline images (Leaflet, Vite); tiles come from the tile server.
    `img-src 'self' data: ${tileSource(tileUrl)}`,
    "font-src 'self'",
    // Pagefind's index chunks and the map's GeoJSON are fetched from this site.
    "connect-src 'self'",
    // Pagefind runs its search in a Web Worker (/pagefind/pagefind-worker.js).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ];
}

/** Directives only an HTTP header can carry (browsers ignore them in <meta>, with a console error). */
// 'self', not 'none': detail pages embed the mini-map page (/peta/mini/) in an iframe.
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'self'"];

/** A policy as directive → sources, in order. */
export type Policy = Map<string, string[]>;

export function parseCsp(policy: string): Policy {
  const map: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !map.has(name)) map.set(name.toLowerCase(), sources);
  }
  return map;
}

export function serializeCsp(policy: Policy): string {
  return [...policy.entries()].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy allowing what every page's policy allows: the pages differ only
 * in the hashes Astro lists, so the union of those, plus the header-only
 * directives, makes the site-wide header. Each page's <meta> policy still
 * applies on top (a browser enforces both), so a page gets no more than its own.
 */
export function mergeCsp(policies: string[], extra: string[] = HEADER_ONLY_DIRECTIVES): string {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const have = merged.get(name) ?? [];
      merged.set(name, [...have, ...sources.filter((s) => !have.includes(s))]);
    }
  }
  for (const [name, sources] of parseCsp(extra.join(';'))) merged.set(name, sources);
  return serializeCsp(merged);
}

/** The CMS page's own policy (the <meta> marked data-cms-csp in src/pages/admin/index.astro). */
export function cmsMetaCsp(html: string): string | undefined {
  const tag = /<meta[^>]+data-cms-csp[^>]*>/i.exec(html)?.[0];
  return tag ? /content="([^"]*)"/i.exec(tag)?.[1]?.replace(/&#39;|&apos;/g, "'") : undefined;
}

/** `html` without the CSP <meta> tags that are not the CMS's own. */
export const withoutSiteCsp = (html: string) =>
  html.replace(/<meta(?![^>]*data-cms-csp)[^>]+http-equiv="content-security-policy"[^>]*>/gi, '');

/** Reads the CSP of a built page from its <meta http-equiv> tag. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta[^>]+http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return tag ? /content="([^"]*)"/i.exec(tag)?.[1]?.replace(/&#39;|&apos;/g, "'") : undefined;
}
