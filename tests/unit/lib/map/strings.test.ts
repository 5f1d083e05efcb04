import { describe, expect, it } from 'vitest';
import { categoryLabel, fill, placeLabel } from '../../../../src/lib/map/strings';
import { mapConfig } from '../../../../src/lib/map/config';

const id = mapConfig('id');
const en = mapConfig('en');

describe('the map’s words', () => {
  it('fills placeholders with the site’s one fill(), which refuses a missing value in tests (src/lib/text.ts)', () => {
    expect(fill('{count} places, {shown} shown', { count: 3, shown: 2 })).toBe('3 places, 2 shown');
    expect(() => fill('{count} places, {shown} shown', { count: 3 })).toThrow(/\{shown\}/);
  });

  it('names a category, a product kind, or the event type, in the page’s language', () => {
    expect(categoryLabel({ type: 'destination', category: 'beach' }, id.strings)).toBe('Pantai');
    expect(categoryLabel({ type: 'destination', category: 'beach' }, en.strings)).toBe('Beach');
    expect(categoryLabel({ type: 'product', category: 'weaving' }, en.strings)).toBe('Weaving');
    expect(categoryLabel({ type: 'event', category: 'festival' }, en.strings)).toBe(en.strings['type.event']);
    // An unknown key is shown as it is rather than hidden.
    expect(categoryLabel({ type: 'destination', category: 'spa' }, en.strings)).toBe('spa');
  });

  it('gives a marker a name, its category and "approximate" when it is', () => {
    const names = { id: 'Pantai Lumban Bulbul', en: 'Lumban Bulbul Beach' };
    expect(placeLabel({ type: 'destination', category: 'beach', precision: 'exact', names }, en)).toBe('Lumban Bulbul Beach, Beach');
    expect(placeLabel({ type: 'destination', category: 'beach', precision: 'approximate', names }, en)).toBe(
      `Lumban Bulbul Beach, Beach, ${en.strings['map.approxShort']}`,
    );
    expect(placeLabel({ type: 'destination', category: 'beach', precision: 'exact', names }, id)).toBe('Pantai Lumban Bulbul, Pantai');
  });
});
