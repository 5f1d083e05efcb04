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
    if (e.collection === 'events') check(e, 'venue.destination', (d.venue as { destination?: unknown } | undefined)?.destination);
    if (e.collection === 'products') {
      for (const key of ['origin', 'whereToBuy'] as const) {
        ((d[key] as { destination?: unknown }[] | undefined) ?? []).forEach((p, i) => check(e, `${key}.${i}.destination`, p.destination));
      }
    }
  }
}

function suggest(value: string, known: Set<string>, lang: 'id' | 'en' = 'id'): string {
  const near = closest(value, [...known], 6);
  if (!near.length) return '';
  return lang === 'id' ? `Mungkin: ${near.slice(0, 3).join(', ')}.` : `Perhaps: ${near.slice(0, 3).join(', ')}.`;
}
