/**
 * How a travel leg (src/content/travel-schema.ts) reads on a page: its distance, its time, and which legs a
 * destination page links to. Pure, so the getting-here page, the destination pages and the tests agree.
 */
import { formatKm } from './geo';
import { t } from './i18n';
import type { Lang } from './locales';

interface Span {
  distanceKm?: number | undefined;
  distanceKmMax?: number | undefined;
  straightLine?: boolean | undefined;
  minutes?: number | undefined;
  minutesMax?: number | undefined;
}

const range = (lo: string, hi: string | undefined) => (hi && hi !== lo ? `${lo}–${hi}` : lo);

/** "235–250 km", "11,5 km (garis lurus)"; undefined when no distance is known. */
export function legDistance(l: Span, lang: Lang): string | undefined {
  if (l.distanceKm === undefined) return undefined;
  const km = `${range(formatKm(l.distanceKm, lang), l.distanceKmMax !== undefined ? formatKm(l.distanceKmMax, lang) : undefined)} km`;
  return l.straightLine ? t(lang, 'travel.straightLine', { km }) : km;
}

/** "20–45 menit", or in hours from two hours up ("6 jam"); undefined when no time is known. */
export function legTime(l: Span, lang: Lang): string | undefined {
  if (l.minutes === undefined) return undefined;
  const max = l.minutesMax;
  if (l.minutes >= 120) {
    const h = (m: number) => formatKm(m / 60, lang);
    return t(lang, 'travel.hours', { n: range(h(l.minutes), max !== undefined ? h(max) : undefined) });
  }
  return t(lang, 'travel.minutes', { n: range(String(l.minutes), max !== undefined ? String(max) : undefined) });
}

/** The legs a destination page in `district` links to: those that list the district. */
export function legsNear<L extends { districts: readonly string[] }>(legs: readonly L[] | undefined, district: string): L[] {
  return (legs ?? []).filter((l) => l.districts.includes(district));
}
