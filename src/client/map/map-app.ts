/**
 * The big map (/peta/, /en/map/): every place of /data/places.geojson in
 * clusters, the filter form, the "in this view" list, popups, "near me", and
 * the state in the URL. Loaded by <jt-map> (./element.ts) when the visitor
 * reaches for the map; until then the page shows a static overview, and its
 * HTML works without either.
 *
 * This module wires the parts together; each part is a module of its own:
 * the state and how it enters the history (src/lib/map/store.ts), the
 * markers (./markers.ts), the list (./list.ts), the popups (./popup.ts), the
 * filter form (./filters-form.ts), "near me" (./near-me.ts), the keyboard
 * (./keys.ts) and the address (./url.ts).
 */
import {
  L,
  approximateArea,
  clusterIcon,
  createBaseMap,
  fill,
  readMapConfig,
  placeMarker,
  routeLine,
  type MapConfig,
} from './leaflet-base';
// After Leaflet: markercluster is a UMD script that extends the global `L` Leaflet sets.
import 'leaflet.markercluster';
import { matcher, toMapPlace } from '../../lib/map/filter';
import { listModel } from '../../lib/map/list';
import { NEAR_ZOOM } from '../../lib/map/near';
import { serial } from '../../lib/map/serial';
import { POPUP_PAN_PADDING, popupWidths } from '../../lib/map/popup';
import { activeFilters, parseState, type MapState } from '../../lib/map/state';
import { todayInJakarta } from '../../lib/events/dates';
import type { LatLng } from '../../lib/geo';
import {
  beginApply,
  changeFilters,
  closePlace,
  createStore,
  endApply,
  endTyping,
  moved,
  selectPlace,
  type Step,
} from '../../lib/map/store';
import { firstView } from '../../lib/map/view';
import type { PlaceCollection } from '../../lib/geojson';
import type { ItineraryCollection } from '../../lib/itinerary-geojson';
import { toMapRoute } from '../../lib/map/routes';
import { readForm, watchForm, writeForm } from './filters-form';
import { handleKeys } from './keys';
import { createList } from './list';
import { createMarkers } from './markers';
import { setUpNearMe } from './near-me';
import { createPopups } from './popup';
import { createRoutes } from './routes';
import { nextTask } from './tasks';
import { writeAddress } from './url';

/** Screens where the map and its list are stacked (src/styles/map.css). */
const PHONE = '(max-width: 55.99rem)';

/**
 * Starts the map in `root` (a <jt-map>). `fromForm`: the visitor changed the filters before the map was
 * there; the map applies the form as it stands once it is ready, in a history entry of its own.
 * `routes`: the trip ideas (/data/itineraries.geojson), drawn as lines; undefined if they did not load.
 */
