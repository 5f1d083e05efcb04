import { describe, expect, it } from 'vitest';
import { alternatePath, coverUrl, filterUrl, joinPath, routeUrl, ROUTES } from '../../../src/lib/routes';

describe('routeUrl', () => {
  it('builds Indonesian URLs at the root and English ones under /en/', () => {
    expect(routeUrl('/', 'id', 'home')).toBe('/');
    expect(routeUrl('/', 'en', 'home')).toBe('/en/');
    expect(routeUrl('/', 'id', 'destinations', 'air-terjun-situmurun')).toBe('/destinasi/air-terjun-situmurun/');
    expect(routeUrl('/', 'en', 'destinations', 'air-terjun-situmurun')).toBe('/en/destinations/air-terjun-situmurun/');
    expect(routeUrl('/', 'id', 'map')).toBe('/peta/');
    expect(routeUrl('/', 'en', 'search')).toBe('/en/search/');
  });
  it('respects a base path', () => {
    expect(routeUrl('/wisata/', 'en', 'events', 'onan-balige')).toBe('/wisata/en/events/onan-balige/');
    expect(routeUrl('/wisata', 'id', 'home')).toBe('/wisata/');
    expect(coverUrl('/wisata/', 'destinations', 'x')).toBe('/wisata/cover/destinations/x.svg');
  });
  it('builds filter URLs with localised segments', () => {
    expect(filterUrl('/', 'id', 'destinations', 'category', 'beach')).toBe('/destinasi/kategori/beach/');
    expect(filterUrl('/', 'en', 'products', 'kind', 'coffee')).toBe('/en/products/kind/coffee/');
  });
  it('joins without double slashes', () => {
    expect(joinPath('/', '/a/', 'b')).toBe('/a/b/');
  });
});

describe('alternatePath', () => {
  it('maps every route to the same page in the other language', () => {
    for (const route of Object.keys(ROUTES) as (keyof typeof ROUTES)[]) {
      const id = routeUrl('/', 'id', route);
      const en = routeUrl('/', 'en', route);
      expect(alternatePath('/', id, 'en')).toBe(en);
      expect(alternatePath('/', en, 'id')).toBe(id);
    }
  });
  it('keeps the slug and translates filter segments', () => {
    expect(alternatePath('/', '/destinasi/pantai-lumban-bulbul/', 'en')).toBe('/en/destinations/pantai-lumban-bulbul/');
    expect(alternatePath('/', '/en/destinations/category/beach/', 'id')).toBe('/destinasi/kategori/beach/');
    expect(alternatePath('/wisata/', '/wisata/acara/onan-balige/', 'en')).toBe('/wisata/en/events/onan-balige/');
  });
  it('sends unknown paths to the other home page', () => {
    expect(alternatePath('/', '/tidak-ada/', 'en')).toBe('/en/');
  });
});
