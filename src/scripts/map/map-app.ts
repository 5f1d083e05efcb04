/**
 * The big map (/peta/, /en/map/): every place of /data/places.geojson in
 * clusters, the filter form, the "in this view" list, popups, "near me", and
 * the state in the URL. Loaded by <jt-map> (./element.ts) when the visitor
 * reaches for the map; until then the page shows a static overview, and its
 * HTML works without either.
 */
import { L, approximateArea, clusterIcon, createBaseMap, fill, readMapConfig, placeMarker, type MapConfig } from './leaflet-base';
// After Leaflet: markercluster is a UMD script that extends the global `L` Leaflet sets.
import 'leaflet.markercluster';
import { inView, matcher, toMapPlace, type MapPlace } from '../../lib/map/filter';
import { differsInFilters, parseState, serializeState, type MapState } from '../../lib/map/state';
import { distanceKm, formatKm } from '../../lib/geo';
import type { PlaceCollection, PlaceType } from '../../lib/geojson';

/**
 * Yields to the browser (input, paint) before going on. The start-up is a series of short steps, each in a
 * task of its own: as one task it blocked a phone's main thread for over 300 ms (Lighthouse's total
 * blocking time, tests/e2e/lighthouse.spec.ts; figures in docs/benchmarks.md).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Places get markers this many at a time, a task each (5,000 places are 25 short tasks, not one long one). */
const MARKER_SLICE = 200;

/** places.geojson gives absolute URLs of the published site (it is open data); the map links within the site it runs on. */
const onThisSite = (url: string) => {
  const u = new URL(url, location.href);
  return u.pathname + u.search;
};

/** Zoom a list click brings a place to, unless the map is already closer. */
const FOCUS_ZOOM = 15;
/** The list shows the nearest this many places; more would be a wall of text, not a help. */
const LIST_LIMIT = 50;

interface Item {
  place: MapPlace;
  /** One marker per cluster group (a marker can belong to only one): [ALL, FILTERED]. FILTERED's is made by the first filter that keeps the place. */
  markers: [L.Marker, L.Marker?];
}

/**
 * Two cluster groups, one on the map at a time. ALL holds every place and is
 * clustered once. FILTERED holds the last filtered set and follows each new
 * filter by a diff. Going back to everything, the commonest "undo", is then a
 * swap of groups instead of re-clustering thousands of markers.
 */
const ALL = 0;
const FILTERED = 1;
type Group = typeof ALL | typeof FILTERED;

/**
 * Starts the map in `root` (a <jt-map>). `fromForm`: the visitor changed the filters before the map was
 * there; the map applies the form as it stands once it is ready, in a history entry of its own.
 */
