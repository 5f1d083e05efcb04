/**
 * Astro side of the search fields: resolves entries, districts and practical
 * pages into `SearchFacts` (./fields.ts), from the same data the pages show,
 * and makes the small thumbnail a result shows.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { allEntries, districtOf, SINGULAR, type AnyEntry, type SiteContent } from '../load';
import { eventDateLabel, eventView } from '../../lib/events/view';
import { facetValueOf } from '../facets';
import type { District } from '../districts';
import type { Category, Lang, ProductKind } from '../vocab';
import { pick } from '../../lib/i18n';
import { locationOf, PAGE_FACTS, type SearchFacts, type SearchImage } from '../../lib/search/fields';

/** The search facts of an entry on the day `today` (events are upcoming or past). */
export function entryFacts(e: AnyEntry, content: SiteContent, lang: Lang, today: string): SearchFacts {
  const valueOf = facetValueOf(content.destinations);
  const view = e.collection === 'events' ? eventView(e, content.destinations, today) : undefined;
  return {
    kind: SINGULAR[e.collection],
    category: (valueOf(e, 'category') ?? valueOf(e, 'kind')) as Category | ProductKind | undefined,
    district: districtOf(e, content.destinations),
    when: view?.status,
    location: locationOf(e, content.destinations),
    date: view ? eventDateLabel(view, lang) : undefined,
  };
}

export function districtFacts(d: District): SearchFacts {
  return { kind: 'district', district: d.slug, location: { lat: d.center.lat, lng: d.center.lng } };
}

export { PAGE_FACTS };

/** Every indexed page's facts in one language, for the search page's facet counts. */
export function allFacts(content: SiteContent, districts: readonly District[], lang: Lang, today: string): SearchFacts[] {
  const entries = allEntries(content);
  return [
    ...entries.map((e) => entryFacts(e, content, lang, today)),
    ...districts.map(districtFacts),
    ...[...content.pages.keys()].map(() => PAGE_FACTS),
  ];
}

type Photo = { src: ImageMetadata; alt: { id: string; en?: string | undefined } };

/** A result's thumbnail: the first photo at thumbnail size, or the cover art (already small SVG). */
export async function searchImage(photos: readonly Photo[], lang: Lang, cover: string): Promise<SearchImage> {
  const photo = photos[0];
  if (!photo) return { src: cover };
  const thumb = await getImage({ src: photo.src, width: 192, format: 'webp' });
  return { src: thumb.src, alt: pick(photo.alt, lang)?.text };
}
