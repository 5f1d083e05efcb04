/**
 * The open data files built from this site's content (Astro side). The
 * endpoints in src/pages/data/ stay one line long; the pure builders are in
 * ./records.ts and ./schema.ts.
 */
import { BASE } from '../../lib/base';
import { getImage } from 'astro:assets';
import { allEntries, loadSite, type AnyEntry } from '../load';
import { publishedSize } from '../photo-sizes';
import { coverUrl, dataUrl, routeUrl } from '../../lib/routes';
import { t, uiKeys } from '../../lib/i18n';
import { site } from '../../config/site';
import { datasetFile, destinationRecord, eventRecord, productRecord, type DataContext } from '../../lib/opendata/records';
import { jsonSchemaOf, type DatasetName } from '../../lib/opendata/schema';
import { itinerariesJsonSchema } from '../../lib/opendata/itineraries';

const base = BASE;
const absolute = (path: string) => new URL(path, site.url).href;

/**
 * An entry's picture: its first photo, or its generated cover art. The photo is a JPEG copy at most
 * PHOTO_MAX_WIDTH wide, re-encoded without its metadata; linking `photo.src.src` would publish the
 * original file byte for byte, GPS position and all.
 */
export async function entryImage(entry: AnyEntry): Promise<string> {
  const photo = entry.data.photos[0];
  if (!photo) return coverUrl(base, entry.collection, entry.slug);
  return (await getImage({ src: photo.src, width: publishedSize(photo.src).width, format: 'jpeg' })).src;
}

/** URL of a dataset's JSON Schema (itineraries: of /data/itineraries.geojson). */
export const schemaUrl = (name: DatasetName | 'itineraries') => absolute(dataUrl(base, `schema/${name}.schema.json`));

const fieldKeys = new Set(uiKeys('en'));
const title = (name: DatasetName) => ({ id: t('id', `data.${name}.title`), en: t('en', `data.${name}.title`) });

export async function dataset(name: DatasetName) {
  const content = await loadSite();
  const entries = allEntries(content);
  const images = new Map(await Promise.all(entries.map(async (e) => [`${e.collection}/${e.slug}`, await entryImage(e)] as const)));
  const ctx: DataContext = {
    site: site.url,
    base,
    destinations: content.destinations,
    imageOf: (collection, slug) => images.get(`${collection}/${slug}`)!,
  };
  const meta = {
    title: title(name),
    schemaUrl: schemaUrl(name),
    homepage: absolute(routeUrl(base, 'id', 'openData')),
    publisher: { name: site.publisher.name, url: site.publisher.url },
    license: site.dataLicense,
  };
  if (name === 'destinations')
    return datasetFile(
      meta,
      content.destinations.map((e) => destinationRecord(ctx, e)),
    );
  if (name === 'events')
    return datasetFile(
      meta,
      content.events.map((e) => eventRecord(ctx, e)),
    );
  return datasetFile(
    meta,
    content.products.map((e) => productRecord(ctx, e)),
  );
}

export function schema(name: DatasetName) {
  return jsonSchemaOf(name, {
    id: schemaUrl(name),
    title: title(name).en,
    description: t('en', 'data.wrapper'),
    describe: (field) => (fieldKeys.has(`data.field.${field}`) ? t('en', `data.field.${field}` as 'data.field.id') : undefined),
  });
}

/** The JSON Schema of /data/itineraries.geojson, its properties described in English. */
export function itinerariesSchema() {
  return itinerariesJsonSchema({
    id: schemaUrl('itineraries'),
    title: t('en', 'data.itineraries.title'),
    description: t('en', 'data.itineraries.text'),
    describe: (name) => (fieldKeys.has(`data.route.${name}`) ? t('en', `data.route.${name}` as 'data.route.id') : undefined),
  });
}
