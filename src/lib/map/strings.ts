/**
 * The map's words: UI strings with `{name}` placeholders, and the names a
 * place is given on the map (its category, its marker's accessible name).
 * Shared by the big map, the mini-maps and search's "Show on map".
 */
import type { MapConfig } from './config';
import type { PlaceType, Precision } from '../geojson';

/** The UI strings a map element carries (map.*, type.*, category.*, kind.*), in its language. */
export type Strings = MapConfig['strings'];

/** Fills `{name}` placeholders in a UI string; a placeholder without a value stays as it is. */
export function fill(template: string | undefined, vars: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** "Beach", "Weaving", "Event": a destination's category, a product's kind, or the event type. */
export function categoryLabel(p: { type: PlaceType; category: string }, s: Strings): string {
  return p.type === 'event' ? (s['type.event'] ?? '') : (s[`category.${p.category}`] ?? s[`kind.${p.category}`] ?? p.category);
}

export interface PlaceLike {
  type: PlaceType;
  category: string;
  precision: Precision;
  names: Record<'id' | 'en', string>;
}

/** A marker's accessible name: "Pantai Lumban Bulbul, Pantai, lokasi perkiraan". */
export function placeLabel(p: PlaceLike, config: Pick<MapConfig, 'lang' | 'strings'>): string {
  const s = config.strings;
  return [p.names[config.lang], categoryLabel(p, s), p.precision === 'approximate' ? s['map.approxShort'] : ''].filter(Boolean).join(', ');
}
