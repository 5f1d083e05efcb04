/**
 * The `_headers` file of Netlify and Cloudflare Pages: security headers on
 * every response, caching per kind of file. Also a reader for it, which the
 * end-to-end tests use to serve the built site with these headers.
 *
 * The two hosts disagree when one header is set by two rules matching the
 * same path (Netlify keeps the later value, Cloudflare joins them with a
 * comma), so each header is set by exactly one rule for any path; a unit test
 * holds the file to that.
 */
import { joinPath, ROUTES } from '../routes';
import { DEFAULT_LANG, type Lang } from '../locales';
import { site } from '../../config/site';

export interface HeaderRule {
  /** Path pattern: `*` matches anything (splat). */
  path: string;
  headers: [string, string][];
  comment?: string;
}

const YEAR = 31_536_000;

/** Security headers for every response (the Content-Security-Policy goes with the pages: see headerRules). */
export function securityHeaders(): [string, string][] {
  return [
    ['Strict-Transport-Security', `max-age=${YEAR}; includeSubDomains`],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Geolocation only for our own pages ("near me" on the map); nothing else is used.
    ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * The rules, for a site built with `base` (every path is prefixed with it).
 * The site's CSP is sent with its pages (every route, the home page, /en/,
 * the 404 page), where a policy applies; the CMS at /admin/ has a policy of
 * its own (`adminCsp`, read from its page), which is why the policy cannot sit
 * on a rule for every path: two matching rules would give /admin/ both.
 */
export function headerRules(opts: { base: string; csp: string; adminCsp?: string | undefined }): HeaderRule[] {
  const at = (...segments: string[]) => joinPath(opts.base, ...segments);
  const html: [string, string][] = [
    ['Content-Security-Policy', opts.csp],
    ['Cache-Control', 'public, max-age=300, must-revalidate'],
  ];
  const roots = (lang: Lang) => [
    ...new Set(
      Object.values(ROUTES)
        .map((r) => r[lang])
        .filter(Boolean),
    ),
  ];
  const htmlRoots = roots(DEFAULT_LANG);
  const others = site.locales.filter((l) => l !== DEFAULT_LANG);
  return [
    { path: `${at()}*`, headers: securityHeaders(), comment: 'Every response' },
    {
      path: `${at('_astro')}*`,
      headers: [['Cache-Control', `public, max-age=${YEAR}, immutable`]],
      comment: 'Bundled assets: content-hashed names, never change',
    },
    // The search index is rebuilt with every build under the same names.
    { path: `${at('pagefind')}*`, headers: [['Cache-Control', 'public, max-age=300, must-revalidate']], comment: 'Search index' },
    {
      path: `${at('data')}*`,
      // Open data is meant to be fetched by other sites and apps.
      headers: [
        ['Cache-Control', 'public, max-age=3600'],
        ['Access-Control-Allow-Origin', '*'],
      ],
      comment: 'Open data',
    },
    { path: `${at('share')}*`, headers: [['Cache-Control', 'public, max-age=86400']], comment: 'Share images and cover art' },
    { path: `${at('cover')}*`, headers: [['Cache-Control', 'public, max-age=86400']] },
    { path: at(), headers: html, comment: 'HTML pages: short, so a new build shows within minutes' },
    ...htmlRoots.map((segment) => ({ path: `${at(segment)}*`, headers: html })),
    // Other languages' pages route by route, not `/en/*`: that would also match /en/manifest.webmanifest, which is
    // revalidated like /manifest.webmanifest below (one header, one rule).
    ...others.flatMap((lang) => [
      { path: at(lang), headers: html },
      ...roots(lang).map((segment) => ({ path: `${at(lang, segment)}*`, headers: html })),
    ]),
    { path: `${at()}404.html`, headers: html },
    // The service worker and the manifests: always revalidated, so a new deploy is found on the next visit.
    { path: `${at()}sw.js`, headers: [['Cache-Control', 'no-cache']], comment: 'Offline app (src/lib/pwa/)' },
    { path: `${at()}manifest.webmanifest`, headers: [['Cache-Control', 'no-cache']] },
    ...others.map((lang) => ({ path: `${at(lang)}manifest.webmanifest`, headers: [['Cache-Control', 'no-cache']] as [string, string][] })),
    ...(opts.adminCsp
      ? [
          {
            path: `${at('admin')}*`,
            headers: [
              ['Content-Security-Policy', `${opts.adminCsp}; frame-ancestors 'none'`],
              ['Cache-Control', 'no-cache'],
            ] as [string, string][],
            comment: 'The CMS (src/pages/admin/): its own policy, for editors only',
          },
        ]
      : []),
  ];
}

/** Cloudflare Pages ignores a `_headers` file past these limits. */
export const HEADERS_LIMITS = { rules: 100, lineLength: 2000 };

export function headersFile(rules: HeaderRule[]): string {
  if (rules.length > HEADERS_LIMITS.rules)
    throw new Error(`_headers: ${rules.length} rules, more than the ${HEADERS_LIMITS.rules} Cloudflare Pages reads`);
  const lines = ['# Generated by src/build/steps/headers.ts at build time. Netlify / Cloudflare Pages format.'];
  for (const rule of rules) {
    if (rule.comment) lines.push('', `# ${rule.comment}`);
    lines.push(rule.path, ...rule.headers.map(([k, v]) => `  ${k}: ${v}`));
  }
  const long = lines.find((l) => l.length > HEADERS_LIMITS.lineLength);
  if (long)
    throw new Error(
      `_headers: a line is longer than ${HEADERS_LIMITS.lineLength} characters (Cloudflare Pages' limit): ${long.slice(0, 80)}…`,
    );
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** True when a rule's path pattern matches a request path (a `*` matches any run of characters). */
export function pathMatches(pattern: string, pathname: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(pathname);
}

/** The headers a host sends for `pathname`: all matching rules, later ones winning. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) if (pathMatches(rule.path, pathname)) for (const [k, v] of rule.headers) out[k] = v;
  return out;
}
