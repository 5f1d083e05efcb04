/**
 * What a place's popup on the big map says, as plain data: the browser side
 * (src/client/map/popup.ts) builds the popup's elements from it.
 */
import type { MapConfig } from './config';
import type { PlaceProperties } from '../geojson';
import { categoryLabel, fill } from './strings';

export interface PopupModel {
  /** The photo or cover art, on the site the map runs on (a route without a photo has none). */
  image?: string | undefined;
  name: string;
  /** "Beach · Destination · Balige". */
  meta: string;
  /** "At Lapangan Sisingamangaraja": an event's venue or a product's seller. */
  at?: string | undefined;
  /** The "approximate location" note, for a place whose pin is approximate. */
  approx?: string | undefined;
  summary: string;
  /** The place's page, on the site the map runs on. */
  href: string;
  /** The link's text ("Open page"); the place's name follows it for screen readers. */
  open: string;
}

/**
 * places.geojson gives absolute URLs of the published site (it is open data); the map links within the site
 * it runs on (`here`: the page's address), so a copy of the site on another host or path keeps its visitors.
 */
export function onThisSite(url: string, here: string): string {
  const u = new URL(url, here);
  return u.pathname + u.search;
}

export function popupModel(p: PlaceProperties, config: Pick<MapConfig, 'lang' | 'strings' | 'districts'>, here: string): PopupModel {
  const { lang, strings: s } = config;
  const district = p.district ? config.districts[p.district] : undefined;
  return {
    image: onThisSite(p.image, here),
    name: p.names[lang],
    meta: [categoryLabel(p, s), p.type === 'event' ? '' : s[`type.${p.type}`], district].filter(Boolean).join(' · '),
    at: p.place ? fill(s['map.at'], { place: p.place[lang] }) : undefined,
    approx: p.precision === 'approximate' ? s['fact.locationApprox'] : undefined,
    summary: p.summary[lang],
    href: onThisSite(p.urls[lang], here),
    open: s['map.openPage'] ?? '',
  };
}

/** Room kept between a popup and the map's edges (Leaflet's autoPanPadding, each side). */
export const POPUP_PAN_PADDING = 24;
/** What a popup adds around its content: the content's margins (0.85rem each side) and the wrapper's border. */
const POPUP_CHROME = 30;

/**
 * The popup content's width limits for a map `mapWidth` px wide: at most 260 px (200 at least), and never wider
 * than fits with the padding on both sides. A 320 px phone's map is 288 px wide: 260 px of content would make a
 * 290 px popup, cut off by the map's edge.
 */
export function popupWidths(mapWidth: number): { maxWidth: number; minWidth: number } {
  const room = Math.max(120, Math.floor(mapWidth - 2 * POPUP_PAN_PADDING - POPUP_CHROME));
  return { maxWidth: Math.min(260, room), minWidth: Math.min(200, room) };
}
