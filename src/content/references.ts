/** Every `destination:` reference of an event or a product must name a destination that exists (and is not a draft). */
import type { ContentIssue, Bilingual } from './messages';
import type { CheckedEntry } from './checked-entry';
import { closest } from '../lib/text';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** Every `destination:` reference must name a destination that exists (and is not a draft). */
export function checkReferences(entries: CheckedEntry[], errors: ContentIssue[]): void {
  const destinations = new Set(entries.filter((e) => e.collection === 'destinations').map((e) => e.slug));
  const check = (e: CheckedEntry, field: string, value: unknown) => {
    if (typeof value !== 'string' || destinations.has(value)) return;
    errors.push({
      file: e.file,
      field,
      code: 'unknown-reference',
      message: b(`Destinasi "${value}" tidak ada (atau masih draf).`, `There is no (published) destination "${value}".`),
      fix: b(
        `Tulis slug destinasi yang ada, yaitu nama foldernya di content/destinations/. ${suggest(value, destinations)}`,
        `Use the slug of an existing destination: its folder name in content/destinations/. ${suggest(value, destinations, 'en')}`,
      ),
    });
  };
  for (const e of entries) {
    const d = e.data as Record<string, unknown> | undefined;
    if (!d) continue;
    if (e.collection === 'itineraries') checkItinerary(e, d, entries, errors);
    if (e.collection === 'events') check(e, 'venue.destination', (d.venue as { destination?: unknown } | undefined)?.destination);
    if (e.collection === 'products') {
      for (const key of ['origin', 'whereToBuy'] as const) {
        ((d[key] as { destination?: unknown }[] | undefined) ?? []).forEach((p, i) => check(e, `${key}.${i}.destination`, p.destination));
      }
    }
  }
}

type Stop = { destination?: unknown };

/** What the checker says about one stop: the field, the code and the editor's message and fix. */
export type StopIssue = Omit<ContentIssue, 'file'>;

/** Which destinations are published (the map of slugs), and which of them have a map point (true). */
export const locatedDestinations = (entries: readonly CheckedEntry[]): Map<string, boolean> =>
  new Map(
    entries
      .filter((x) => x.collection === 'destinations')
      .map((x) => [x.slug, !!(x.data as { location?: unknown } | undefined)?.location] as const),
  );

/**
 * Each stop of an itinerary must name a published destination that has a map point (the planner and the
 * map need one). The message names the day and the stop, as an editor counts them (from 1). `days`: each
 * day's stops, as destination slugs. `npm run new` asks the same (./scaffold-itinerary.ts).
 */
export function stopIssues(days: readonly (readonly unknown[])[], located: ReadonlyMap<string, boolean>): StopIssue[] {
  const issues: StopIssue[] = [];
  days.forEach((stops, i) =>
    stops.forEach((value, j) => {
      if (typeof value !== 'string') return;
      const where = b(`Hari ${i + 1}, perhentian ${j + 1}`, `Day ${i + 1}, stop ${j + 1}`);
      const field = `days.${i}.stops.${j}.destination`;
      if (!located.has(value)) {
        const known = new Set(located.keys());
        issues.push({
          field,
          code: 'unknown-reference',
          message: b(
            `${where.id}: destinasi "${value}" tidak ada (atau masih draf).`,
            `${where.en}: there is no (published) destination "${value}".`,
          ),
          fix: b(
            `Tulis slug destinasi yang ada, yaitu nama foldernya di content/destinations/. ${suggest(value, known)}`,
            `Use the slug of an existing destination: its folder name in content/destinations/. ${suggest(value, known, 'en')}`,
          ),
        });
      } else if (!located.get(value)) {
        issues.push({
          field,
          code: 'stop-without-location',
          message: b(
            `${where.id}: destinasi "${value}" belum punya titik peta (location).`,
            `${where.en}: destination "${value}" has no map point (location).`,
          ),
          fix: b(
            `Isi \`location\` di content/destinations/${value}/index.id.mdx, atau pilih destinasi lain yang sudah punya titik peta.`,
            `Fill in \`location\` in content/destinations/${value}/index.id.mdx, or choose another destination that has a map point.`,
          ),
        });
      }
    }),
  );
  return issues;
}

function checkItinerary(e: CheckedEntry, d: Record<string, unknown>, entries: CheckedEntry[], errors: ContentIssue[]): void {
  const days = ((d.days as { stops?: Stop[] }[] | undefined) ?? []).map((day) => (day.stops ?? []).map((s) => s.destination));
  for (const issue of stopIssues(days, locatedDestinations(entries))) errors.push({ file: e.file, ...issue });
}

function suggest(value: string, known: Set<string>, lang: 'id' | 'en' = 'id'): string {
  const near = closest(value, [...known], 6);
  if (!near.length) return '';
  return lang === 'id' ? `Mungkin: ${near.slice(0, 3).join(', ')}.` : `Perhaps: ${near.slice(0, 3).join(', ')}.`;
}
