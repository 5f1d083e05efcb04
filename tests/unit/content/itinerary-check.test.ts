/** The checker's word on an itinerary's stops: the file, the day and the stop by number, and a fix with the close slugs. */
import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../../src/content/references';
import type { CheckedEntry } from '../../../src/content/checked-entry';
import type { ContentIssue } from '../../../src/content/messages';

const destination = (slug: string, located: boolean) =>
  ({
    collection: 'destinations',
    slug,
    file: `content/destinations/${slug}/index.id.mdx`,
    body: '',
    data: located ? { location: { lat: 2.33, lng: 99.06 } } : {},
  }) as unknown as CheckedEntry;
const itinerary = (days: string[][]) =>
  ({
    collection: 'itineraries',
    slug: 'uji',
    file: 'content/itineraries/uji/index.id.mdx',
    body: '',
    data: { days: days.map((stops) => ({ stops: stops.map((destination) => ({ destination })) })) },
  }) as unknown as CheckedEntry;

describe('itinerary stops', () => {
  const entries = [destination('lumban-rang', true), destination('onan-balerong', true), destination('tanpa-titik', false)];
  const check = (days: string[][]) => {
    const errors: ContentIssue[] = [];
    checkReferences([...entries, itinerary(days)], errors);
    return errors;
  };

  it('accepts stops at published destinations with a map point', () => {
    expect(check([['onan-balerong'], ['lumban-rang']])).toEqual([]);
  });

  it('names the file, the day and the stop of an unknown destination, and suggests the close slugs', () => {
    const [e] = check([['onan-balerong'], ['onan-balerong', 'lumban-rangg']]);
    expect(e).toMatchObject({
      file: 'content/itineraries/uji/index.id.mdx',
      field: 'days.1.stops.1.destination',
      code: 'unknown-reference',
    });
    expect(e!.message.id).toContain('Hari 2, perhentian 2');
    expect(e!.message.en).toContain('Day 2, stop 2');
    expect(e!.fix.id).toContain('Mungkin: lumban-rang');
    expect(e!.fix.en).toContain('Perhaps: lumban-rang');
  });

  it('refuses a destination without a map point, saying how to fix it', () => {
    const [e] = check([['tanpa-titik']]);
    expect(e).toMatchObject({ field: 'days.0.stops.0.destination', code: 'stop-without-location' });
    expect(e!.fix.id).toContain('content/destinations/tanpa-titik/index.id.mdx');
  });
});
