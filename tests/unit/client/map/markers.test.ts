import { describe, expect, it } from 'vitest';
import type L from 'leaflet';
import { createMarkers, type ClusterGroup } from '../../../../src/client/map/markers';
import type { MapPlace } from '../../../../src/lib/map/filter';
import { places } from '../../lib/map/places';

/** A marker: which place, and which of its markers (each group has its own). */
interface Fake {
  id: string;
  n: number;
}

/** A cluster group that records what it holds and whether it is on the map; it processes adds at once. */
class FakeGroup implements ClusterGroup<Fake> {
  held = new Set<Fake>();
  onMap = false;
  zoomed: Fake[] = [];
  constructor(private done: () => void) {}
  addTo() {
    this.onMap = true;
  }
  remove() {
    this.onMap = false;
  }
  addLayers(ls: Fake[]) {
    for (const l of ls) this.held.add(l);
    this.done();
  }
  removeLayers(ls: Fake[]) {
    for (const l of ls) this.held.delete(l);
  }
  clearLayers() {
    this.held.clear();
  }
  zoomToShowLayer(l: Fake, then: () => void) {
    this.zoomed.push(l);
    then();
  }
  once(_: string, then: () => void) {
    then();
  }
}

async function setUp() {
  const groups: FakeGroup[] = [];
  let made = 0;
  const markers = await createMarkers<Fake>({} as L.Map, places, {
    marker: (p: MapPlace) => ({ id: p.id, n: made++ }),
    group: (done) => {
      const g = new FakeGroup(done);
      groups.push(g);
      return g;
    },
  });
  const [all, filtered] = groups as [FakeGroup, FakeGroup];
  const ids = (g: FakeGroup) => [...g.held].map((m) => m.id).sort();
  return { markers, all, filtered, ids, made: () => made };
}

describe('the map’s markers', () => {
  it('makes a marker per place and clusters them all once, in one group on the map', async () => {
    const { markers, all, filtered, ids } = await setUp();
    expect(markers.shown()).toEqual([]);
    await markers.prefill();
    expect(ids(all)).toEqual(places.map((p) => p.id).sort());
    expect([all.onMap, filtered.onMap]).toEqual([true, false]);
  });

  it('shows a filter in the second group, by a diff, and goes back to the first for everything', async () => {
    const { markers, all, filtered, ids, made } = await setUp();
    await markers.prefill();
    await markers.filter((p) => p.type === 'destination');
    expect([all.onMap, filtered.onMap]).toEqual([false, true]);
    expect(ids(filtered)).toEqual(['destination/bulbul', 'destination/situmurun']);
    expect(markers.shown().map((p) => p.id)).toEqual(['destination/bulbul', 'destination/situmurun']);
    expect(markers.isShown('event/onan')).toBe(false);
    const before = made();
    await markers.filter((p) => p.id !== 'destination/situmurun' && p.type !== 'product');
    expect(ids(filtered)).toEqual(['destination/bulbul', 'event/onan']);
    // Only the new place got a marker of the second group.
    expect(made()).toBe(before + 1);
    await markers.filter(() => true);
    expect([all.onMap, filtered.onMap]).toEqual([true, false]);
    expect(markers.shown()).toHaveLength(places.length);
  });

  it('zooms to a shown place’s marker in the group on the map, and to no hidden one', async () => {
    const { markers, all, filtered } = await setUp();
    await markers.prefill();
    await markers.filter(() => true);
    const calls: string[] = [];
    markers.zoomToShow('event/onan', () => calls.push('onan'));
    expect(all.zoomed.map((m) => m.id)).toEqual(['event/onan']);
    await markers.filter((p) => p.type === 'event');
    markers.zoomToShow('event/onan', () => calls.push('onan filtered'));
    markers.zoomToShow('destination/bulbul', () => calls.push('bulbul'));
    expect(filtered.zoomed).toEqual([markers.markerOf('event/onan')]);
    expect(calls).toEqual(['onan', 'onan filtered']);
    expect(markers.place('destination/bulbul')?.type).toBe('destination');
    expect(markers.place('nowhere')).toBeUndefined();
  });
});
