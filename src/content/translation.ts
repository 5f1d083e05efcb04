/**
 * An entry's words in a language: its title, summary and Markdown body in `lang`, or the Indonesian ones
 * where the translation is not written (the page then shows the translation notice). Pure: the types are
 * structural, so an entry from Astro's content layer (./load.ts, which re-exports these) and a plain object
 * in a unit test both fit.
 */
import { DEFAULT_LANG, type Lang } from './vocab';

/** The translated file of an entry, as far as these functions read it (a `translations` collection entry). */
export interface Translation {
  data: { title?: string | undefined; summary: string };
}

/** Title in `lang` (Indonesian when the English file is missing). */
export function titleOf(e: { data: unknown; en?: Translation | undefined; slug: string }, lang: Lang): string {
  if (lang === 'en' && e.en?.data.title) return e.en.data.title;
  return (e.data as { title?: string }).title ?? e.slug;
}

/** Summary in `lang` (Indonesian when the English file is missing). */
export function summaryOf(e: { data: unknown; en?: Translation | undefined }, lang: Lang): string {
  if (lang === 'en' && e.en) return e.en.data.summary;
  return (e.data as { summary: string }).summary;
}

/**
 * An entry's file in `lang` other than the default, when written. Only English files are loaded so far
 * (the `translations` collection); another published language falls back to Indonesian, with the notice.
 */
export const translationOf = <T>(e: { en?: T | undefined }, lang: Lang): T | undefined => (lang === 'en' ? e.en : undefined);

/** True when the page in `lang` has to fall back to Indonesian. */
export const needsFallback = (e: { en?: unknown }, lang: Lang) => lang !== DEFAULT_LANG && !translationOf(e, lang);

/** The file whose Markdown body a page in `lang` shows: the translation when written, else the Indonesian one. */
export const bodySourceOf = <S, T>(e: { source: S; en?: T | undefined }, lang: Lang): S | T => translationOf(e, lang) ?? e.source;
