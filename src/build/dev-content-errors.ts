/**
 * Dev-only middleware (added by ./dev-preview.ts): while the content has
 * errors, the entry at fault shows the checker's report instead of its page,
 * and every other page shows the report at its top. The report is the one
 * `npm run check:content` prints. The page reloads itself once the files change.
 */
import { BASE } from '../lib/base';
import type { MiddlewareHandler } from 'astro';
import { devContentErrors, errorBanner, errorPage, pagesOfFile } from '../content/dev-errors';

const STATUS = '/__jelajah/content-status';

export const onRequest: MiddlewareHandler = async (ctx, next) => {
  const { errors, stamp } = devContentErrors();
  if (ctx.url.pathname.endsWith(STATUS)) return Response.json({ stamp, errors: errors.length });
  if (!errors.length) return next();
  const base = BASE;
  const own = errors.filter((e) => pagesOfFile(e.file, base).includes(ctx.url.pathname));
  if (own.length) {
    return new Response(errorPage(own, errors.length, stamp, `${base.replace(/\/$/, '')}${STATUS}`), {
      status: 500,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
  const res = await next();
  if (!res.headers.get('Content-Type')?.includes('text/html')) return res;
  const html = await res.text();
  return new Response(
    html.replace(/<body([^>]*)>/, (m) => `${m}${errorBanner(errors)}`),
    { status: res.status, headers: res.headers },
  );
};
