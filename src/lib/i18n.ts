/**
 * UI strings, one JSON file per language (src/i18n/id.json, en.json), read
 * through `t(lang, key, vars)`. Keys are typed from the Indonesian file, and a
 * unit test fails when a key is missing in either language.
 */
import id from '../i18n/id.json';
import en from '../i18n/en.json';
import { LOCALE, type Lang } from './content/vocab';

export type UiKey = keyof typeof id;
const STRINGS: Record<Lang, Record<string, string>> = { id, en };

/** The UI string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = STRINGS[lang][key] ?? STRINGS.id[key];
  if (template === undefined) throw new Error(`Missing UI string "${key}"`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** A translator bound to one language, for use in components: `const tr = translator(lang)`. */
export const translator = (lang: Lang) => (key: UiKey, vars?: Record<string, string | number>) => t(lang, key, vars);

/** All keys of each language, for the parity test. */
export const uiKeys = (lang: Lang): string[] => Object.keys(STRINGS[lang]);

// Lives in vocab.ts so browser code can format dates without the UI-string files.
export { LOCALE };

/** Picks the text for `lang` from an `{ id, en }` pair; `fallback` is true when English was missing. */
export function pick(
  text: { id: string; en?: string | undefined } | undefined,
  lang: Lang,
): { text: string; fallback: boolean } | undefined {
  if (!text) return undefined;
  if (lang === 'en' && text.en) return { text: text.en, fallback: false };
  return { text: text.id, fallback: lang === 'en' };
}

const rupiah: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** Rupiah, e.g. "Rp 10.000" / "IDR 10,000". One formatter per language: making one costs more than using it. */
export function formatIdr(amount: number, lang: Lang): string {
  rupiah[lang] ??= new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  return rupiah[lang].format(amount);
}
