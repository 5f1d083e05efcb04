/**
 * The entries a visitor saved for offline use, as the device remembers them
 * (localStorage): reading the list without trusting it, adding, removing, and
 * which images may leave the cache with a removed entry.
 */
import type { Lang } from '../../content/vocab';

/** One saved entry, as the device remembers it (localStorage, SAVED_KEY). */
export interface SavedEntry {
  /** Page path, e.g. /destinasi/air-terjun-situmurun/. */
  url: string;
  title: string;
  /** Type label as the page showed it (Destinasi, Event, …). */
  kind: string;
  lang: Lang;
  /** When it was saved, ISO 8601. */
  savedAt: string;
  /** The page's images, cached with it. */
  images: string[];
}

export const SAVED_KEY = 'jt-saved';

/** Reads the saved list, ignoring anything malformed (a hand-edited or older store never breaks the page). */
export function parseSaved(raw: string | null): SavedEntry[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (e): e is SavedEntry =>
        !!e && typeof e === 'object' && typeof e.url === 'string' && typeof e.title === 'string' && Array.isArray(e.images),
    );
  } catch {
    return [];
  }
}

/** The list with `entry` added, replacing an older save of the same page; newest first. */
export const withSaved = (list: readonly SavedEntry[], entry: SavedEntry): SavedEntry[] => [
  entry,
  ...list.filter((e) => e.url !== entry.url),
];

/** The list without `url`. */
export const withoutSaved = (list: readonly SavedEntry[], url: string): SavedEntry[] => list.filter((e) => e.url !== url);

/** Images still used by another saved entry must stay in the cache when one entry is removed. */
export function orphanedImages(list: readonly SavedEntry[], removed: SavedEntry): string[] {
  const kept = new Set(list.filter((e) => e.url !== removed.url).flatMap((e) => e.images));
  return removed.images.filter((i) => !kept.has(i));
}