export async function startMap(
  root: HTMLElement,
  placesData: Promise<PlaceCollection>,
  { fromForm = false }: { fromForm?: boolean } = {},
): Promise<void> {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const canvas = $<HTMLElement>('[data-map-canvas]');
  const form = $<HTMLFormElement>('[data-filters]');
  const status = $<HTMLElement>('[data-status]');
  const list = $<HTMLOListElement>('[data-list]');
  const config = readMapConfig(root);
  const s = config.strings;
  const lang = config.lang;

  // If the places cannot load, <jt-map> says so and keeps the overview, for another try (./element.ts).
  const data = await placesData;

  // A task of its own, apart from the evaluation of the map's code.
  await nextTask();
  performance.mark('jt-map:start');
  const places = data.features.map(toMapPlace);
  // The static overview gives way to the map; keyboard focus on it moves to the map (Leaflet makes it focusable).
  const overview = root.querySelector('[data-map-start]');
  const overviewHadFocus = !!overview?.contains(document.activeElement);
  overview?.remove();
  const map = createBaseMap(canvas, config);
  if (overviewHadFocus) canvas.focus({ preventScroll: true });
  let state = parseState(location.search);
  await nextTask();
  // The first view (from the link, or around every place) draws the lake outline and asks for tiles.
  const linked = places.find((p) => p.id === state.place);
  if (state.view) map.setView([state.view.lat, state.view.lng], state.view.zoom, { animate: false });
  else if (linked) map.setView(linked, FOCUS_ZOOM, { animate: false });
  else if (places.length) map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lng])).pad(0.05), { animate: false });
  else map.setView([config.center.lat, config.center.lng], config.center.zoom);
  performance.mark('jt-map:view');
  await nextTask();

  const items = new Map<string, Item>();
  const marker = (place: MapPlace) =>
    placeMarker(place.lat, place.lng, place.feature.properties, config).on('click', () => select(place.id, { opener: 'marker' }));
  for (let i = 0; i < places.length; i += MARKER_SLICE) {
    for (const place of places.slice(i, i + MARKER_SLICE)) items.set(place.id, { place, markers: [marker(place)] });
    await nextTask();
  }
  const all = [...items.values()];
  performance.mark('jt-map:markers');
  /** Resolves the pending addLayers() once markercluster has processed its last chunk. */
  let finishAdd: (() => void) | undefined;
  const added = () => new Promise<void>((resolve) => (finishAdd = resolve));
  const groups = [ALL, FILTERED].map(() =>
    L.markerClusterGroup({
      // Clusters split and merge without animation when the visitor asks for less motion (as the map, ./leaflet-base.ts).
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
      chunkedLoading: true,
      // Short slices (the default is 200 ms): a phone stays responsive while thousands of markers are clustered.
      chunkInterval: 12,
      chunkDelay: 10,
      chunkProgress: (done, total) => {
        if (done === total) finishAdd?.();
      },
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      iconCreateFunction: (c) => clusterIcon(c.getChildCount(), config),
    }),
  );
  let active: Group = ALL;
  const cluster = () => groups[active]!;
  const markerOf = (i: Item) => (i.markers[active] ??= marker(i.place));
  const show = (which: Group) => {
    if (active === which && map.hasLayer(groups[which]!)) return;
    groups[active]!.remove();
    active = which;
    groups[which]!.addTo(map);
  };
  /** What FILTERED holds: nothing until the first filter, which fills it with the places kept. */
  let held = new Set<Item>();
  /**
   * Clusters ALL once the map has a view (markercluster clusters only on a map). FILTERED is filled by the
   * first filter, not now: clustering every place twice while the page opens blocked a phone's main thread
   * for most of a second (Lighthouse's total blocking time on the map page).
   */
  const prefill = async () => {
    show(ALL);
    const done = added();
    groups[ALL]!.addLayers(all.map((i) => i.markers[ALL]));
    await done;
  };

  let shown = new Set<Item>();
  const popup = L.popup({ maxWidth: 260, minWidth: 200, autoPanPadding: [24, 24], className: 'jt-popup' });
  let selected: { id: string; area?: L.Circle | undefined; opener: 'marker' | 'list' } | undefined;
  let applying = false;
  let typing = false;

  // ---- filters -------------------------------------------------------------
  const syncForm = () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) box.checked = state.types.has(box.value as PlaceType);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="category"]')) box.checked = state.categories.has(box.value);
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.q;
  };
  const readForm = (): Pick<MapState, 'types' | 'categories' | 'q'> => {
    const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
    const checked = (name: string) =>
      new Set(
        boxes(name)
          .filter((b) => b.checked)
          .map((b) => b.value),
      );
    // A type without a chip (no places of it yet) stays as it was: unticking Events must not hide products.
    const offered = new Set(boxes('type').map((b) => b.value));
    const types = new Set([...checked('type'), ...[...state.types].filter((t) => !offered.has(t))]) as Set<PlaceType>;
    return { types, categories: checked('category'), q: form.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim() };
  };

  /** Shows the markers that match the filters: ALL, or FILTERED updated by a diff (or refilled when most would go). */
  const applyFilters = async () => {
    const t0 = performance.now();
    const match = matcher(state);
    const keep = all.filter((i) => match(i.place));
    const keepSet = new Set(keep);
    if (keep.length === all.length) show(ALL);
    else {
      show(FILTERED);
      const g = groups[FILTERED]!;
      const m = (xs: Item[]) => xs.map((i) => (i.markers[FILTERED] ??= marker(i.place)));
      const gone = [...held].filter((i) => !keepSet.has(i));
      const done = added();
      if (gone.length > keep.length) {
        g.clearLayers();
        g.addLayers(m(keep));
      } else {
        if (gone.length) g.removeLayers(m(gone));
        g.addLayers(m(keep.filter((i) => !held.has(i))));
      }
      await done;
      held = keepSet;
    }
    shown = keepSet;
    if (selected && !keepSet.has(items.get(selected.id)!)) {
      // The selected place was filtered out: its popup goes, in the same history entry.
      deselect();
      state = { ...state, place: undefined };
      writeUrl('replace');
    }
    renderList();
    root.dispatchEvent(new CustomEvent('jt-map:updated', { detail: { ms: performance.now() - t0, shown: keep.length } }));
  };
  let running: Promise<void> | undefined;
  let again = false;
  /** Updates run one at a time (markercluster adds in chunks); a burst of changes costs at most one extra run. */
  const update = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    // While the markers and the list are redrawn, the list says so (aria-busy): a screen reader reads it once
    // it is done, and a script (the e2e tests) can wait for the end before it clicks a listed place.
    list.setAttribute('aria-busy', 'true');
    running = (async () => {
      try {
        do {
          again = false;
          await applyFilters();
        } while (again);
      } finally {
        running = undefined;
        list.removeAttribute('aria-busy');
      }
    })();
    return running;
  };

  // ---- URL -----------------------------------------------------------------
  const view = () => ({ zoom: map.getZoom(), lat: map.getCenter().lat, lng: map.getCenter().lng });
  const writeUrl = (mode: 'push' | 'replace') => {
    if (applying) return;
    const url = `${location.pathname}${serializeState({ ...state, view: view() })}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  // ---- list ----------------------------------------------------------------
  const renderList = () => {
    const b = map.getBounds();
    const centre = map.getCenter();
    const { total, items: near } = inView(
      [...shown].map((i) => i.place),
      { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() },
      { lat: centre.lat, lng: centre.lng },
      LIST_LIMIT,
    );
    list.replaceChildren(
      ...near.map(({ place, km: d }) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.id = place.id;
        const name = document.createElement('strong');
        name.textContent = place.feature.properties.names[lang];
        const meta = document.createElement('span');
        meta.className = 'small';
        meta.textContent = `${categoryLabel(place.feature.properties)} · ${fill(s['map.kmFromCentre'], { km: formatKm(d, lang) })}`;
        button.append(name, meta);
        li.append(button);
        return li;
      }),
    );
    const count = total === 0 ? s['map.inViewNone'] : total === 1 ? s['map.inViewOne'] : fill(s['map.inView'], { count: total });
    status.textContent = total > LIST_LIMIT ? `${count} ${fill(s['map.inViewMore'], { shown: LIST_LIMIT })}` : (count ?? '');
  };
  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-id]');
    if (button) select(button.dataset.id!, { opener: 'list', zoom: true });
  });

  // ---- popups --------------------------------------------------------------
  const categoryLabel = (p: { type: PlaceType; category: string }) =>
    p.type === 'event' ? s['type.event']! : (s[`category.${p.category}`] ?? s[`kind.${p.category}`] ?? p.category);

  const popupContent = (place: MapPlace): HTMLElement => {
    const p = place.feature.properties;
    const el = document.createElement('div');
    const img = Object.assign(document.createElement('img'), {
      src: onThisSite(p.image),
      alt: '',
      width: 240,
      height: 150,
      decoding: 'async',
    });
    const h = Object.assign(document.createElement('h2'), { textContent: p.names[lang], tabIndex: -1 });
    const meta = Object.assign(document.createElement('p'), { className: 'small' });
    const district = p.district ? config.districts[p.district] : undefined;
    meta.textContent = [categoryLabel(p), p.type === 'event' ? '' : s[`type.${p.type}`], district].filter(Boolean).join(' · ');
    el.append(img, h, meta);
    if (p.place)
      el.append(
        Object.assign(document.createElement('p'), { className: 'small', textContent: fill(s['map.at'], { place: p.place[lang] }) }),
      );
    if (p.precision === 'approximate')
      el.append(Object.assign(document.createElement('p'), { className: 'jt-approx-note', textContent: s['fact.locationApprox'] }));
    el.append(Object.assign(document.createElement('p'), { textContent: p.summary[lang] }));
    const a = Object.assign(document.createElement('a'), {
      href: onThisSite(p.urls[lang]),
      className: 'button',
      textContent: s['map.openPage'],
    });
    a.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `: ${p.names[lang]}` }));
    el.append(a);
    return el;
  };

  /** Opens a place's popup: zooms until its marker leaves its cluster (or spiderfies it), then focuses the popup. */
  function select(
    id: string,
    { opener, zoom = false, focus = true, push = true }: { opener: 'marker' | 'list'; zoom?: boolean; focus?: boolean; push?: boolean },
  ) {
    const item = items.get(id);
    if (!item || !shown.has(item)) return;
    const at = markerOf(item).getLatLng();
    if (zoom && (map.getZoom() < FOCUS_ZOOM || !map.getBounds().contains(at)))
      map.setView(at, Math.max(map.getZoom(), FOCUS_ZOOM), { animate: false });
    cluster().zoomToShowLayer(markerOf(item), () => {
      const p = item.place.feature.properties;
      deselect();
      selected = { id, opener, area: p.precision === 'approximate' ? approximateArea(at.lat, at.lng).addTo(map) : undefined };
      popup.setLatLng(at).setContent(popupContent(item.place)).openOn(map);
      const el = popup.getElement()!;
      el.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', s['map.closePopup'] ?? 'Close');
      if (focus) el.querySelector<HTMLElement>('h2')!.focus({ preventScroll: true });
      state = { ...state, place: id };
      writeUrl(push ? 'push' : 'replace');
    });
  }

  /** Closes the popup without a history entry or a focus move (a new selection or a filter replaces it). */
  function deselect() {
    const prev = selected;
    selected = undefined;
    prev?.area?.remove();
    if (prev) map.closePopup();
  }
  map.on('popupclose', () => {
    if (!selected) return;
    const { id, area, opener } = selected;
    selected = undefined;
    area?.remove();
    state = { ...state, place: undefined };
    writeUrl('push');
    // When focus was in the popup, it goes back where it came from (the popup's element is gone by now).
    const focused = document.activeElement;
    if (focused && focused !== document.body && !popup.getElement()?.contains(focused)) return;
    const back =
      opener === 'list'
        ? list.querySelector<HTMLElement>(`button[data-id="${CSS.escape(id)}"]`)
        : items.get(id) && markerOf(items.get(id)!).getElement();
    (back ?? canvas).focus({ preventScroll: true });
  });
  // Escape closes the popup from anywhere inside it (Leaflet only listens while the map itself has focus).
  canvas.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && target.closest('.leaflet-popup')) {
      e.preventDefault();
      map.closePopup();
    } else if ((e.key === 'Enter' || e.key === ' ') && target.classList.contains('leaflet-marker-icon')) {
      // Markers and clusters are role=button: Enter and Space both press them (Leaflet knows only Enter, and not for clusters without a popup).
      e.preventDefault();
      if (target.classList.contains('jt-cluster')) refocusAfterZoom();
      target.click();
    }
  });
  /** A cluster pressed from the keyboard disappears as the map zooms: keep focus on the map, not on <body>. */
  const refocusAfterZoom = () => cluster().once('animationend', () => canvas.focus({ preventScroll: true }));

  // ---- near me -------------------------------------------------------------
  const near = root.querySelector<HTMLButtonElement>('[data-near]');
  const geoStatus = root.querySelector<HTMLElement>('[data-geo-status]');
  let you: L.CircleMarker | undefined;
  if (near && geoStatus && 'geolocation' in navigator) {
    near.hidden = false;
    near.addEventListener('click', () => {
      geoStatus.textContent = s['map.locating'] ?? '';
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          const here = { lat: coords.latitude, lng: coords.longitude };
          const b = config.bounds;
          if (here.lat < b.south || here.lat > b.north || here.lng < b.west || here.lng > b.east) {
            const km = Math.round(distanceKm(here, config.center));
            geoStatus.textContent = fill(s['map.geoOutside'], { km: km.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB') });
            return;
          }
          you?.remove();
          you = L.circleMarker(here, { radius: 8, className: 'jt-you', interactive: false }).addTo(map);
          map.setView(here, Math.max(map.getZoom(), 13));
          geoStatus.textContent = s['map.located'] ?? '';
        },
        (err) => {
          geoStatus.textContent = (err.code === err.PERMISSION_DENIED ? s['map.geoDenied'] : s['map.geoUnavailable']) ?? '';
        },
        { timeout: 15_000, maximumAge: 60_000 },
      );
    });
  }

  // ---- wiring --------------------------------------------------------------
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'q') {
      typing = false;
      return;
    }
    state = { ...state, ...readForm() };
    void update();
    writeUrl('push');
  });
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLInputElement).name !== 'q') return;
    state = { ...state, ...readForm() };
    void update();
    // The first keystroke of a burst makes a history entry; the rest refine it.
    writeUrl(typing ? 'replace' : 'push');
    typing = true;
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('reset', () =>
    setTimeout(() => {
      state = { ...state, ...readForm() };
      void update();
      writeUrl('push');
    }),
  );
  map.on('moveend', () => {
    // While a state is being applied, applyState() renders the list once at the end.
    if (applying) return;
    renderList();
    writeUrl('replace');
  });

  /** Applies a state from the URL: on load, and on Back/Forward (and, once, from the form: see startMap). */
  const applyState = async (next: MapState, initial: boolean) => {
    applying = true;
    const filtersChanged = initial || differsInFilters({ ...next, place: undefined }, { ...state, place: undefined });
    state = next;
    syncForm();
    // The first view was set as the map opened.
    if (next.view && !initial) map.setView([next.view.lat, next.view.lng], next.view.zoom, { animate: false });
    if (initial) {
      await prefill();
      performance.mark('jt-map:clustered');
      await nextTask();
    }
    if (filtersChanged) await update();
    else renderList();
    if (next.place && next.place !== selected?.id) select(next.place, { opener: 'marker', focus: false, push: false });
    else if (!next.place && selected) deselect();
    applying = false;
    if (initial) writeUrl(fromForm ? 'push' : 'replace');
  };
  addEventListener('popstate', () => {
    typing = false;
    void applyState(parseState(location.search), false);
  });

  // Filters changed while the map was loading are read now, when the form's own listeners are in place.
  await applyState(fromForm ? { ...state, ...readForm() } : state, true);
  root.dataset.ready = '';
  performance.measure('jt-map:start-up', 'jt-map:start');
}

export type { MapConfig };
