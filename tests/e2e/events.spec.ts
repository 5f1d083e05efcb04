/**
 * Events stay true after the build: with the browser clock fixed
 * (`page.clock`), the events index, an event page and the home page re-decide
 * upcoming vs past against the visitor's day in Jakarta. Without JavaScript
 * they show the build-time state with its build date.
 *
 * On the fixture site (tests/fixtures/site/, the `fixture` project): a Friday market
 * (pekan-jumat-uji), yearly dates on 17 June and 1 October, a race on the second
 * Saturday of July, and one-off festivals in 2014 and 2025.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, fixture } from './fixtures';
import { formatDay } from '../../src/lib/events/dates';

const MARCH_1_2027 = new Date('2027-03-01T10:00:00+07:00');
const PATHS = {
  id: { home: '', events: 'acara/', event: (slug: string) => `acara/${slug}/`, month: (m: string) => `acara/bulan/${m}/` },
  en: { home: 'en/', events: 'en/events/', event: (slug: string) => `en/events/${slug}/`, month: (m: string) => `en/events/month/${m}/` },
} as const;
const LANGS = [
  ['id', 'Indonesian'],
  ['en', 'English'],
] as const;

/** The title link of an event's card, for `has:` filters (relative to the element filtered). */
const titleLink = (page: Page, slug: string) => page.locator(`:is(h2, h3, h4) a[href$="/${slug}/"]`);
/** The card of an event inside a list. */
const card = (scope: Locator, slug: string) => scope.locator('li', { has: titleLink(scope.page(), slug) });
const upcoming = (page: Page) => page.locator('[data-section="upcoming"]');

/** Test oracle, independent of the site's rrule code: the first Friday on or after a day. */
function fridayOnOrAfter(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  while (d.getUTCDay() !== 5) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

for (const [lang, language] of LANGS) {
  test(`on 1 March 2027 the 2026 commemorations are past and the 17 June 2027 one is upcoming (${language})`, async ({ page }) => {
    test.slow(); // visits several pages
    await page.clock.setFixedTime(MARCH_1_2027);
    await page.goto(PATHS[lang].events);
    const soon = upcoming(page);
    await expect(soon.locator('h2')).toContainText(formatDay('2027-03-01', lang, false));
    const june17 = card(soon, 'peringatan-juni-uji');
    await expect(june17.locator('[data-date-label]')).toContainText(formatDay('2027-06-17', lang));
    await expect(soon.locator('.event-group', { has: titleLink(page, 'peringatan-juni-uji') }).locator('h3')).toHaveText(
      lang === 'id' ? 'Juni 2027' : 'June 2027',
    );
    await expect(card(soon, 'peringatan-oktober-uji').locator('[data-date-label]')).toContainText(formatDay('2027-10-01', lang));
    // No upcoming event still carries a 2026 date.
    for (const label of await soon.locator('[data-date-label]').allInnerTexts()) expect(label).not.toMatch(/2026/);

    await page.goto(PATHS[lang].event('peringatan-juni-uji'));
    await expect(page.locator('[data-status-label]')).toHaveText(lang === 'id' ? 'Mendatang' : 'Upcoming');
    await expect(page.locator('[data-previous]')).toContainText(formatDay('2026-06-17', lang));
    await expect(page.locator('[data-next-list] time').first()).toHaveAttribute('datetime', '2027-06-17');
  });

  test(`on 1 March 2027 the Friday market's next date is the next Friday (${language})`, async ({ page }) => {
    test.slow(); // visits several pages
    await page.clock.setFixedTime(MARCH_1_2027);
    const friday = fridayOnOrAfter('2027-03-01');
    await page.goto(PATHS[lang].event('pekan-jumat-uji'));
    await expect(page.locator('.facts [data-date-label]')).toContainText(formatDay(friday, lang));
    await expect(page.locator('[data-next-list] time').first()).toHaveAttribute('datetime', friday);
    await page.goto(PATHS[lang].events);
    await expect(card(upcoming(page), 'pekan-jumat-uji').locator('[data-date-label]')).toContainText(formatDay(friday, lang));
  });

  test(`on 1 March 2027 the home page's next events agree with the events page (${language})`, async ({ page }) => {
    test.slow(); // visits several pages
    await page.clock.setFixedTime(MARCH_1_2027);
    await page.goto(PATHS[lang].events);
    const expected = (await upcoming(page).locator('.cards > li h4 a').allInnerTexts()).slice(0, 3);
    await page.goto(PATHS[lang].home);
    const next = page.locator('[data-next-events] .cards > li:visible');
    await expect(next).toHaveCount(3);
    expect(await next.locator('h3 a').allInnerTexts()).toEqual(expected);
    await expect(next.first().locator('[data-date-label]')).toContainText(formatDay(fridayOnOrAfter('2027-03-01'), lang));
    for (const label of await next.locator('[data-date-label]').allInnerTexts()) expect(label).not.toMatch(/2026/);
  });
}

test('on 1 March 2027 the race on the second Saturday of July is on 10 July 2027, and its calendar says so', async ({ page, request }) => {
  await page.clock.setFixedTime(MARCH_1_2027);
  await page.goto(PATHS.en.event('lomba-juli-uji'));
  // Test oracle: 1 July 2027 is a Thursday, so its Saturdays are the 3rd and the 10th; in 2028 (1 July a Saturday), the 8th.
  const next = page.locator('[data-next-list] time');
  await expect(next.first()).toHaveAttribute('datetime', '2027-07-10');
  await expect(page.locator('[data-next-list] time[datetime="2028-07-08"]')).toHaveCount(1);
  await expect(page.locator('[data-previous]')).toContainText(formatDay('2026-07-11', 'en'));
  const ics = await (await request.get('en/events/lomba-juli-uji.ics')).text();
  expect(ics).toMatch(/RRULE:FREQ=YEARLY;[^\r]*BYDAY=2SA/);
  expect(ics).toMatch(/RRULE:FREQ=YEARLY;[^\r]*BYMONTH=7/);
});

test.describe('in a browser set to New York time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the Friday market is today when it is already Friday in Jakarta', async ({ page }) => {
    // Thursday 4 March 2027, 15:00 in New York = Friday 5 March, 03:00 in Jakarta.
    await page.clock.setFixedTime(new Date('2027-03-04T20:00:00Z'));
    await page.goto(PATHS.en.event('pekan-jumat-uji'));
    await expect(page.locator('[data-next-list] time').first()).toHaveAttribute('datetime', '2027-03-05');
    await expect(page.locator('[data-previous] time')).toHaveAttribute('datetime', '2027-02-26');
  });
});

