/**
 * Entry data as plain values, typed from the schemas (./schema.ts). The Astro build and the
 * stand-alone checker both produce these (the build with image objects and
 * `{ collection, id }` references, the checker with strings), so the pure
 * builders of open data, JSON-LD and feeds take these types and can be unit
 * tested on the real content without Astro.
 */
import type { TranslationData } from './schema';

export type { DestinationData, EventData, ProductData } from './schema';

/** An entry with its Indonesian data and, when written, its English title and summary. */
export interface PlainEntry<D> {
  slug: string;
  data: D;
  en?: { data: TranslationData } | undefined;
}

/** The slug a reference points to: Astro gives `{ collection, id }`, the checker a plain slug. */
export function refId(ref: unknown): string {
  if (typeof ref === 'string') return ref;
  if (ref && typeof ref === 'object' && 'id' in ref && typeof ref.id === 'string') return ref.id;
  throw new Error(`Not a reference: ${JSON.stringify(ref)}`);
}

/** Title and summary in both languages (English only where it was written). */
export function texts(e: PlainEntry<{ title: string; summary: string }>) {
  return {
    names: { id: e.data.title, ...(e.en?.data.title ? { en: e.en.data.title } : {}) },
    summary: { id: e.data.summary, ...(e.en ? { en: e.en.data.summary } : {}) },
  };
}
