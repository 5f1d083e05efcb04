/**
 * getStaticPaths of one page type in every published language (`site.locales`).
 * Each route file under src/pages/ is a rest-param route (`[...destination].astro`)
 * whose one parameter is the whole path after the base, built from the locale
 * table (src/lib/locales.ts): `destinasi/situmurun` in Indonesian,
 * `en/destinations/situmurun` in English. Adding a language adds no route file.
 */
import { site } from '../config/site';
import { routeSegments, type RouteName } from '../lib/routes';
import type { Lang } from '../lib/locales';

/** One page of a route in one language: the segments after the route's own, and the page's props. */
export interface LocalPage<P> {
  route: RouteName;
  /** Segments after the route segment, e.g. [slug] or ['kategori/beach']; undefined ones are left out. */
  rest?: (string | undefined)[];
  props: P;
}

/** The static paths, in the shape getStaticPaths returns, with `lang` added to every page's props. */
export async function localePaths<P extends object>(
  param: string,
  pagesOf: (lang: Lang) => LocalPage<P>[] | Promise<LocalPage<P>[]>,
  langs: readonly Lang[] = site.locales,
): Promise<{ params: Record<string, string | undefined>; props: P & { lang: Lang } }[]> {
  const perLang = await Promise.all(
    langs.map(async (lang) =>
      (await pagesOf(lang)).map(({ route, rest = [], props }) => {
        const path = routeSegments(lang, route, ...rest).join('/');
        // The default language's home page is the root: an undefined rest parameter.
        return { params: { [param]: path || undefined }, props: { ...props, lang } };
      }),
    ),
  );
  return perLang.flat();
}

/** One language's paths in getStaticPaths' shape (static-paths.ts) as LocalPages: the params' values become the rest. */
export const fromParams = <P extends object>(
  route: RouteName,
  paths: readonly { params: Record<string, string | number | undefined>; props: P }[],
): LocalPage<P>[] =>
  paths.map((p) => ({ route, rest: Object.values(p.params).map((v) => (v === undefined ? undefined : String(v))), props: p.props }));

/** The one page at a route's own URL in each language (the map page, /peta/, /en/map/); the parameter is named after the route. */
export const single = (route: RouteName) => localePaths(route, () => [{ route, props: {} }]);
