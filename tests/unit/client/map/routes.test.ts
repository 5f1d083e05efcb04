/** The trip ideas' layer keeps on the map exactly the routes the filters keep (fake lines, no Leaflet). */
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../../../src/client/map/routes';
import { routes } from '../../lib/map/places';

class FakeLine {
  onMap = false;
  addTo() {
    this.onMap = true;
    return this;
  }
  remove() {
    this.onMap = false;
    return this;
  }
}

describe('the routes layer', () => {
  const layer = createRoutes({}, routes, () => new FakeLine());
  const onMap = () => routes.filter((r) => layer.lineOf(r.id)!.onMap).map((r) => r.id);

  it('shows nothing before the first filter, then what each filter keeps', () => {
    expect(onMap()).toEqual([]);
    layer.filter(() => true);
    expect(onMap()).toEqual(['itinerary/sehari', 'itinerary/utara']);
    expect(layer.shown().map((r) => r.id)).toEqual(['itinerary/sehari', 'itinerary/utara']);
    layer.filter((r) => r.id === 'itinerary/utara');
    expect(onMap()).toEqual(['itinerary/utara']);
    expect(layer.isShown('itinerary/sehari')).toBe(false);
    layer.filter(() => false);
    expect(onMap()).toEqual([]);
    expect(layer.route('itinerary/sehari')?.feature.properties.names.id).toBe('Sehari di Balige');
    expect(layer.route('destination/bulbul')).toBeUndefined();
  });
});
