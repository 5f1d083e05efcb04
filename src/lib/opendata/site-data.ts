/**
 * The open data files built from this site's content (Astro side). The
 * endpoints in src/pages/data/ stay one line long; the pure builders are in
 * ./records.ts and ./schema.ts.
 */
import { loadSite, type AnyEntry } from '../content/load';
import { coverUrl, dataUrl, routeUrl } from '../routes';
import { t, uiKeys } from '../i18n';
import { site } from '../../config/site';
import { datasetFile, destinationRecord, eventRecord, productRecord, type DataContext } from './records';
import { jsonSchemaOf, type DatasetName } from './schema';

const base = import.meta.env.BASE_URL;
const absolute = (path: string) => new URL(path, site.url).href;

/** An entry's picture: its first photo, or its generated cover art. */
export function entryImage(entry: AnyEntry): string {
  const photo = entry.data.photos[0];
  return photo ? photo.src.src : coverUrl(base, entry.collection, entry.slug);
}

/** URL of a dataset's JSON Schema. */
export const schemaUrl = (name: DatasetName) => absolute(dataUrl(base, `schema/${name}.schema.json`));

const fieldKeys = new Set(uiKeys('en'));
const title = (name: DatasetName) => ({ id: t('id', `data.${name}.title`), en: t('en', `data.${name}.title`) });

export async function dataset(name: DatasetName) {
  const content = await loadSite();
  const ctx: DataContext = {
    site: site.url,
    base,
    destinations: content.destinations,
    imageOf: (collection, slug) => entryImage(content[collection].find((e) => e.slug === slug)!),
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
