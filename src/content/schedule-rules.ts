/**
 * Checks on an event's schedule that one field alone cannot show: a weekly
 * rule names its days once, and a cancelled or moved day is a day the rule
 * actually gives (a cancelled 9 July when the rule gives 8 July would
 * silently cancel nothing). Raised by eventSchema, so the build and
 * `npm run check:content` report them the same way (messages.ts).
 */
import { addDays, dayOf } from '../lib/events/dates';
import { anchorDay, occurrenceDays, weeklyDays, type EventDates } from '../lib/events/schedule';

export interface ScheduleIssue {
  message: string;
  path: (string | number)[];
  params: Record<string, unknown>;
}

export function scheduleIssues(e: EventDates): ScheduleIssue[] {
  const r = e.recurrence;
  if (!r) return [];
  const out: ScheduleIssue[] = [];
  if (r.freq === 'weekly') {
    const both = r.weekday !== undefined && !!r.weekdays?.length;
    if (both || !weeklyDays(r).length)
      out.push({ message: 'weekly-days', path: ['recurrence', both ? 'weekdays' : 'weekday'], params: { both } });
  }
  if (out.length) return out;
  const check = (day: string, path: (string | number)[]) => {
    const near = occurrenceDays({ ...e, recurrence: { ...r, except: [], moved: [] } }, addDays(day, -40), addDays(day, 40));
    if (near.includes(anchorDay(e, day))) return;
    const closest = near.sort((a, b) => Math.abs(Date.parse(a) - Date.parse(day)) - Math.abs(Date.parse(b) - Date.parse(day)))[0];
    out.push({ message: 'not-in-schedule', path, params: { value: dayOf(day), closest } });
  };
  (r.except ?? []).forEach((d, i) => check(d, ['recurrence', 'except', i]));
  (r.moved ?? []).forEach((m, i) => check(m.from, ['recurrence', 'moved', i, 'from']));
  return out;
}
