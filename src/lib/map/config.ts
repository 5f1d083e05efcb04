/**
 * What a map element needs from the build, passed as data attributes (never
 * as an inline script): the tile server from site config, the regency's
 * bounds and the UI strings of its language. Its size does not depend on the
 * number of places.
 *
 *   <div {...mapAttributes(lang)}></div>   → read in the browser by readMapConfig(el)
 */
import { site } from '../../config/site';
import { DISTRICTS } from '../../content/districts';
import { uiKeys, t, type UiKey } from '../i18n';
import { dataUrl } from '../paths';
import type { Lang } from '../../content/vocab';

export interface MapConfig {
  lang: Lang;
  tiles: { url: string; attribution: string; maxZoom: number };
  /** Where a map with nothing better to show opens. */
  center: { lat: number; lng: number; zoom: number };
  /** The regency's bounds: the map never strays far from them. */
  bounds: { south: number; west: number; north: number; east: number };
  /** UI strings the scripts show (map.*, type.*, category.*, kind.*), in `lang`. */
  strings: Record<string, string>;
  /** District slug → name. */
  districts: Record<string, string>;
  /** The basemap drawn beneath the tiles (src/lib/map/basemap.ts): its outlines and names, and the desa names. */
  basemap: { base: string; villages: string };
}

const PREFIXES = ['map.', 'type.', 'category.', 'kind.', 'nav.destinations', 'nav.events', 'nav.products', 'fact.locationApprox'];

export function mapConfig(lang: Lang): MapConfig {
  const keys = uiKeys('id').filter((k) => PREFIXES.some((p) => k.startsWith(p))) as UiKey[];
  return {
    lang,
    tiles: site.tiles,
    center: site.mapCenter,
    bounds: site.bounds,
    strings: Object.fromEntries(keys.map((k) => [k, t(lang, k)])),
    districts: Object.fromEntries(DISTRICTS.map((d) => [d.slug, d.name])),
    basemap: { base: dataUrl('basemap/base.json'), villages: dataUrl('basemap/villages.json') },
  };
}

/** The config as one data attribute, to spread on the map's element. */
export const mapAttributes = (lang: Lang) => ({ 'data-map-config': JSON.stringify(mapConfig(lang)) });
