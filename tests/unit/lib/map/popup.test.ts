import { describe, expect, it } from 'vitest';
import { onThisSite, popupModel, popupWidths, POPUP_PAN_PADDING } from '../../../../src/lib/map/popup';
import { mapConfig } from '../../../../src/lib/map/config';
import { feature } from './places';

const en = mapConfig('en');
const id = mapConfig('id');
const here = 'http://localhost:4321/en/map/?zoom=12';

describe('what a popup says', () => {
  it('links within the site the map runs on, whatever host places.geojson names', () => {
    expect(onThisSite('https://jelajahtoba.example/destinasi/bulbul/', here)).toBe('/destinasi/bulbul/');
    expect(onThisSite('https://jelajahtoba.example/covers/a.svg?v=2', here)).toBe('/covers/a.svg?v=2');
    expect(onThisSite('/en/events/onan/', here)).toBe('/en/events/onan/');
  });

  it('gives a destination its photo, name, category, type, district, summary and page', () => {
    const p = feature('destination/bulbul', 'destination', 'beach', 2.3485, 99.074, 'Pantai Lumban Bulbul', [], {
      image: 'https://jelajahtoba.example/img/bulbul.webp',
      urls: { id: 'https://jelajahtoba.example/destinasi/bulbul/', en: 'https://jelajahtoba.example/en/destinations/bulbul/', ms: '' },
      summary: { id: 'Pantai berpasir putih.', en: 'A white-sand beach.', ms: '' },
    }).properties;
    expect(popupModel(p, en, here)).toEqual({
      image: '/img/bulbul.webp',
      name: 'Pantai Lumban Bulbul (en)',
      meta: `Beach · Destination · ${en.districts.balige}`,
      at: undefined,
      approx: undefined,
      summary: 'A white-sand beach.',
      href: '/en/destinations/bulbul/',
      open: 'Open page',
    });
    expect(popupModel(p, id, here)).toMatchObject({ name: 'Pantai Lumban Bulbul', meta: `Pantai · Destinasi · ${id.districts.balige}` });
  });

  it('says where an event is held, without repeating "Event", and marks an approximate place', () => {
    const p = feature('event/onan', 'event', 'event', 2.33, 99.06, 'Onan Balige', [], {
      place: { id: 'Pasar Balige', en: 'Balige market', ms: '' },
      precision: 'approximate',
      district: null,
    }).properties;
    const m = popupModel(p, en, here);
    expect(m.meta).toBe('Event');
    expect(m.at).toBe('at Balige market');
    expect(m.approx).toBe(en.strings['fact.locationApprox']);
  });
});

describe('popupWidths', () => {
  it('keeps 260 px of content where the map is wide, and fits a 320 px phone’s 288 px map with its padding', () => {
    expect(popupWidths(800)).toEqual({ maxWidth: 260, minWidth: 200 });
    const phone = popupWidths(288);
    // The content plus the popup's margins and border (30 px) and the padding on both sides fit the map.
    expect(phone.maxWidth + 30 + 2 * POPUP_PAN_PADDING).toBeLessThanOrEqual(288);
    expect(phone.minWidth).toBeLessThanOrEqual(phone.maxWidth);
  });
});
