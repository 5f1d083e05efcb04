/**
 * The one read of the site's base path (`base` in astro.config.mjs: `/`, or
 * `/wisata/` under a sub-path), always ending in `/`. Its own module so that
 * browser code gets it without the route tables; pages and components use the
 * URL builders of ./paths.ts, which fill it in.
 */
export const BASE: string = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
