/**
 * Ordering a trip and the legs between its stops.
 *
 * Ordering is nearest-neighbour: from the chosen start, always go next to the closest stop not yet
 * visited (great-circle distance). It is quick and predictable but not optimal (it can leave a far stop
 * for last and double back); the visitor can reorder by hand afterwards.
 *
 * Drive times are rough. Road distance ≈ great-circle distance × ROAD_FACTOR, driven at AVG_SPEED_KMH.
 * Both constants come from the fact sheet (/work/shared/toba-facts.md §1.3):
 * - Balige–Parapat is quoted as 60–65 km by road; Balige market (2.3335, 99.0645) to Ajibata port
 *   (2.660, 98.936, next to Parapat) is 39 km in a straight line: 62.5 / 39 ≈ 1.6.
 * - Medan–Balige is quoted as about 6 hours for 235–250 km: about 40 km/h on the winding roads.
 * - Check: Silangit–Balige is 11.5 km straight, so 18 km and 28 min by this rule; the sheet quotes
 *   20 to 45 minutes.
 * Ferries, boats, traffic, market days and road works are not modelled.
 */
import { distanceKm, type LatLng } from '../geo';

export const ROAD_FACTOR = 1.6;
export const AVG_SPEED_KMH = 40;
/** Time assumed at each stop when the stops are shared out among the days. */
export const VISIT_MINUTES = 90;

/** Rough drive time in minutes for a great-circle distance, rounded to 5 minutes (at least 5). */
export const driveMinutes = (km: number): number => Math.max(5, Math.round(((km * ROAD_FACTOR) / AVG_SPEED_KMH) * 12) * 5);

/** The stops in nearest-neighbour order from `start` (the first stop when there is no start). */
export function nearestNeighbour<T extends { location: LatLng }>(start: LatLng | undefined, stops: readonly T[]): T[] {
  const left = [...stops];
  const out: T[] = [];
  let here = start;
  while (left.length) {
    let best = 0;
    if (here) {
      let bestKm = Infinity;
      left.forEach((s, i) => {
        const km = distanceKm(here!, s.location);
        if (km < bestKm) [best, bestKm] = [i, km];
      });
    }
    const [next] = left.splice(best, 1);
    out.push(next!);
    here = next!.location;
  }
  return out;
}

export interface Leg {
  km: number;
  minutes: number;
}

/** The leg into each stop: from `start` for the first one (none without a start), from the previous stop after. */
export function legs(start: LatLng | undefined, stops: readonly LatLng[]): (Leg | undefined)[] {
  return stops.map((s, i) => {
    const from = i === 0 ? start : stops[i - 1];
    if (!from) return undefined;
    const km = distanceKm(from, s);
    return { km, minutes: driveMinutes(km) };
  });
}

/**
 * Shares ordered stops out among `days` days without reordering them, so that each day holds about the
 * same time (the drive into each stop plus VISIT_MINUTES there). Each day gets at least one stop while
 * there are enough stops.
 */
export function splitDays<T>(ordered: readonly T[], days: number, legMinutes: readonly (number | undefined)[]): T[][] {
  const n = Math.max(1, days);
  const cost = ordered.map((_, i) => (legMinutes[i] ?? 0) + VISIT_MINUTES);
  const total = cost.reduce((a, b) => a + b, 0);
  // A stop goes to the day in which the middle of its time falls.
  let run = 0;
  const dayOf = cost.map((c) => {
    const mid = run + c / 2;
    run += c;
    return Math.min(n - 1, Math.max(0, Math.ceil((mid / total) * n) - 1));
  });
  // Keep at least one stop a day where possible: never ahead of the stops left, never behind the days left.
  const count = ordered.length;
  for (let i = 0; i < count; i++) {
    const min = Math.max(i === 0 ? 0 : dayOf[i - 1]!, count >= n ? n - (count - i) : 0);
    const max = Math.min(i, n - 1, i === 0 ? 0 : dayOf[i - 1]! + 1);
    dayOf[i] = Math.min(Math.max(dayOf[i]!, min), Math.max(min, max));
  }
  const out: T[][] = Array.from({ length: n }, () => []);
  ordered.forEach((s, i) => out[dayOf[i]!]!.push(s));
  return out;
}
