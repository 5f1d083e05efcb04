/**
 * UI strings, one JSON file per language (src/i18n/<lang>.json, every file
 * there is picked up), read through `t(lang, key, vars)`. Keys are typed from
 * the Indonesian file; a unit test fails when a published language misses a
 * key. A key missing in a language not yet published falls back to Indonesian.
 */
import type id from '../i18n/id.json';
import { DEFAULT_LANG, LOCALE, type Lang } from './locales';
import { fill } from './text';

export type UiKey = keyof typeof id;

const FILES = import.meta.glob<Record<string, string>>('../i18n/*.json', { eager: true, import: 'default' });
type Strings = Partial<Record<Lang, Record<string, string>>>;
let strings: Strings | undefined;
/** Keyed by language, made on first use: browser code that imports this module for pick() or formatIdr() gets no UI strings. */
const STRINGS = (): Strings =>
  (strings ??= Object.fromEntries(Object.entries(FILES).map(([file, s]) => [file.replace(/^.*\/|\.json$/g, ''), s])) as Strings);

/**
 * The UI string for `key` in `lang`, with `{name}` placeholders filled from `vars` (fill(), src/lib/text.ts).
 * Without `vars` the template comes back as written: browser code fills it later (the search's "{count} results").
 */
export function t(lang: Lang, key: UiKey, vars?: Record<string, string | number>): string {
  const template = STRINGS()[lang]?.[key] ?? STRINGS()[DEFAULT_LANG]?.[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}"`);
  return vars ? fill(template, vars) : template;
}

/** A translator bound to one language, for use in components: `const tr = translator(lang)`. */
export const translator = (lang: Lang) => (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);

/** All keys of each language, for the parity test. */
export const uiKeys = (lang: Lang): string[] => Object.keys(STRINGS()[lang] ?? {});

// Lives in locales.ts so browser code can format dates without the UI-string files.
export { LOCALE };

/** Picks the text for `lang` from a `{ id, en, … }` set; `fallback` is true when that language's text was missing. */
export function pick(
  text: ({ id: string } & Partial<Record<Lang, string | undefined>>) | undefined,
  lang: Lang,
): { text: string; fallback: boolean } | undefined {
  if (!text) return undefined;
  const own = text[lang];
  if (own) return { text: own, fallback: false };
  return { text: text[DEFAULT_LANG] ?? text.id, fallback: lang !== DEFAULT_LANG };
}

const rupiah: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** Rupiah, e.g. "Rp 10.000" / "IDR 10,000". One formatter per language: making one costs more than using it. */
export function formatIdr(amount: number, lang: Lang): string {
  rupiah[lang] ??= new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  return rupiah[lang].format(amount);
}
