/**
 * The print kit's manifest (Astro side): for every destination a poster, for every product a label
 * sheet, for every destination and event its social-media templates, with the texts in both languages
 * and the absolute addresses of the pages (SITE_URL and the base path). Written by
 * src/build/print-manifest-route.ts; drawn after the build by src/build/steps/print-kit.ts.
 */
import { loadSite, summaryOf, titleOf } from '../load';
import { site } from '../../config/site';
import { routeUrl } from '../../lib/paths';
import { t } from '../../lib/i18n';
import { coverSpecs, type CoverPlace } from './covers';

export interface PrintEntry {
  collection: 'destinations' | 'events' | 'products';
  slug: string;
  glyph: string;
  place: CoverPlace;
  /** Title and summary in Indonesian and English (Indonesian when the English file is missing). */
  name: { id: string; en: string };
  summary: { id: string; en: string };
  /** "Destinasi · Pantai" and "Destination · Beach". */
  label: { id: string; en: string };
  /** The pages, absolute: the QR codes point at the Indonesian one. */
  url: { id: string; en: string };
  /** The entry's first photo on disk, for the social templates. */
  photo?: string | undefined;
}

export interface PrintManifest {
  /** Host of the site, printed small. */
  host: string;
  entries: PrintEntry[];
}

const photoFile = (photos: readonly { src: unknown }[]) => (photos[0]?.src as { fsPath?: string } | undefined)?.fsPath;
const both = (f: (lang: 'id' | 'en') => string) => ({ id: f('id'), en: f('en') });
const absolute = (lang: 'id' | 'en', route: PrintEntry['collection'], slug: string) => new URL(routeUrl(lang, route, slug), site.url).href;

export async function printManifest(): Promise<PrintManifest> {
  const content = await loadSite();
  const places = new Map(coverSpecs(content).map((c) => [`${c.collection}/${c.slug}`, c.place]));
  const entry = (
    collection: PrintEntry['collection'],
    e: Parameters<typeof titleOf>[0] & { data: { photos: readonly { src: unknown }[] } },
    glyph: string,
    label: (lang: 'id' | 'en') => string,
  ): PrintEntry => ({
    collection,
    slug: e.slug,
    glyph,
    place: places.get(`${collection}/${e.slug}`) ?? { districts: [], pins: [] },
    name: both((l) => titleOf(e, l)),
    summary: both((l) => summaryOf(e, l)),
    label: both(label),
    url: both((l) => absolute(l, collection, e.slug)),
    photo: photoFile(e.data.photos),
  });
  return {
    host: new URL(site.url).host,
    entries: [
      ...content.destinations.map((d) =>
        entry('destinations', d, d.data.category, (l) => `${t(l, 'type.destination')} · ${t(l, `category.${d.data.category}`)}`),
      ),
      ...content.events.map((e) => entry('events', e, 'event', (l) => t(l, 'type.event'))),
      ...content.products.map((p) => entry('products', p, p.data.kind, (l) => `${t(l, 'type.product')} · ${t(l, `kind.${p.data.kind}`)}`)),
    ],
  };
}