test('a visitor whose clock is behind the build sees a festival as upcoming again', async ({ page }) => {
  test.slow(); // visits several pages
  // The fixture festival ran 22–24 August 2025: on its second day it is happening, not past.
  await page.clock.setFixedTime(new Date('2025-08-23T09:00:00+07:00'));
  await page.goto(PATHS.en.events);
  await expect(card(upcoming(page), 'festival-uji-2025')).toBeVisible();
  await expect(card(page.locator('[data-section="past"]'), 'festival-uji-2025')).toHaveCount(0);
  await page.goto(PATHS.en.event('festival-uji-2025'));
  await expect(page.locator('[data-status-label]')).toHaveText('Upcoming');
  await expect(page.getByRole('link', { name: 'Add to Google Calendar' })).toBeVisible();
});

test('once a one-off festival is over its page says past and offers no calendar links', async ({ page }) => {
  await page.goto(PATHS.id.event('festival-uji-2025'));
  await expect(page.locator('[data-status-label]')).toHaveText('Sudah lewat');
  await expect(page.getByRole('link', { name: 'Tambahkan ke Google Kalender' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the events page shows the build-time state with its build date', async ({ page }) => {
    test.slow(); // visits several pages
    await page.goto(PATHS.id.events);
    const buildDay = await page.locator('jt-event-dates').first().getAttribute('data-build-day');
    expect(buildDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(upcoming(page).locator('h2')).toContainText(`per ${formatDay(buildDay!, 'id', false)}`);
    await expect(card(upcoming(page), 'pekan-jumat-uji').locator('[data-date-label]')).toContainText(
      formatDay(fridayOnOrAfter(buildDay!), 'id'),
    );
    await page.goto(PATHS.en.home);
    await expect(page.locator('[data-next-events]')).toContainText(`as of ${formatDay(buildDay!, 'en', false)}`);
    await expect(page.locator('[data-next-events] .cards > li:visible')).toHaveCount(3);
  });

  test('the month filter works as links in both languages', async ({ page }) => {
    test.slow(); // visits several pages
    const inJune = fixture.events.filter((e) => {
      const d = e.data as { start: string; end?: string; recurrence?: { freq: string } };
      // Weekly and monthly events happen in every month.
      return ['weekly', 'monthly'].includes(d.recurrence?.freq ?? '') || d.start.slice(5, 7) === '06' || d.end?.slice(5, 7) === '06';
    });
    await page.goto(PATHS.id.events);
    await page.getByRole('navigation', { name: 'Saring menurut bulan' }).getByRole('link', { name: /^Juni/ }).click();
    await expect(page).toHaveURL(/\/acara\/bulan\/06\/$/);
    await expect(page.locator('h1')).toHaveText('Acara: Juni');
    await expect(page.locator('.cards > li')).toHaveCount(inJune.length);
    for (const e of inJune) await expect(card(page.locator('main'), e.slug)).toHaveCount(1);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(/\/en\/events\/month\/06\/$/);
    await expect(page.locator('h1')).toHaveText('Events: June');
    await expect(page.locator('.cards > li')).toHaveCount(inJune.length);
  });
});
