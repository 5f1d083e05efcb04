/**
 * The site's clock: Kabupaten Toba keeps WIB (Asia/Jakarta, UTC+7, no
 * daylight saving). Kept apart from ./events.ts so plain Node tools (the
 * content checker) can use it without loading the UI strings.
 */
export const TIME_ZONE = 'Asia/Jakarta';

/** Today's date in WIB as `YYYY-MM-DD`. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
