/**
 * Closed vocabularies used by the content schemas. Each list is written once
 * here; labels for people live in src/i18n/{id,en}.json under the same keys.
 */

/** Languages: the one locale table lives in src/lib/locales.ts (which ones a build publishes: `site.locales`). */
export { DEFAULT_LANG, LOCALE, type Lang } from '../lib/locales';

/** Destination categories (closed list). */
export const CATEGORIES = [
  'beach',
  'waterfall',
  'viewpoint',
  'nature',
  'culture',
  'history',
  'religious',
  'culinary',
  'village',
  'adventure',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Kinds of local product (UMKM). */
export const PRODUCT_KINDS = ['weaving', 'food', 'spice', 'coffee', 'drink', 'craft', 'snack'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

/** Facilities a destination may have; one word an item so they translate cleanly. */
export const FACILITIES = [
  'parking',
  'toilet',
  'prayer-room',
  'food',
  'lodging',
  'playground',
  'stage',
  'boat-rental',
  'water-sports',
  'guide',
  'shop',
  'museum',
  'library',
  'camping',
  'viewing-deck',
] as const;
export type Facility = (typeof FACILITIES)[number];

/** Weekdays in ISO order, as used in opening hours and weekly recurrence. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which weekday of a month a schedule means: the first to the fourth, or the last. */
export const WEEKS = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type Week = (typeof WEEKS)[number];

/** How sure a location is: `exact` only for points checked on site (`checkedOnSite`), good to about ±300 m. */
export const PRECISIONS = ['exact', 'approximate'] as const;

/** The content types that have their own pages. */
export const ENTRY_TYPES = ['destination', 'event', 'product'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Certification kinds a product may carry. */
export const CERTIFICATIONS = ['geographical-indication', 'halal', 'pirt', 'sni', 'other'] as const;
