/**
 * The WhatsApp message a visitor sends, in its own module: it reads the UI strings (Vite's import.meta.glob), which
 * the content checker, run by plain Node, cannot load, while ./links.ts and ./phone.ts serve the checker too.
 */
import { t } from '../i18n';
import type { Lang } from '../locales';

/**
 * The WhatsApp message typed in for the visitor, naming the entry. Sellers in Toba read Indonesian, so a visitor
 * reading another language sends their words followed by the Indonesian ones.
 */
export function contactMessage(lang: Lang, name: string): string {
  const id = t('id', 'contact.waMessage', { name });
  const own = t(lang, 'contact.waMessage', { name });
  // A language without its own wording yet falls back to Indonesian: say it once.
  return own === id ? id : `${own} / ${id}`;
}
