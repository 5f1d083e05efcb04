/**
 * What an entry may truthfully say about how its facts were checked. "Terakhir diperiksa" (last
 * checked) is reserved for checks on the ground (`checkedOnSite`); facts gathered from written
 * sources (`lastVerified`) say so, with the years their prices come from, and ask the visitor to check.
 */
import { t } from '../lib/i18n';
import { formatDay } from '../lib/events/dates';
import type { Lang } from './vocab';

export interface ProvenanceInput {
  lastVerified?: string | undefined;
  checkedOnSite?: string | undefined;
  /** The entry's prices (fees, ticket prices, price range): their years date the facts. */
  prices?: readonly { year: number }[] | undefined;
}

/** "2012" or "2012–2019": the span of years the prices were reported in, or '' without prices. */
export function priceYears(prices: readonly { year: number }[] = []): string {
  if (!prices.length) return '';
  const years = prices.map((p) => p.year);
  const [min, max] = [Math.min(...years), Math.max(...years)];
  return min === max ? String(min) : `${min}–${max}`;
}

/** The line shown above an entry's sources, or undefined when there is nothing to say. */
export function provenanceLine(e: ProvenanceInput, hasSources: boolean, lang: Lang): string | undefined {
  if (e.checkedOnSite) return `${t(lang, 'fact.checkedOnSite')}: ${formatDay(e.checkedOnSite, lang, false)}`;
  if (!e.lastVerified && !hasSources) return undefined;
  const years = priceYears(e.prices);
  return t(lang, 'fact.fromSources', {
    years: years ? t(lang, 'fact.fromSourcesYears', { years }) : '',
    date: e.lastVerified ? t(lang, 'fact.fromSourcesDate', { date: formatDay(e.lastVerified, lang, false) }) : '',
  });
}
