/**
 * The built calendar files, read back with ical.js (a real RFC 5545 parser):
 * every event's .ics and the feeds parse, carry the page URL and a UID the
 * feed shares, and recurring events expand to the next dates their pages show.
 * On the fixture site (tests/fixtures/site/), which has every kind of schedule.
 */
import { test, expect, fixture } from './fixtures';
import { parseCalendar } from '../ical-parse';
import { rruleText, type EventDates } from '../../src/lib/events/schedule';

const LANGS = {
  id: { feed: 'data/events.ics', prefix: 'acara' },
  en: { feed: 'data/events.en.ics', prefix: 'en/events' },
} as const;

for (const [lang, p] of Object.entries(LANGS)) {
  test(`every event's calendar file and the ${lang === 'id' ? 'Indonesian' : 'English'} feed parse and agree`, async ({ request }) => {
    test.slow(); // one page or file per event
    const feedRes = await request.get(p.feed);
    expect(feedRes.status()).toBe(200);
    const feed = parseCalendar(await feedRes.text()).events;
    expect(feed).toHaveLength(fixture.events.length);
    expect(new Set(feed.map((e) => e.uid)).size).toBe(fixture.events.length);
    for (const e of fixture.events) {
      const res = await request.get(`${p.prefix}/${e.slug}.ics`);
      expect(res.status(), `${p.prefix}/${e.slug}.ics`).toBe(200);
      const [ev, ...rest] = parseCalendar(await res.text()).events;
      expect(rest).toHaveLength(0);
      expect(ev!.url).toMatch(new RegExp(`/${p.prefix}/${e.slug}/$`));
      expect(ev!.uid).toMatch(new RegExp(`^event-${e.slug}@`));
      const inFeed = feed.find((f) => f.uid === ev!.uid);
      expect(inFeed?.summary, e.slug).toBe(ev!.summary);
      const title = lang === 'en' ? (e.en?.title ?? (e.data as { title: string }).title) : (e.data as { title: string }).title;
      expect(ev!.summary).toBe(title);
      expect(!!ev!.rrule).toBe(!!(e.data as { recurrence?: unknown }).recurrence);
    }
  });
}

test('a recurring event’s calendar file repeats on the next dates its page shows', async ({ page, request }) => {
  test.slow(); // one page or file per event
  const recurring = fixture.events.filter((e) => (e.data as { recurrence?: unknown }).recurrence);
  expect(recurring.length).toBeGreaterThanOrEqual(6);
  for (const e of recurring) {
    await page.goto(`en/events/${e.slug}/`);
    const shown = await page.locator('[data-next-list] time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(shown.length, e.slug).toBeGreaterThanOrEqual(2);
    const [ev] = parseCalendar(await (await request.get(`en/events/${e.slug}.ics`)).text()).events;
    expect(ev!.occurrences(shown[0]!, shown.length), e.slug).toEqual(shown);
  }
});

// Any recurring event with a day of its own will do (the fixture site has several).
const recurring = fixture.events.find((e) => {
  const r = (e.data as unknown as EventDates).recurrence;
  return r && r.freq !== 'yearly-announced';
});

test('an event page offers its calendar file and a Google Calendar link', async ({ page, request }) => {
  expect(recurring, 'tests/fixtures/site/ has a recurring event').toBeDefined();
  const rule = rruleText(recurring!.data as unknown as EventDates)!;
  await page.goto(`acara/${recurring!.slug}/`);
  const file = page.getByRole('link', { name: 'Unduh file kalender (.ics)' });
  const res = await request.get((await file.getAttribute('href'))!);
  expect(res.headers()['content-type']).toContain('text/calendar');
  const [ev] = parseCalendar(await res.text()).events;
  // ical.js may write the parts in another order; the rule is the same.
  const parts = (r: string) =>
    r
      .replace(/^RRULE:/, '')
      .split(';')
      .sort();
  expect(parts(ev!.rrule!)).toEqual(parts(rule));
  const google = new URL((await page.getByRole('link', { name: /Tambahkan ke Google Kalender/ }).getAttribute('href'))!);
  expect(google.hostname).toBe('calendar.google.com');
  expect(google.searchParams.get('action')).toBe('TEMPLATE');
  expect(google.searchParams.get('recur')).toBe(rule);
  const next = await page.locator('[data-next-list] time').first().getAttribute('datetime');
  expect(google.searchParams.get('dates')?.slice(0, 8)).toBe(next!.replace(/-/g, ''));
});

test('the events page invites visitors to subscribe to the feed', async ({ page }) => {
  await page.goto('en/events/');
  await expect(page.getByRole('link', { name: 'Subscribe in your calendar app' })).toHaveAttribute(
    'href',
    /^webcal:\/\/.+\/data\/events\.en\.ics$/,
  );
  await expect(page.getByRole('link', { name: 'Download all events (.ics)' })).toHaveAttribute('href', /\/data\/events\.en\.ics$/);
});
