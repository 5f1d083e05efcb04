/** Dates as editors write them: a calendar day or a WIB date-time, checked to exist on the calendar. */
import { z } from 'astro/zod';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** True when y-m-d is a real calendar day (rejects 2026-02-30). */
export function isRealDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A calendar date (`2026-06-17`) or a local date-time in Asia/Jakarta
 * (`2026-06-17 09:00`). Normalised to `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`.
 * Astro's YAML parser turns unquoted dates into Date objects at UTC midnight;
 * those are accepted and turned back into the same calendar day.
 */
export const dateValue = () =>
  z
    .union([z.string(), z.date()])
    .meta({ format: 'date' })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          ctx.addIssue({ code: 'custom', message: 'impossible-date' });
          return z.NEVER;
        }
        return value.toISOString().slice(0, 10);
      }
      const m = DATE_RE.exec(value.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: 'date-format', params: { value } });
        return z.NEVER;
      }
      const [, y, mo, d, hh, mm] = m;
      if (!isRealDate(Number(y), Number(mo), Number(d)) || (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59))) {
        ctx.addIssue({ code: 'custom', message: 'impossible-date', params: { value } });
        return z.NEVER;
      }
      return hh === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${hh}:${mm}`;
    });
