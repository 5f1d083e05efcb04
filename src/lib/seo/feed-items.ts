/**
 * The RSS feed of each language: every event, destination and product, newest
 * check first. An entry's date is the day its facts were last checked
 * (`lastVerified`): new entries and re-checked ones rise to the top. Events
 * carry their dates in the title, so a reader sees when they happen.
 */
import type { Lang } from '../../content/vocab';
import { formatRange } from '../events/dates';
import { t } from '../i18n';

export interface FeedEntry {
  type: 'destination' | 'event' | 'product';
  title: string;
  summary: string;
  /** Absolute URL of the page. */
  url: string;
  /** Extra categories, e.g. the destination category label and district. */
  categories: string[];
  lastVerified?: string | undefined;
  /** Events only: their dates as written in the content. */
  start?: string | undefined;
  end?: string | undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date | undefined;
  categories: string[];
}

/** Noon WIB on the day, so the date reads the same in every time zone from UTC−5 to UTC+12. */
const dayToDate = (ymd: string) => new Date(`${ymd}T12:00:00+07:00`);

export function feedItems(lang: Lang, entries: FeedEntry[]): FeedItem[] {
  return entries
    .map((e) => ({
      title: e.type === 'event' && e.start ? `${e.title} (${formatRange(e.start, e.end, lang)})` : e.title,
      link: e.url,
      description: e.summary,
      pubDate: e.lastVerified ? dayToDate(e.lastVerified) : undefined,
      categories: [t(lang, `type.${e.type}`), ...e.categories],
    }))
    .sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || a.title.localeCompare(b.title, lang));
}
