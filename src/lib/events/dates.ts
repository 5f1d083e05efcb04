/**
 * Calendar days in Asia/Jakarta (WIB, UTC+7, no daylight saving), formatted
 * with Intl in the page's language, and the upcoming/past decision. Pure and
 * free of the UI-string files, because the browser script that re-labels
 * events (src/client/events/dates.ts) imports it too: the build and the
 * visitor's browser decide with the same code.
 *
 * A day is a `YYYY-MM-DD` string; a date-time is `YYYY-MM-DDTHH:mm` wall-clock
 * time in WIB, as written in the content.
 */
import { LOCALE, type Lang } from '../../content/vocab';

export const TIME_ZONE = 'Asia/Jakarta';

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * One Intl.DateTimeFormat per locale and pattern, made on first use. Making one costs far more than
 * formatting with it, and a build formats each event's dates on many pages (at 1,000 entries, making
 * a new one per call was about 4 s of the build). The key is the options' values in their own order:
 * each caller writes its options one way.
 */
function formatter(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let key = locale;
  for (const k in opts) key += ` ${k}=${String(opts[k as keyof Intl.DateTimeFormatOptions])}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f;
}

/** Today's date in WIB as `YYYY-MM-DD`. */
export function todayInJakarta(now: Date = new Date()): string {
  return formatter('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const dayOf = (value: string) => value.slice(0, 10);
export const toUtcDate = (ymd: string) => new Date(`${dayOf(ymd)}T00:00:00Z`);
export const fromUtcDate = (d: Date) => d.toISOString().slice(0, 10);

/** The day `n` days after (or before, when negative) `ymd`. */
export const addDays = (ymd: string, n: number) => fromUtcDate(new Date(toUtcDate(ymd).getTime() + n * 86_400_000));

/** Whole days from `a` to `b`. */
export const daysBetween = (a: string, b: string) => Math.round((toUtcDate(b).getTime() - toUtcDate(a).getTime()) / 86_400_000);

/** Month number (1–12) of a day. */
export const monthOf = (ymd: string) => Number(ymd.slice(5, 7));

/** Days are handled as UTC midnights, so formatting in UTC gives back the same calendar day. */
const fmt = (lang: Lang, opts: Intl.DateTimeFormatOptions) => formatter(LOCALE[lang], { timeZone: 'UTC', ...opts });

const parts = (ymd: string, lang: Lang) => {
  const d = toUtcDate(ymd);
  return {
    weekday: fmt(lang, { weekday: 'long' }).format(d),
    day: String(d.getUTCDate()),
    month: fmt(lang, { month: 'long' }).format(d),
    year: String(d.getUTCFullYear()),
  };
};

/**
 * "Jumat, 5 Desember 2026" / "Friday 5 December 2026". Assembled from parts,
 * because ICU versions disagree on commas and spaces.
 */
export function formatDay(ymd: string, lang: Lang, withWeekday = true): string {
  const p = parts(ymd, lang);
  const date = `${p.day} ${p.month} ${p.year}`;
  if (!withWeekday) return date;
  return lang === 'id' ? `${p.weekday}, ${date}` : `${p.weekday} ${date}`;
}

/**
 * One occurrence's date: "Jumat, 5 Desember 2026", or through `around` ("sekitar {date}") without the
 * weekday, for approximate dates; with `monthOnly`, "Desember 2026" (a day announced each year: none is invented).
 */
export const occurrenceText = (ymd: string, lang: Lang, around?: string, monthOnly = false) =>
  monthOnly ? formatMonth(ymd, lang) : around ? around.replace('{date}', formatDay(ymd, lang, false)) : formatDay(ymd, lang);

/** "Juni 2027" / "June 2027". */
export const formatMonth = (ym: string, lang: Lang) =>
  fmt(lang, { month: 'long', year: 'numeric' }).format(toUtcDate(`${ym.slice(0, 7)}-01`));

/** "Juni" / "June", for month number 1–12. */
export const monthName = (month: number, lang: Lang) => fmt(lang, { month: 'long' }).format(new Date(Date.UTC(2000, month - 1, 1)));

/** A range that reads naturally: "24–26 Februari 2023", "30 November – 2 Desember 2026". */
export function formatRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || dayOf(end) === dayOf(start)) return formatDay(start, lang, false) + timeSuffix(start, end);
  const a = parts(start, lang);
  const b = parts(end, lang);
  if (a.year !== b.year) return `${formatDay(start, lang, false)} – ${formatDay(end, lang, false)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  return `${a.day}–${b.day} ${b.month} ${b.year}`;
}

function timeSuffix(start: string, end?: string): string {
  const s = start.length > 10 ? start.slice(11, 16) : '';
  const e = end && end.length > 10 ? end.slice(11, 16) : '';
  if (!s) return '';
  return `, ${s}${e ? `–${e}` : ''} WIB`;
}

export interface DayState {
  status: 'upcoming' | 'past';
  /** Start days of the occurrences that have not ended yet, soonest first. */
  next: string[];
  /** Start day of the last occurrence that has ended. */
  previous?: string | undefined;
}

/**
 * Upcoming or past, from the start days of an event's occurrences (sorted)
 * and how many days each lasts after its start. An occurrence that ends today
 * is still upcoming. A recurring event whose listed days have all passed stays
 * upcoming: its rule goes on, only the list (computed at build time) ran out.
 */
export function dayState(days: readonly string[], span: number, today: string, recurring = false, count = 3): DayState {
  const open = days.filter((d) => addDays(d, span) >= today);
  const ended = days.filter((d) => addDays(d, span) < today);
  return { status: open.length || recurring ? 'upcoming' : 'past', next: open.slice(0, count), previous: ended.at(-1) };
}
