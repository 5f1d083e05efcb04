/**
 * One entry as the content checker reads it: its Indonesian file, typed by collection from the schemas
 * (photos and references are plain strings here; in the build they are Astro images and references),
 * and its English file. Everything that checks a whole corpus (warnings, places, rules, references)
 * and the tests read this shape.
 */
import type { CollectionData, TranslationData } from './schema';
import type { ContentCollection } from './paths';

export type CheckedEntry<C extends ContentCollection = ContentCollection> = C extends ContentCollection
  ? {
      collection: C;
      slug: string;
      /** Path relative to the project root, for messages. */
      file: string;
      /** Validated data of the Indonesian file, or undefined when it is invalid. */
      data?: CollectionData<string, string>[C] | undefined;
      /** Validated English file, when present and valid. */
      en?: TranslationData | undefined;
      enFile?: string | undefined;
      body: string;
      /** Body of the English file, when it could be read. */
      enBody?: string | undefined;
    }
  : never;

/** A draft stays out of the published site (district intros and pages cannot be drafts). */
export const isDraft = (e: { data?: object | undefined }): boolean => !!e.data && 'draft' in e.data && e.data.draft === true;
