/**
 * Guards on the content folder the site is built from (content/, or
 * JELAJAH_CONTENT_DIR: the editor-workflow e2e test runs this file on a copy
 * with freshly scaffolded entries). The folder belongs to the tourism office
 * and changes every week, so nothing here names an entry or counts them: each
 * check holds for any corpus that passes `npm run check:content`, and the
 * rules themselves are the checker's (src/content/rules.ts), tested on
 * fixtures in bad-content.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/validate';
import { BODY_MIN_WORDS, wordCount } from '../../../src/content/rules';
import { DISTRICT_SLUGS } from '../../../src/content/districts';
import { inBounds } from '../../../src/config/site';
import { site } from '../../../src/config/site';
import { nextOccurrences, type EventDates } from '../../../src/lib/events/schedule';
import { todayInJakarta } from '../../../src/lib/events/dates';

const { entries, errors } = checkContent(path.resolve(site.contentDir));
const of = (c: string) => entries.filter((e) => e.collection === c);

describe('the content folder', () => {
  it('passes the content checker', () => {
    expect(errors).toEqual([]);
  });
  it('has valid data for every published entry', () => {
    for (const e of entries) expect(e.data, e.file).toBeDefined();
  });
  it('names only official districts', () => {
    for (const d of of('districts')) expect(DISTRICT_SLUGS, d.file).toContain(d.slug);
  });
  it('writes bodies the checker counts as long enough', () => {
    for (const e of entries.filter((x) => ['destinations', 'events', 'products'].includes(x.collection))) {
      expect(wordCount(e.body), e.file).toBeGreaterThanOrEqual(BODY_MIN_WORDS);
    }
  });
  it('puts every pinned destination inside the regency', () => {
    for (const d of of('destinations')) {
      // A place nobody has pinned yet has no point to check.
      const loc = (d.data as { location?: { lat: number; lng: number } }).location;
      if (loc) expect(inBounds(loc.lat, loc.lng), d.file).toBe(true);
    }
  });
  it('gives every recurring event a next date, or says its date is announced', () => {
    const today = todayInJakarta();
    for (const e of of('events')) {
      const data = e.data as unknown as EventDates;
      if (!data.recurrence || ('announced' in data.recurrence && data.recurrence.announced)) continue;
      expect(nextOccurrences(data, today, 1), e.file).toHaveLength(1);
    }
  });
});
