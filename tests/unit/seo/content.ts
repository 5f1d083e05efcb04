/**
 * The content folder as plain entries (src/content/plain.ts), read with the stand-alone checker, for
 * checks that hold for any entry; and the test fixture's entries, for checks about particular data (the
 * office may change any entry of content/).
 */
import path from 'node:path';
import { checkContent } from '../../../src/content/validate';
import type { DestinationData, EventData, PlainEntry, ProductData } from '../../../src/content/plain';
import { site } from '../../../src/config/site';

type Checked = ReturnType<typeof checkContent>['entries'];
const of = <D>(entries: Checked, collection: string) =>
  entries
    .filter((e) => e.collection === collection && e.data)
    .map((e) => ({ slug: e.slug, data: e.data as D, en: e.en && { data: e.en } }) satisfies PlainEntry<D>);
const corpus = (dir: string) => {
  const { entries } = checkContent(path.resolve(dir));
  return {
    destinations: of<DestinationData>(entries, 'destinations'),
    events: of<EventData>(entries, 'events'),
    products: of<ProductData>(entries, 'products'),
  };
};

export const { destinations, events, products } = corpus(site.contentDir);
/** The fixture site the behavioural e2e tests run on (tests/fixtures/site/): for checks about particular entries. */
export const fixtureSite = corpus('tests/fixtures/site');
const fixture = checkContent(path.resolve('tests/fixtures/content-valid')).entries;
/** The fixture's destination, as plain data. */
export const fixtureDestination = () => structuredClone(fixture.find((e) => e.collection === 'destinations')!.data) as DestinationData;
/** The fixture's event, as plain data. */
export const fixtureEvent = () => structuredClone(fixture.find((e) => e.collection === 'events')!.data) as EventData;
