// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  addStop,
  emptyPlan,
  moveStop,
  placeStop,
  removeStop,
  setDayCount,
  START_POINTS,
  withKnownStops,
  type Plan,
} from '../../../../src/lib/trip/plan';
import { AVG_SPEED_KMH, driveMinutes, legs, nearestNeighbour, ROAD_FACTOR, splitDays } from '../../../../src/lib/trip/route';
import { codeFromHash, decodePlan, encodePlan, shareUrl } from '../../../../src/lib/trip/codec';
import { tripCalendar, tripGpx, type ExportStop } from '../../../../src/lib/trip/exports';
import { distanceKm } from '../../../../src/lib/geo';

const plan = (days: string[][]): Plan => ({ start: 'balige', days });

describe('plan edits', () => {
  it('adds once, at the end of the last day, and removes', () => {
    let p = addStop(addStop(emptyPlan(), 'destination/a'), 'destination/a');
    expect(p.days).toEqual([['destination/a']]);
    p = removeStop(addStop(p, 'event/b'), 'destination/a');
    expect(p.days).toEqual([['event/b']]);
  });
  it('moves a stop within a day and across the day boundary', () => {
    const p = plan([['a', 'b'], ['c']]);
    expect(moveStop(p, 'b', -1).days).toEqual([['b', 'a'], ['c']]);
    expect(moveStop(p, 'c', -1).days).toEqual([['a', 'b', 'c'], []]);
    expect(moveStop(p, 'b', 1).days).toEqual([['a'], ['b', 'c']]);
    expect(moveStop(p, 'a', -1)).toBe(p);
    expect(moveStop(p, 'c', 1)).toBe(p);
  });
  it('places a dragged stop and changes the day count without losing stops', () => {
    expect(placeStop(plan([['a', 'b'], ['c']]), 'a', 1, 1).days).toEqual([['b'], ['c', 'a']]);
    expect(setDayCount(plan([['a'], ['b'], ['c']]), 2).days).toEqual([['a'], ['b', 'c']]);
    expect(setDayCount(plan([['a']]), 3).days).toEqual([['a'], [], []]);
  });
  it('drops stops that are no longer places and says which', () => {
    const r = withKnownStops(plan([['a', 'gone']]), (id) => id !== 'gone');
    expect(r.dropped).toEqual(['gone']);
    expect(r.plan.days).toEqual([['a']]);
  });
});

describe('route', () => {
  const at = (lat: number, lng: number, key: string) => ({ key, location: { lat, lng } });
  it('orders by nearest neighbour from the start', () => {
    const far = at(2.66, 98.936, 'far');
    const near = at(2.34, 99.07, 'near');
    const mid = at(2.45, 99.15, 'mid');
    expect(nearestNeighbour(START_POINTS.balige, [far, mid, near]).map((s) => s.key)).toEqual(['near', 'mid', 'far']);
    expect(nearestNeighbour(START_POINTS.ajibata, [near, mid, far]).map((s) => s.key)).toEqual(['far', 'mid', 'near']);
    expect(nearestNeighbour(undefined, [mid, far, near]).map((s) => s.key)[0]).toBe('mid');
  });
  it('estimates the fact sheet’s quoted drives within their ranges', () => {
    // Silangit–Balige: quoted 20–45 min.
    const silangit = driveMinutes(distanceKm(START_POINTS.silangit, START_POINTS.balige));
    expect(silangit).toBeGreaterThanOrEqual(20);
    expect(silangit).toBeLessThanOrEqual(45);
    // Balige–Ajibata (Parapat): 60–65 km by road.
    const road = distanceKm(START_POINTS.balige, START_POINTS.ajibata) * ROAD_FACTOR;
    expect(road).toBeGreaterThan(58);
    expect(road).toBeLessThan(67);
    expect(AVG_SPEED_KMH).toBe(40);
  });
  it('gives the first leg from the start, or none without one', () => {
    const pts = [START_POINTS.balige, START_POINTS.ajibata];
    expect(legs(undefined, pts)[0]).toBeUndefined();
    expect(legs(START_POINTS.silangit, pts)[0]!.km).toBeCloseTo(11.5, 0);
    expect(legs(undefined, pts)[1]!.minutes).toBe(driveMinutes(distanceKm(pts[0]!, pts[1]!)));
  });
  it('splits ordered stops into days, in order, each day non-empty while stops last', () => {
    const stops = ['a', 'b', 'c', 'd', 'e'];
    const split = splitDays(stops, 2, [10, 10, 10, 10, 10]);
    expect(split.flat()).toEqual(stops);
    expect(split.map((d) => d.length)).toEqual([3, 2]);
    // A long drive pushes the far stop onto its own day.
    expect(splitDays(['a', 'b', 'c'], 2, [10, 10, 600])).toEqual([['a', 'b'], ['c']]);
    expect(splitDays(['a', 'b', 'c'], 3, [0, 0, 0])).toEqual([['a'], ['b'], ['c']]);
    expect(splitDays(['a'], 3, [0])).toEqual([['a'], [], []]);
    for (let n = 1; n <= 7; n++)
      for (let count = 0; count <= 9; count++) {
        const s = splitDays(
          Array.from({ length: count }, (_, i) => i),
          n,
          Array.from({ length: count }, (_, i) => (i * 37) % 200),
        );
        expect(s.flat()).toEqual(Array.from({ length: count }, (_, i) => i));
        if (count >= n) expect(s.every((d) => d.length > 0)).toBe(true);
      }
  });
});

