/**
 * Two real `astro build` runs of the fixture content, on different days and
 * with another event added in between: the calendar files parse, and every
 * event keeps its UID, so calendars that subscribed update instead of
 * duplicating. Each build writes to a temp folder, never dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, fixtureCopy } from '../helpers';
import { parseCalendar } from '../../ical-parse';

function build(contentDir: string, day: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'jt-dist-'));
  const res = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      JELAJAH_CONTENT_DIR: contentDir,
      JELAJAH_OUT_DIR: out,
      // Inside the project: Vite resolves the data store by a root-relative URL.
      JELAJAH_CACHE_DIR: path.join('node_modules', '.astro-fixtures', path.basename(out)),
      ASTRO_TELEMETRY_DISABLED: '1',
      // The build day, as the reproducible-builds convention sets it.
      SOURCE_DATE_EPOCH: String(Date.parse(`${day}T03:00:00Z`) / 1000),
    },
  });
  expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(0);
  const read = (file: string) => parseCalendar(readFileSync(path.join(out, file), 'utf8')).events;
  return { read, html: (file: string) => readFileSync(path.join(out, file), 'utf8') };
}

describe('calendar files across builds', () => {
  it('keep every UID when the site is rebuilt on another day with more events', { timeout: 180_000 }, () => {
    const root = fixtureCopy();
    const first = build(root, '2026-11-28');
    cpSync(path.join(root, 'events/acara-contoh'), path.join(root, 'events/acara-baru'), { recursive: true });
    edit(root, 'events/acara-baru/index.id.mdx', 'title: Acara Contoh', 'title: Acara Baru');
    const second = build(root, '2027-03-01');

    const uid = (events: { uid: string; url: string | undefined }[], slug: string) => events.find((e) => e.url?.endsWith(`/${slug}/`))?.uid;
    for (const file of ['acara/acara-contoh.ics', 'en/events/acara-contoh.ics']) {
      const [a] = first.read(file);
      const [b] = second.read(file);
      expect(a!.uid).toBe(b!.uid);
      expect(a!.rrule).toBe('FREQ=WEEKLY;BYDAY=FR');
    }
    const feedA = first.read('data/events.ics');
    const feedB = second.read('data/events.ics');
    expect(feedA).toHaveLength(1);
    expect(feedB).toHaveLength(2);
    expect(uid(feedB, 'acara-contoh')).toBe(uid(feedA, 'acara-contoh'));
    expect(uid(feedB, 'acara-baru')).not.toBe(uid(feedB, 'acara-contoh'));
    // The pages speak for their own build day.
    expect(first.html('acara/index.html')).toContain('data-build-day="2026-11-28"');
    expect(second.html('acara/index.html')).toContain('data-build-day="2027-03-01"');
  });
});
