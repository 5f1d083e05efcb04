/**
 * `npm run new -- itinerary "Sehari di Contoh" --perhentian onan-balerong,pantai-lumban-bulbul`: the
 * parts of a new itinerary the scaffolder (./scaffold.ts) checks. Each --perhentian (--stops) is one
 * day, its stops separated by commas. A stop must name a published destination with a map point, and
 * a refused stop gets the content checker's own message (./references.ts), so the editor reads the
 * same words from `npm run new` as from `npm run check:content`.
 */
import type { Bilingual } from './messages';
import type { Result } from './new-entry';
import { ITINERARY_STARTS } from './itinerary-schema';
import { locatedDestinations, stopIssues } from './references';
import { checkContent } from './validate';
import { MAX_DAYS } from '../lib/trip/plan';
import { closest } from '../lib/text';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** The days as typed (one string per day, stops separated by commas) → each day's stops; empty days are dropped. */
export const splitDays = (days: readonly string[]): string[][] =>
  days
    .map((d) =>
      d
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .filter((d) => d.length > 0);

/** Where the itinerary starts: balige, silangit or ajibata. */
export function resolveStartAt(v: string): Result<(typeof ITINERARY_STARTS)[number]> {
  const value = v.trim().toLowerCase();
  const found = ITINERARY_STARTS.find((s) => s === value);
  if (found) return { ok: found };
  const near = closest(value, ITINERARY_STARTS);
  return {
    error: b(
      `Titik awal "${v}" tidak dikenal.${near.length ? ` Mungkin maksud Anda "${near[0]}"?` : ''} Pilihan: ${ITINERARY_STARTS.join(', ')}.`,
      `Unknown starting point "${v}".${near.length ? ` Did you mean "${near[0]}"?` : ''} Choices: ${ITINERARY_STARTS.join(', ')}.`,
    ),
  };
}

/**
 * What is wrong with these days of stops in the content folder `root`: none, one per refused stop (in
 * the checker's words), or that there are no stops or too many days.
 */
export function itineraryErrors(root: string, days: readonly string[][]): Bilingual[] {
  if (days.length === 0)
    return [
      b(
        'Perhentian (--perhentian) belum diisi. Tulis slug destinasi dipisah koma, satu --perhentian untuk setiap hari.',
        'The stops (--stops) are missing. Write destination slugs separated by commas, one --stops for each day.',
      ),
    ];
  if (days.length > MAX_DAYS)
    return [b(`Paling banyak ${MAX_DAYS} hari (${days.length} ditulis).`, `At most ${MAX_DAYS} days (${days.length} given).`)];
  const located = locatedDestinations(checkContent(root).entries);
  return stopIssues(days, located).map((i) => b(`${i.message.id} ${i.fix.id}`, `${i.message.en} ${i.fix.en}`));
}
