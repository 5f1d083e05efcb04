/**
 * Phone and WhatsApp numbers as the office writes them: E.164, `+62…`, digits only. Pure, so the content
 * schemas (which refuse a malformed number), the pages (which build `tel:` and `wa.me` links) and the tests
 * share one reading of a number.
 *
 * Why refuse rather than repair: a number is the one fact a visitor acts on at once. "0812-3456-7890" could be
 * mended, but "812345678" or "+620812…" cannot be mended safely, and the editor should see the one form the site
 * publishes (and the open data carries). The checker's message offers the repaired number where one is certain.
 */

/** An Indonesian number in E.164: +62, then 8–12 digits, the first not 0 (mobile +628…, Balige's landline +62632…). */
export const ID_E164_RE = /^\+62[1-9]\d{7,11}$/;
/** Any E.164 number: + and 8–15 digits, the first not 0 (a seller abroad, a foreign operator). */
export const E164_RE = /^\+[1-9]\d{7,14}$/;
/** The same rule as one pattern, for the CMS's form check (a browser regex, anchored by the CMS). */
export const PHONE_PATTERN = '^\\+[1-9][0-9]{7,14}$';

/** What is wrong with a number, in words the checker turns into a message. */
export type PhoneProblem =
  | 'leading-zero' // 0812…: the national form, not the international one
  | 'zero-after-62' // +620812…: the 0 kept after the country code
  | 'missing-plus' // 62812…: the country code without +
  | 'separators' // +62 812-3456-7890: spaces, dashes, dots or brackets
  | 'letters' // anything that is not a digit
  | 'too-short'
  | 'too-long';

export interface PhoneCheck {
  problem: PhoneProblem;
  /** The number in E.164 when the mistake has only one reading (`0812 3456 7890` → `+6281234567890`). */
  suggestion?: string;
}

/** `+62812…` when the digits can only mean one Indonesian number, else undefined. */
function repair(digits: string): string | undefined {
  let national: string;
  if (digits.startsWith('620')) national = digits.slice(3);
  else if (digits.startsWith('62')) national = digits.slice(2);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else return undefined;
  const e164 = `+62${national}`;
  return ID_E164_RE.test(e164) ? e164 : undefined;
}

/** Undefined when `value` is a valid E.164 number; otherwise the first mistake found and, where certain, the fix. */
export function checkPhone(value: string): PhoneCheck | undefined {
  const v = value.trim();
  if (E164_RE.test(v) && (!v.startsWith('+62') || ID_E164_RE.test(v))) return undefined;
  if (/[^\d\s+().\-/]/.test(v)) return { problem: 'letters' };
  const digits = v.replace(/\D/g, '');
  const suggestion = repair(digits);
  const withSuggestion = (problem: PhoneProblem): PhoneCheck => (suggestion ? { problem, suggestion } : { problem });
  // The order is the order an editor fixes them in: the prefix first, then the separators, then the length.
  // Read the prefix past any bracket or space: "(0632) 21234" starts with 0 as much as "0632 21234" does.
  const plus = /^[\s(]*\+/.test(v);
  if (digits.startsWith('620')) return withSuggestion('zero-after-62');
  if (digits.startsWith('0')) return withSuggestion('leading-zero');
  if (!plus) return withSuggestion('missing-plus');
  if (/[^\d+]/.test(v)) return withSuggestion('separators');
  const national = digits.startsWith('62') ? digits.length - 2 : digits.length;
  const short = digits.startsWith('62') ? national < 8 : digits.length < 8;
  return { problem: short ? 'too-short' : 'too-long' };
}

/** The digits of a valid number, as `wa.me` and `tel:` want them. */
const digitsOf = (e164: string) => e164.replace(/\D/g, '');

/** `tel:+62…` for a valid number. */
export const telUrl = (e164: string) => `tel:+${digitsOf(e164)}`;

/**
 * `https://wa.me/<digits>?text=…`: WhatsApp's click-to-chat link (its documented form: the number with country
 * code and no +, 0 or separators), opening a chat with `message` typed in, URL-encoded.
 */
export function waUrl(e164: string, message?: string): string {
  const base = `https://wa.me/${digitsOf(e164)}`;
  return message ? `${base}?text=${encodeURIComponent(message)}` : base;
}

/** How a number reads on the page: +62 812-3456-7890 (country code, then the operator prefix, then groups of four). */
export function displayPhone(e164: string): string {
  const d = digitsOf(e164);
  if (!d.startsWith('62')) return `+${d}`;
  const national = d.slice(2);
  // Mobile numbers (8…): the 3-digit operator prefix, then groups of four. Landlines: the area code (0632 Balige is
  // 632; Jakarta's 21 is shorter, so this is a reading aid, not a rule), then the subscriber number whole.
  const head = national.slice(0, 3);
  const rest = national.startsWith('8') ? (national.slice(3).match(/.{1,4}/g) ?? []).join('-') : national.slice(3);
  return `+62 ${[head, rest].filter(Boolean).join(' ')}`;
}
