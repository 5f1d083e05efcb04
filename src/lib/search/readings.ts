/**
 * Indonesian readings of a query that Pagefind's stemmer misses.
 *
 * Pagefind stems Indonesian with Snowball, which strips `ber-` whole:
 * "berenang" (to swim) is indexed as "enang", while its root "renang" stays
 * "renang", so neither word finds the other. The prefix `ber-` loses its r
 * before a root that starts with r (ber + renang → berenang), and a stemmer
 * cannot tell that from ber + a vowel root (ber + isi → berisi). So a query
 * word `ber` + vowel… is also searched as `r` + vowel…, and a word `r` +
 * vowel… also with `be-` in front. The search merges the two result sets.
 *
 * Only the first such word is expanded, so there are at most two readings and
 * their overlap (`both`, all words ANDed) gives exact merged counts:
 * |A ∪ B| = |A| + |B| − |A ∩ B|.
 */
import type { Lang } from '../../content/vocab';

export interface Readings {
  /** The query as typed, tidied. */
  query: string;
  /** The other reading, when there is one. */
  alternate?: string | undefined;
  /** Both readings at once (Pagefind ANDs words): the pages the two share. */
  both?: string | undefined;
}

const VOWEL_ROOT = /^ber([aeiou][a-z]{2,})$/;
const R_ROOT = /^r[aeiou][a-z]{2,}$/;

/** The other form of one word, e.g. "berenang" → "renang", "renang" → "berenang". */
export function otherForm(word: string): string | undefined {
  const w = word.toLowerCase();
  const ber = VOWEL_ROOT.exec(w);
  if (ber) return `r${ber[1]}`;
  return R_ROOT.test(w) ? `be${w}` : undefined;
}

export function queryReadings(query: string, lang: Lang): Readings {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const tidy = words.join(' ');
  if (lang !== 'id') return { query: tidy };
  for (const [i, word] of words.entries()) {
    const other = otherForm(word);
    if (!other) continue;
    const alternate = words.map((w, j) => (j === i ? other : w)).join(' ');
    return { query: tidy, alternate, both: `${tidy} ${other}` };
  }
  return { query: tidy };
}