describe('share-link codec', () => {
  const p: Plan = { start: 'silangit', days: [['destination/onan-balerong', 'event/onan-balige'], ['product/ulos/toko-a'], []] };
  it('round-trips, compactly and without characters that need escaping', () => {
    const code = encodePlan(p);
    expect(code).toBe('1~s~onan-balerong,e.onan-balige~p.ulos.toko-a~');
    expect(new URL(`https://x.test/#${code}`).hash).toBe(`#${code}`);
    expect(decodePlan(code)).toEqual({ ok: true, plan: p });
    expect(codeFromHash(new URL(shareUrl('https://x.test/rencana/#old', p)).hash)).toBe(code);
  });
  it('refuses bad links with a reason, never a throw', () => {
    expect(decodePlan('')).toMatchObject({ ok: false, error: 'empty' });
    expect(decodePlan('9~b~a')).toMatchObject({ ok: false, error: 'version' });
    expect(decodePlan('1~x~a')).toMatchObject({ ok: false, error: 'start' });
    expect(decodePlan('1~b~A<script>')).toMatchObject({ ok: false, error: 'stop', detail: 'A<script>' });
    expect(decodePlan('1~b~a,a')).toMatchObject({ ok: false, error: 'duplicate' });
    expect(decodePlan(`1~b~${'a~'.repeat(8)}`)).toMatchObject({ ok: false, error: 'tooMany' });
    for (const junk of ['~', '1', '1~', '1~b~,', '1~b~x.y', '%%%', '1~b~e.', '1~b~p.a']) expect(() => decodePlan(junk)).not.toThrow();
    expect(decodePlan('1~b')).toEqual({ ok: true, plan: { start: 'balige', days: [[]] } });
  });
});

describe('exports', () => {
  const stop = (id: string, name: string, lat: number, lng: number): ExportStop => ({ id, name, url: `https://x.test/${id}/`, lat, lng });
  const days = [
    [stop('a', 'Onan Balerong', 2.3335, 99.0645), stop('b', 'Pantai "Bulbul" & co, ok; yes', 2.3485, 99.074)],
    [],
    [stop('c', 'Ajibata', 2.66, 98.936)],
  ];
  it('writes one all-day event per day with stops that a real iCalendar parser reads back', () => {
    const text = tripCalendar(days, {
      firstDay: '2027-01-30',
      name: 'Rencana',
      dayTitle: (n, s) => `Hari ${n}: ${s.map((x) => x.name).join(' – ')}`,
      language: 'ID',
      host: 'x.test',
      stamp: new Date('2026-12-01T00:00:00Z'),
      planUrl: 'https://x.test/rencana/#p=1~b~a,b~~c',
    });
    const comp = new ICAL.Component(ICAL.parse(text));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe('2027-01-30');
    expect(events[0]!.endDate.toString()).toBe('2027-01-31');
    expect(events[1]!.startDate.toString()).toBe('2027-02-01');
    expect(events[0]!.summary).toBe('Hari 1: Onan Balerong – Pantai "Bulbul" & co, ok; yes');
    expect(events[0]!.description).toContain('2. Pantai "Bulbul" & co, ok; yes: https://x.test/b/');
    expect(events[0]!.description).toContain('https://x.test/rencana/#p=1~b~a,b~~c');
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });
  it('writes GPX waypoints that an XML parser reads back', () => {
    const text = tripGpx(days, { name: 'Rencana <Toba>', dayLabel: (n) => `Hari ${n}` });
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const wpts = [...doc.getElementsByTagName('wpt')];
    expect(wpts.map((w) => w.getElementsByTagName('name')[0]!.textContent)).toEqual([
      '1. Onan Balerong',
      '2. Pantai "Bulbul" & co, ok; yes',
      '3. Ajibata',
    ]);
    expect(wpts[2]!.getAttribute('lat')).toBe('2.660000');
    expect(wpts[2]!.getElementsByTagName('desc')[0]!.textContent).toBe('Hari 3');
    expect(doc.getElementsByTagName('metadata')[0]!.textContent).toBe('Rencana <Toba>');
  });
});
