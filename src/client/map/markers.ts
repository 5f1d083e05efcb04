/**
 * The big map's markers: one per place, in two cluster groups of which one is
 * on the map at a time (ALL and FILTERED; why, and how a filter changes them:
 * src/lib/map/groups.ts). Leaflet comes in through the two factories, so the
 * bookkeeping is tested without a map (tests/unit/client/map/markers.test.ts).
 */
import type L from 'leaflet';
import type { MapPlace } from '../../lib/map/filter';
import { planGroups } from '../../lib/map/groups';
import { nextTask } from './tasks';

/** Places get markers this many at a time, a task each (5,000 places are 25 short tasks, not one long one). */
const MARKER_SLICE = 200;

/** What the markers need of a markercluster group (L.MarkerClusterGroup has it all). */
export interface ClusterGroup<M> {
  addTo(map: L.Map): unknown;
  remove(): unknown;
  addLayers(layers: M[]): unknown;
  removeLayers(layers: M[]): unknown;
  clearLayers(): unknown;
  zoomToShowLayer(layer: M, then: () => void): unknown;
  once(type: 'animationend', then: () => void): unknown;
}

export interface MarkerFactories<M> {
  /** A place's marker. A place has one per group (a marker can belong to only one group). */
  marker(place: MapPlace): M;
  /** A cluster group that calls `done` when it has processed the last chunk of an addLayers(). */
  group(done: () => void): ClusterGroup<M>;
}

export interface Markers<M> {
  place(id: string): MapPlace | undefined;
  /** Whether a place is on the map (kept by the filters). */
  isShown(id: string): boolean;
  /** The places on the map. */
  shown(): MapPlace[];
  /** Clusters every place, once the map has a view (markercluster clusters only on a map). */
  prefill(): Promise<void>;
  /** Shows the places `keep` accepts, and only those. */
  filter(keep: (place: MapPlace) => boolean): Promise<void>;
  /** A place's marker in the group on the map. */
  markerOf(id: string): M | undefined;
  /** Zooms until a place's marker leaves its cluster (or spiderfies it), then calls `then`. */
  zoomToShow(id: string, then: () => void): void;
  /** Calls `then` once the current zoom animation of the clusters ends. */
  afterZoom(then: () => void): void;
}

interface Item<M> {
  place: MapPlace;
  /** [ALL's, FILTERED's]. FILTERED's is made by the first filter that keeps the place. */
  markers: [M, M?];
}

const ALL = 0;
const FILTERED = 1;
type Group = typeof ALL | typeof FILTERED;

/** Makes every place's marker, a slice per task, and the two groups; nothing is on the map yet. */
export async function createMarkers<M>(map: L.Map, places: readonly MapPlace[], make: MarkerFactories<M>): Promise<Markers<M>> {
  const items = new Map<string, Item<M>>();
  for (let i = 0; i < places.length; i += MARKER_SLICE) {
    for (const place of places.slice(i, i + MARKER_SLICE)) items.set(place.id, { place, markers: [make.marker(place)] });
    await nextTask();
  }
  const all = [...items.values()];

  /** Resolves the pending addLayers() once markercluster has processed its last chunk. */
  let finishAdd: (() => void) | undefined;
  const added = () => new Promise<void>((resolve) => (finishAdd = resolve));
  const groups = [ALL, FILTERED].map(() => make.group(() => finishAdd?.()));
  let active: Group = ALL;
  /** What FILTERED holds: nothing until the first filter, which fills it with the places kept. */
  let held = new Set<Item<M>>();
  /** What the map shows: nothing until the first filter (every place, when it keeps them all). */
  let shown = new Set<Item<M>>();
  let onMap = false;

  const show = (which: Group) => {
    if (active === which && onMap) return;
    groups[active]!.remove();
    active = which;
    groups[which]!.addTo(map);
    onMap = true;
  };
  const markerOf = (i: Item<M>) => (i.markers[active] ??= make.marker(i.place));
  const inFiltered = (xs: Item<M>[]) => xs.map((i) => (i.markers[FILTERED] ??= make.marker(i.place)));
  const shownItem = (id: string) => {
    const item = items.get(id);
    return item && shown.has(item) ? item : undefined;
  };

  return {
    place: (id) => items.get(id)?.place,
    isShown: (id) => !!shownItem(id),
    shown: () => [...shown].map((i) => i.place),
    /**
     * FILTERED is filled by the first filter, not now: clustering every place twice while the page opens
     * blocked a phone's main thread for most of a second (Lighthouse's total blocking time on the map page).
     */
    async prefill() {
      show(ALL);
      const done = added();
      groups[ALL]!.addLayers(all.map((i) => i.markers[ALL]));
      await done;
    },
    async filter(keep) {
      const kept = all.filter((i) => keep(i.place));
      const plan = planGroups(all, held, kept);
      if (plan.show === 'all') show(ALL);
      else {
        show(FILTERED);
        const g = groups[FILTERED]!;
        const done = added();
        if (plan.clear) g.clearLayers();
        if (plan.remove.length) g.removeLayers(inFiltered(plan.remove));
        g.addLayers(inFiltered(plan.add));
        await done;
        held = new Set(kept);
      }
      shown = new Set(kept);
    },
    markerOf: (id) => {
      const item = items.get(id);
      return item && markerOf(item);
    },
    zoomToShow(id, then) {
      const item = shownItem(id);
      if (item) groups[active]!.zoomToShowLayer(markerOf(item), then);
    },
    afterZoom: (then) => void groups[active]!.once('animationend', then),
  };
}
