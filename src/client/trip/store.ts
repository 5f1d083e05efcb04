/**
 * Where the device keeps the plan: localStorage, as the share link's code (src/lib/trip/codec.ts), so
 * one reader checks both. Shared by the planner and the "Add to trip" buttons.
 */
import { encodePlan, readStoredPlan } from '../../lib/trip/codec';
import { emptyPlan, TRIP_KEY, TRIP_PREVIOUS_KEY, type Plan } from '../../lib/trip/plan';

/** A browser that refuses storage (private mode, quota) keeps the plan for this page view only. */
function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function set(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* the plan still works on this page */
  }
}

export const readPlan = (): Plan => readStoredPlan(get(TRIP_KEY)) ?? emptyPlan();
export const writePlan = (plan: Plan): void => set(TRIP_KEY, encodePlan(plan));
export const readPrevious = (): Plan | undefined => readStoredPlan(get(TRIP_PREVIOUS_KEY));
export const writePrevious = (plan: Plan | undefined): void => set(TRIP_PREVIOUS_KEY, plan ? encodePlan(plan) : null);
