/**
 * A visitor's trip plan: where the trip starts and the stops of each day, as place ids of
 * /data/places.geojson (`destination/<slug>`, `event/<slug>`, `product/<slug>/<seller>`).
 * It lives on the device only (localStorage, TRIP_KEY) and in share links (./codec.ts); nothing
 * is sent anywhere. Pure functions: every change returns a new plan.
 */
import type { LatLng } from '../geo';

/** Where the ordering starts. `here` is the visitor's own position, which is never stored or shared. */
export const START_KEYS = ['balige', 'silangit', 'ajibata', 'here'] as const;
export type StartKey = (typeof START_KEYS)[number];

/**
 * The fixed starts, from the fact sheet (/work/shared/toba-facts.md, §1.3, §2.0 and Appendix B):
 * - Balige: the town market (Onan Balerong), 2.3335, 99.0645, the sheet's reference point for the town centre;
 * - Silangit airport (Bandara Sisingamangaraja XII, in Tapanuli Utara, outside Toba): 2.2597, 98.9919,
 *   "common published position" (±200 m);
 * - Ajibata ferry port: 2.660, 98.936 (the sheet's sanity-check point; ±500 m).
 */
export const START_POINTS: Record<Exclude<StartKey, 'here'>, LatLng> = {
  balige: { lat: 2.3335, lng: 99.0645 },
  silangit: { lat: 2.2597, lng: 98.9919 },
  ajibata: { lat: 2.66, lng: 98.936 },
};

export interface Plan {
  start: StartKey;
  /** The stops of each day, in visiting order. Always at least one day (possibly empty). */
  days: string[][];
}

export const TRIP_KEY = 'jt-trip';
/** The plan a share link or an itinerary replaced, so "undo" loses nothing. */
export const TRIP_PREVIOUS_KEY = 'jt-trip-previous';
export const MAX_DAYS = 7;
export const MAX_STOPS = 40;

export const emptyPlan = (): Plan => ({ start: 'balige', days: [[]] });

export const stopsOf = (plan: Plan): string[] => plan.days.flat();
export const hasStop = (plan: Plan, id: string): boolean => plan.days.some((d) => d.includes(id));

/** Adds a stop at the end of the last day (nothing changes if it is already there or the plan is full). */
export function addStop(plan: Plan, id: string): Plan {
  if (hasStop(plan, id) || stopsOf(plan).length >= MAX_STOPS) return plan;
  const days = plan.days.map((d) => [...d]);
  days[days.length - 1]!.push(id);
  return { ...plan, days };
}

/** Removes a stop; the day it leaves stays, even empty, so the other days keep their numbers. */
export const removeStop = (plan: Plan, id: string): Plan => ({ ...plan, days: plan.days.map((d) => d.filter((s) => s !== id)) });

/**
 * Moves a stop one place up (-1) or down (+1) in the whole trip. At a day's edge it crosses into the
 * neighbouring day (the first stop of day 2 moved up becomes the last stop of day 1), so the keyboard
 * buttons reach every position that dragging does.
 */
export function moveStop(plan: Plan, id: string, by: -1 | 1): Plan {
  const d = plan.days.findIndex((day) => day.includes(id));
  if (d < 0) return plan;
  const days = plan.days.map((day) => [...day]);
  const day = days[d]!;
  const i = day.indexOf(id);
  const j = i + by;
  if (j >= 0 && j < day.length) {
    [day[i], day[j]] = [day[j]!, day[i]!];
    return { ...plan, days };
  }
  const next = d + by;
  if (next < 0 || next >= days.length) return plan;
  day.splice(i, 1);
  if (by < 0) days[next]!.push(id);
  else days[next]!.unshift(id);
  return { ...plan, days };
}

/** Puts a stop at position `index` of day `day` (drag and drop). */
export function placeStop(plan: Plan, id: string, day: number, index: number): Plan {
  if (day < 0 || day >= plan.days.length) return plan;
  const days = plan.days.map((d) => d.filter((s) => s !== id));
  const target = days[day]!;
  target.splice(Math.max(0, Math.min(index, target.length)), 0, id);
  return { ...plan, days };
}

/** Sets the number of days: new days come empty at the end; the stops of removed days join the last kept day. */
export function setDayCount(plan: Plan, count: number): Plan {
  const n = Math.max(1, Math.min(MAX_DAYS, Math.round(count)));
  const days = Array.from({ length: n }, (_, i) => [...(plan.days[i] ?? [])]);
  days[n - 1]!.push(...plan.days.slice(n).flat());
  return { ...plan, days };
}

/** Ids that are not (or no longer) places of the site are dropped; the caller says which were. */
export function withKnownStops(plan: Plan, known: (id: string) => boolean): { plan: Plan; dropped: string[] } {
  const dropped = stopsOf(plan).filter((id) => !known(id));
  return { plan: dropped.length ? { ...plan, days: plan.days.map((d) => d.filter(known)) } : plan, dropped };
}
