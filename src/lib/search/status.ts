/**
 * The search page's status line: what the results are, or why there are none.
 * Offline, Pagefind answers "nothing" (or less) when an index part the query
 * needs is not on this device; the service worker says when that happened
 * (`lacking`). Offline without a service worker nobody can tell, so "nothing"
 * there is said as "you are offline", never as "no results".
 */
import { fill } from '../text';

export type StatusStrings = Record<
  'hint' | 'none' | 'noneFiltered' | 'offline' | 'offlinePartial' | 'countOne' | 'countOther' | 'countForOne' | 'countForOther',
  string
>;

export interface StatusInput {
  q: string;
  /** Results found (after the noise filter). */
  n: number;
  /** Nothing to search for yet. */
  blank: boolean;
  /** The search ran on part of the index (src/client/search/offline-parts.ts). */
  lacking: boolean;
  /** The browser says it is offline, and no service worker could say what is missing. */
  offlineUnknown: boolean;
  /** Intl plural category of `n` in the page's language. */
  plural: 'one' | 'other';
}

export function statusText(s: StatusStrings, i: StatusInput): string {
  if (i.blank) return s.hint;
  if (!i.n) {
    if (i.lacking || i.offlineUnknown) return s.offline;
    return i.q ? fill(s.none, { q: i.q }) : s.noneFiltered;
  }
  const form = i.plural === 'one' ? 'One' : 'Other';
  const count = fill(i.q ? s[`countFor${form}`] : s[`count${form}`], { count: i.n, q: i.q });
  return i.lacking ? `${count} ${s.offlinePartial}` : count;
}
