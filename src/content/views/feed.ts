/** The RSS feed response of one language (Astro side: loads the content; the items and their order come from ./feed-items.ts). */
import { BASE } from '../../lib/base';
import rss from '@astrojs/rss';
import { loadSite, titleOf, summaryOf, districtOf } from '../load';
import { getDistrict } from '../districts';
import { routeUrl, feedUrl } from '../../lib/routes';
import { t, LOCALE } from '../../lib/i18n';
import { site } from '../../config/site';
import type { Lang } from '../vocab';
import { feedItems, type FeedEntry } from '../../lib/seo/feed-items';

export async function feedResponse(lang: Lang): Promise<Response> {
  const base = BASE;
  const content = await loadSite();
  const url = (route: 'destinations' | 'events' | 'products', slug: string) => new URL(routeUrl(base, lang, route, slug), site.url).href;
  const district = (e: Parameters<typeof districtOf>[0]): string[] => {
    const name = getDistrict(districtOf(e, content.destinations) ?? '')?.name;
    return name ? [name] : [];
  };
  const common = (e: Parameters<typeof districtOf>[0]) => ({
    title: titleOf(e, lang),
    summary: summaryOf(e, lang),
    lastVerified: e.data.lastVerified,
    url: url(e.collection, e.slug),
  });
  const entries: FeedEntry[] = [
    ...content.events.map((e) => ({ ...common(e), type: 'event' as const, start: e.data.start, end: e.data.end, categories: district(e) })),
    ...content.destinations.map((e) => ({
      ...common(e),
      type: 'destination' as const,
      categories: [t(lang, `category.${e.data.category}`), ...district(e)],
    })),
    ...content.products.map((e) => ({ ...common(e), type: 'product' as const, categories: [t(lang, `kind.${e.data.kind}`)] })),
  ];
  return rss({
    title: t(lang, 'feed.title'),
    description: t(lang, 'feed.description'),
    site: new URL(routeUrl(base, lang, 'home'), site.url).href,
    items: feedItems(lang, entries),
    customData: `<language>${LOCALE[lang]}</language><atom:link href="${new URL(feedUrl(base, lang), site.url).href}" rel="self" type="application/rss+xml" />`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
  });
}