export async function startMap(
  root: HTMLElement,
  placesData: Promise<PlaceCollection>,
  { fromForm = false, routes: routesData }: { fromForm?: boolean; routes?: Promise<ItineraryCollection | undefined> } = {},
): Promise<void> {
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const canvas = $<HTMLElement>('[data-map-canvas]');
  const form = $<HTMLFormElement>('[data-filters]');
  const config = readMapConfig(root);

  // If the places cannot load, <jt-map> says so and keeps the overview, for another try (./element.ts).
  const data = await placesData;
  const routeFeatures = (await routesData)?.features ?? [];

  // A task of its own, apart from the evaluation of the map's code.
  await nextTask();
  performance.mark('jt-map:start');
  const places = data.features.map(toMapPlace);
  const mapRoutes = routeFeatures.map(toMapRoute);
  // The static overview gives way to the map; keyboard focus on it moves to the map (Leaflet makes it focusable).
  const overview = root.querySelector('[data-map-start]');
  const overviewHadFocus = !!overview?.contains(document.activeElement);
  overview?.remove();
  const map = createBaseMap(canvas, config, { note: root.querySelector<HTMLElement>('[data-map-note]') ?? undefined });
  // On a phone the started map fills the screen under its bar (src/styles/map.css): bring the bar to the top.
  if (matchMedia(PHONE).matches) root.querySelector('.map-bar')?.scrollIntoView({ block: 'start' });
  if (overviewHadFocus) canvas.focus({ preventScroll: true });
  const store = createStore(parseState(location.search));
  await nextTask();
  // The first view (from the link, or around every place) draws the lake outline and asks for tiles.
  const first = firstView(store.state, places, config, mapRoutes);
  if ('fit' in first) {
    const b = first.fit;
    map.fitBounds(L.latLngBounds([b.south, b.west], [b.north, b.east]).pad(0.05), { animate: false });
  } else map.setView(first.centre, first.zoom, { animate: false });
  performance.mark('jt-map:view');
  await nextTask();

  const markers = await createMarkers<L.Marker>(map, places, {
    marker: (place) =>
      placeMarker(place.lat, place.lng, place.feature.properties, config).on('click', () => popups.select(place.id, { opener: 'marker' })),
    group: (done) =>
      L.markerClusterGroup({
        // Clusters split and merge without animation when the visitor asks for less motion (as the map, ./leaflet-base.ts).
        animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
        chunkedLoading: true,
        // Short slices (the default is 200 ms): a phone stays responsive while thousands of markers are clustered.
        chunkInterval: 12,
        chunkDelay: 10,
        chunkProgress: (processed, total) => {
          if (processed === total) done();
        },
        showCoverageOnHover: false,
        maxClusterRadius: 50,
        iconCreateFunction: (c) => clusterIcon(c.getChildCount(), config),
      }),
  });
  performance.mark('jt-map:markers');
  const routes = createRoutes(map, mapRoutes, (route) =>
    routeLine(route.lines, route.feature.properties.names[config.lang]).on('click', () => popups.select(route.id, { opener: 'marker' })),
  );

  const activeCount = root.querySelector<HTMLElement>('[data-active-count]');
  /** Applies a transition to the state, and writes the address it asks for; the panel's button counts the active filters. */
  const commit = (step: (s: typeof store.session) => Step) => {
    const write = store.run(step);
    const c = map.getCenter();
    writeAddress(write, store.state, { zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    if (activeCount) {
      const n = activeFilters(store.state);
      activeCount.hidden = n === 0;
      activeCount.textContent =
        n === 1 ? (config.strings['map.filtersActiveOne'] ?? '') : fill(config.strings['map.filtersActive'], { count: n });
    }
  };

  const list = createList($('[data-list]'), $('[data-status]'), (id) => popups.select(id, { opener: 'list', zoom: true }));
  /** The visitor's position once "Near me" found it: the list then measures from them, not from the centre. */
  let you: LatLng | undefined;
  const renderList = () => {
    const b = map.getBounds();
    const bounds = { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() };
    const view = { bounds, centre: map.getCenter(), you };
    list.render(listModel(markers.shown(), view, config, undefined, { shown: routes.shown(), here: location.href }));
  };

  // One popup for places and routes, as wide as the map leaves room for (a 320 px phone's map is 288 px).
  const popup = L.popup({ ...popupWidths(map.getSize().x), autoPanPadding: [POPUP_PAN_PADDING, POPUP_PAN_PADDING], className: 'jt-popup' });
  map.on('resize', () => Object.assign(popup.options, popupWidths(map.getSize().x)));
  const popups = createPopups(map, canvas, {
    config,
    markers,
    routes,
    popup,
    area: (at) => approximateArea(at.lat, at.lng),
    listButton: list.buttonFor,
    opened: (id, write) => commit((s) => selectPlace(s, id, write)),
    closed: () => commit((s) => closePlace(s, 'push')),
  });
  handleKeys(canvas, {
    closePopup: () => map.closePopup(),
    // A cluster pressed from the keyboard disappears as the map zooms: keep focus on the map, not on <body>.
    clusterPressed: () => markers.afterZoom(() => canvas.focus({ preventScroll: true })),
  });

  /** Shows the markers and the list that match the filters. */
  const applyFilters = async () => {
    const t0 = performance.now();
    // The visitor's day, not the build's: an event that ended since the deploy counts as past.
    const keep = matcher(store.state, todayInJakarta());
    await markers.filter(keep);
    routes.filter(keep);
    const selected = popups.selected;
    if (selected && !markers.isShown(selected) && !routes.isShown(selected)) {
      // The selected place was filtered out: its popup goes, in the same history entry.
      popups.deselect();
      commit((s) => closePlace(s, 'replace'));
    }
    renderList();
    const shown = markers.shown().length;
    root.dispatchEvent(new CustomEvent('jt-map:updated', { detail: { ms: performance.now() - t0, shown } }));
  };
  /** Updates run one at a time (markercluster adds in chunks); a burst of changes costs at most one extra run. */
  const update = serial(applyFilters, list.busy);

  setUpNearMe(root, {
    config,
    geolocation: 'geolocation' in navigator ? navigator.geolocation : undefined,
    show: (here) => {
      const mark = L.circleMarker(here, { radius: 8, className: 'jt-you', interactive: false }).addTo(map);
      you = here;
      map.setView(here, Math.max(map.getZoom(), NEAR_ZOOM));
      renderList();
      return mark;
    },
  });

  const filtersChanged = (how: 'pick' | 'type') => {
    commit((s) => changeFilters(s, readForm(form, s.state), how));
    void update();
  };
  watchForm(form, { picked: () => filtersChanged('pick'), typed: () => filtersChanged('type'), left: () => commit(endTyping) });
  map.on('moveend', () => {
    // While a state is being applied, applyState() renders the list once at the end.
    if (store.session.applying) return;
    renderList();
    commit(moved);
  });

  /** Applies a state from the URL: on load, and on Back/Forward (and, once, from the form: see startMap). */
  const applyState = async (next: MapState, initial: boolean) => {
    let filters = false;
    commit((s) => {
      const step = beginApply(s, next, initial);
      filters = step.filtersChanged;
      return step;
    });
    writeForm(form, next);
    // The first view was set as the map opened.
    if (next.view && !initial) map.setView([next.view.lat, next.view.lng], next.view.zoom, { animate: false });
    if (initial) {
      // The routes start as the link's filters say (every route, on a plain link); the markers all start clustered.
      routes.filter(matcher(next, todayInJakarta()));
      await markers.prefill();
      performance.mark('jt-map:clustered');
      await nextTask();
    }
    if (filters) await update();
    else renderList();
    if (next.place && next.place !== popups.selected) popups.select(next.place, { opener: 'marker', focus: false, write: 'replace' });
    else if (!next.place && popups.selected) popups.deselect();
    commit((s) => endApply(s, initial ? (fromForm ? 'push' : 'replace') : undefined));
  };
  addEventListener('popstate', () => void applyState(parseState(location.search), false));

  // Filters changed while the map was loading are read now, when the form's own listeners are in place.
  await applyState(fromForm ? { ...store.state, ...readForm(form, store.state) } : store.state, true);
  root.dataset.ready = '';
  performance.measure('jt-map:start-up', 'jt-map:start');
}

export type { MapConfig };
