/** "Did you mean …?": the suggestion an editor gets for a misspelt value, field or photo name. */
import { closest } from '../lib/text';
import type { Bilingual } from './messages';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** The suggestion closest to what was typed, never what was typed itself ("Balige" still gets "balige"). */
export function suggestion(typed: string, allowed: readonly string[]): string | undefined {
  return closest(typed, [...allowed]).find((g) => g !== typed);
}

export const didYouMean = (guess: string | undefined) =>
  guess ? b(` Mungkin maksud Anda "${guess}"?`, ` Did you mean "${guess}"?`) : b('', '');

/** A value as the editor typed it, for messages: text in quotes, anything else as JSON. */
export const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
