/**
 * The map's words: UI strings with `{name}` placeholders, and the names a
 * place is given on the map (its category, its marker's accessible name).
 * Shared by the big map, the mini-maps and search's "Show on map".
 */
import type { MapConfig } from './config';
import type { PlaceType, Precision } from '../geojson';
import type { Lang } from '../locales';

/** The UI strings a map element carries (map.*, type.*, category.*, kind.*), in its language. */
export type Strings = MapConfig['strings'];

// The site's one template function (src/lib/text.ts), for the map modules.
export { fill } from '../text';

/** "Beach", "Weaving", "Event": a destination's category, a product's kind, or the event type. */
export function categoryLabel(p: { type: PlaceType; category: string }, s: Strings): string {
  return p.type === 'event' ? (s['type.event'] ?? '') : (s[`category.${p.category}`] ?? s[`kind.${p.category}`] ?? p.category);
}

export interface PlaceLike {
  type: PlaceType;
  category: string;
  precision: Precision;
  names: Partial<Record<Lang, string>>;
}

/** A marker's accessible name: "Pantai Lumban Bulbul, Pantai, lokasi perkiraan". */
export function placeLabel(p: PlaceLike, config: Pick<MapConfig, 'lang' | 'strings'>): string {
  const s = config.strings;
  return [p.names[config.lang], categoryLabel(p, s), p.precision === 'approximate' ? s['map.approxShort'] : ''].filter(Boolean).join(', ');
}
