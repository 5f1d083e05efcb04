/** The real content as plain entries (src/lib/content/plain.ts), read with the stand-alone checker. */
import path from 'node:path';
import { checkContent } from '../../../src/lib/content/validate';
import type { DestinationData, EventData, PlainEntry, ProductData } from '../../../src/lib/content/plain';
import { site } from '../../../src/config/site';

const { entries } = checkContent(path.resolve(site.contentDir));
const of = <D>(collection: string) =>
  entries
    .filter((e) => e.collection === collection && e.data)
    .map((e) => ({ slug: e.slug, data: e.data as D, en: e.en && { data: e.en } }) satisfies PlainEntry<D>);

export const destinations = of<DestinationData>('destinations');
export const events = of<EventData>('events');
export const products = of<ProductData>('products');
export const bySlug = <D>(list: PlainEntry<D>[], slug: string) => {
  const e = list.find((x) => x.slug === slug);
  if (!e) throw new Error(`No entry ${slug}`);
  return e;
};
