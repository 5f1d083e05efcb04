/**
 * The basemap beneath the tiles, for every Leaflet map of the site (the big map, the mini-maps, the map
 * offline): the land, the regency and its kecamatan, the lake, and the names of the towns, the kecamatan,
 * the neighbouring regencies and, closer in, the desa. Tiles that load cover it; tiles that fail (by the
 * lake, offline, or here) leave a map that still says where things are.
 *
 * - The outlines are one SVG (src/lib/map/basemap.ts draws it, as it does for the static overview) in
 *   Web Mercator metres, which Leaflet places and scales as an overlay in the `outline` pane (z 150),
 *   beneath the tiles (200).
 * - The names are HTML in the `basemapLabels` pane (z 170): beneath the tiles and far beneath the markers
 *   (600) and popups, so a name never hides a place; not interactive and hidden from screen readers (the
 *   page's list of places says the same in words). On every view, the names that would collide or be cut
 *   by the view's edge are hidden, most important first (src/lib/map/label-placement.ts).
 * - The desa names (/data/basemap/villages.json) load only when the map first reaches their zoom.
 * Both files are open data (/data/), so the service worker keeps them for the map offline.
 */
import L from 'leaflet';
import { TOWN_DOT, basemapSvg, hasDot, labelSpots, type Basemap, type BasemapLabel, type VillageLabels } from '../../lib/map/basemap';
import { placeLabels, textWidth, type LabelBox } from '../../lib/map/label-placement';
import { unproject } from '../../lib/map/mercator';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Drawn {
  label: BasemapLabel;
  el: HTMLElement;
  /** A town's dot. */
  dot?: HTMLElement | undefined;
  latLng: L.LatLng;
  w: number;
  h: number;
}

const getJson = <T>(url: string): Promise<T> =>
  fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${r.status} ${url}`))));

/** The outlines as an SVG overlay, pinned by its frame's corners (Web Mercator is linear between them). */
function outlines(b: Basemap, attribution: string): L.SVGOverlay {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const f = b.frame;
  svg.setAttribute('viewBox', `0 0 ${f.maxX - f.minX} ${f.maxY - f.minY}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = basemapSvg(b, { nonScaling: true });
  const corners = L.latLngBounds(unproject({ x: f.minX, y: f.minY }), unproject({ x: f.maxX, y: f.maxY }));
  return L.svgOverlay(svg, corners, { pane: 'outline', interactive: false, attribution });
}

/**
 * Draws the basemap on `map` once its data has arrived and the map has a view. `urls`: the map config's
 * basemap files; `credit`: the outlines' credit line (the lake's, in the page's language, and the boundaries').
 */
export function addBasemap(map: L.Map, urls: { base: string; villages: string }, credit: string): Promise<void> {
  const pane = map.createPane('basemapLabels');
  pane.style.zIndex = '170';
  pane.setAttribute('aria-hidden', 'true');
  const drawn: Drawn[] = [];
  let villages: Promise<unknown> | undefined;

  const add = (labels: readonly BasemapLabel[]) => {
    const fresh = labels.map((label) => {
      const el = L.DomUtil.create('span', `jt-bm jt-bm--${label.kind}`, pane);
      el.textContent = label.name;
      const dot = hasDot(label.kind) ? L.DomUtil.create('span', 'jt-bm-dot', pane) : undefined;
      return { label, el, dot, latLng: L.latLng(label.lat, label.lng), w: 0, h: 0 };
    });
    // Measured once, all together (one layout), while every new name is still in the page.
    for (const d of fresh) {
      d.w = d.el.offsetWidth || textWidth(d.label.name, 12);
      d.h = d.el.offsetHeight || 16;
      d.el.hidden = true;
    }
    drawn.push(...fresh);
  };

  /** What a name must not cover, in container pixels: the markers and clusters, and the controls (zoom, notes, credits). */
  const obstacles = (): LabelBox[] => {
    const out: LabelBox[] = [];
    const origin = map.getContainer().getBoundingClientRect();
    for (const el of map.getContainer().querySelectorAll('.leaflet-control')) {
      const r = el.getBoundingClientRect();
      if (r.width) out.push({ id: -1, rank: -1, x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height });
    }
    map.eachLayer((layer) => {
      const el = layer instanceof L.Marker ? layer.getElement() : undefined;
      if (!el || !(layer instanceof L.Marker)) return;
      // Markers' icons are centred on their point (src/client/map/leaflet-base.ts); read from the layer, not the
      // element, whose position may still be in a cluster's animation.
      const at = map.latLngToContainerPoint(layer.getLatLng());
      const [w, h] = [el.offsetWidth, el.offsetHeight];
      out.push({ id: -1, rank: -1, x: at.x - w / 2, y: at.y - h / 2, w, h });
    });
    return out;
  };

  const update = () => {
    const zoom = map.getZoom();
    if (!villages && drawn.length && zoom >= 12)
      villages = getJson<VillageLabels>(urls.villages)
        .then((v) => (add(v.labels), update()))
        .catch(() => undefined); // Without the desa names the map is still a map.
    const size = map.getSize();
    const boxes: LabelBox[] = [];
    const dots: LabelBox[] = [];
    drawn.forEach((d, id) => {
      const wanted = d.label.minZoom <= zoom;
      // The pane moves with the map: a point's place is in layer points, which panning does not change.
      if (d.dot) {
        d.dot.hidden = !wanted;
        if (wanted) L.DomUtil.setPosition(d.dot, map.latLngToLayerPoint(d.latLng).subtract([TOWN_DOT / 2, TOWN_DOT / 2]));
      }
      if (!wanted) return;
      const at = map.latLngToContainerPoint(d.latLng);
      if (at.x < -200 || at.y < -50 || at.x > size.x + 200 || at.y > size.y + 50) return;
      const [first, ...alternatives] = labelSpots(d.label.kind, at.x, at.y, d.w, d.h);
      boxes.push({ id, rank: d.label.rank, w: d.w, h: d.h, ...first!, alternatives });
      // A town's dot is placed before every name, so no name covers it.
      if (d.dot) dots.push({ id: -1, rank: -1, x: at.x - TOWN_DOT / 2, y: at.y - TOWN_DOT / 2, w: TOWN_DOT, h: TOWN_DOT });
    });
    const shown = new Map(placeLabels([...obstacles(), ...dots, ...boxes], { width: size.x, height: size.y }).map((p) => [p.id, p]));
    drawn.forEach((d, id) => {
      const spot = shown.get(id);
      d.el.hidden = !spot;
      if (spot) L.DomUtil.setPosition(d.el, map.containerPointToLayerPoint(L.point(spot.x, spot.y)));
    });
  };

  return getJson<Basemap>(urls.base).then(
    (b) =>
      new Promise<void>((resolve) =>
        map.whenReady(() => {
          outlines(b, `${credit}; ${b.credit}`).addTo(map);
          add(b.labels);
          update();
          // Once per frame at most: markercluster adds and removes markers one by one after each move.
          let queued = 0;
          const schedule = () => {
            queued ||= requestAnimationFrame(() => {
              queued = 0;
              update();
            });
          };
          map.on('zoomend moveend resize layeradd layerremove', schedule);
          resolve();
        }),
      ),
  );
}
