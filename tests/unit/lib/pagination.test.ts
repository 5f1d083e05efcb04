import { describe, expect, it } from 'vitest';
import { GAP, listingHead, pageCount, pageLinks, pagedCrumbs, paginate, truncate } from '../../../src/lib/pagination';
import { pagedPaths } from '../../../src/lib/listing';
import { alternatePath, filterUrl, pagedUrl } from '../../../src/lib/routes';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('splits a listing into pages of a fixed size, the last one shorter', () => {
    const pages = paginate(range(70), 30);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.items.length)).toEqual([30, 30, 10]);
    expect(pages[1]!.items[0]).toBe(31);
    expect(pages.every((p) => p.count === 3 && p.total === 70)).toBe(true);
  });
  it('keeps a listing that fits on one page whole, and an exact multiple without an empty last page', () => {
    expect(paginate(range(30), 30)).toHaveLength(1);
    expect(paginate(range(60), 30).at(-1)!.items).toHaveLength(30);
    expect(paginate(range(61), 30)).toHaveLength(3);
  });
  it('gives an empty listing one empty page, so it still has a page saying so', () => {
    expect(paginate([], 30)).toEqual([{ number: 1, count: 1, total: 0, items: [] }]);
    expect(pageCount(0, 30)).toBe(1);
  });
  it('refuses a page size that is not a positive whole number', () => {
    expect(() => pageCount(10, 0)).toThrow(RangeError);
    expect(() => paginate([1], 2.5)).toThrow(RangeError);
  });
});

describe('truncate', () => {
  it('keeps the first items and counts the rest', () => {
    expect(truncate(range(45), 40)).toEqual({ shown: range(40), more: 5 });
    expect(truncate(range(3), 40)).toEqual({ shown: range(3), more: 0 });
  });
});

describe('pageLinks', () => {
  it('links every page of a short listing', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('links the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageLinks(1, 70)).toEqual([1, 2, GAP, 70]);
    expect(pageLinks(35, 70)).toEqual([1, GAP, 34, 35, 36, GAP, 70]);
    expect(pageLinks(70, 70)).toEqual([1, GAP, 69, 70]);
  });
  it('never hides a single page behind a gap', () => {
    expect(pageLinks(4, 9)).toEqual([1, 2, 3, 4, 5, GAP, 9]);
    expect(pageLinks(6, 9)).toEqual([1, GAP, 5, 6, 7, 8, 9]);
  });
});

describe('paged URLs', () => {
  it('keeps page 1 at the listing URL and puts later pages under a translated segment', () => {
    expect(pagedUrl('/destinasi/', 'id', 1)).toBe('/destinasi/');
    expect(pagedUrl('/destinasi/', 'id', 2)).toBe('/destinasi/halaman/2/');
    expect(pagedUrl('/en/destinations/', 'en', 3)).toBe('/en/destinations/page/3/');
    const filter = filterUrl('/wisata/', 'id', 'destinations', 'district', 'balige');
    expect(pagedUrl(filter, 'id', 2)).toBe('/wisata/destinasi/kecamatan/balige/halaman/2/');
  });
  it('pairs page N of a listing with page N in the other language', () => {
    expect(alternatePath('/', '/destinasi/halaman/2/', 'en')).toBe('/en/destinations/page/2/');
    expect(alternatePath('/', '/en/events/month/06/page/4/', 'id')).toBe('/acara/bulan/06/halaman/4/');
    expect(alternatePath('/wisata/', '/wisata/produk/kecamatan/balige/halaman/2/', 'en')).toBe(
      '/wisata/en/products/district/balige/page/2/',
    );
    // An entry whose slug happens to be the page word is left alone.
    expect(alternatePath('/', '/destinasi/halaman/', 'en')).toBe('/en/destinations/halaman/');
  });
});

describe('pagedPaths', () => {
  it('gives each listing path its pages, the rest parameter naming the page after the first', () => {
    const paths = [
      { params: { filter: undefined }, props: {} },
      { params: { filter: 'kecamatan/balige' }, props: { facet: 'district' as const, value: 'balige' } },
    ];
    const items = { '': range(5), balige: range(2) };
    const out = pagedPaths(paths, 'id', (p) => (p.value ? items.balige : items['']), 2);
    expect(out.map((p) => p.params.filter)).toEqual([undefined, 'halaman/2', 'halaman/3', 'kecamatan/balige']);
    expect(out[2]!.props.page).toEqual({ number: 3, count: 3, total: 5, items: [5] });
    expect(out[3]!.props).toMatchObject({ facet: 'district', value: 'balige', page: { number: 1, count: 1 } });
    const en = pagedPaths([{ params: { filter: 'district/balige' }, props: {} }], 'en', () => range(3), 2);
    expect(en.map((p) => p.params.filter)).toEqual(['district/balige', 'district/balige/page/2']);
  });
});

describe('pagedCrumbs', () => {
  const crumbs = [{ label: 'Destinasi', href: '/destinasi/' }, { label: 'Balige' }];
  it('leaves the first page alone', () => {
    expect(pagedCrumbs(crumbs, '/destinasi/kecamatan/balige/', 1, 'Halaman 1')).toEqual(crumbs);
  });
  it('links a later page back to the first and names the page', () => {
    expect(pagedCrumbs(crumbs, '/destinasi/kecamatan/balige/', 2, 'Halaman 2')).toEqual([
      { label: 'Destinasi', href: '/destinasi/' },
      { label: 'Balige', href: '/destinasi/kecamatan/balige/' },
      { label: 'Halaman 2' },
    ]);
  });
});

describe('listingHead', () => {
  const urls = { indexUrl: '/destinasi/', listUrl: '/destinasi/kecamatan/balige/' };
  const page = (number: number) => ({ number, count: 3, total: 80, items: [] });
  it('names a filter page by its label and count, and the first page without a number', () => {
    const head = listingHead('id', { title: 'Destinasi', intro: 'Tempat di Toba.', filterLabel: 'Balige', page: page(1), ...urls });
    expect(head.title).toBe('Destinasi: Balige');
    expect(head.description).toBe('Tempat di Toba. Balige: 80 entri.');
    expect(head.crumbs).toEqual([{ label: 'Destinasi', href: '/destinasi/' }, { label: 'Balige' }]);
  });
  it('gives a later page its number in the title, the description and the breadcrumbs', () => {
    const head = listingHead('en', {
      title: 'Destinations',
      intro: 'Places in Toba.',
      page: page(2),
      ...urls,
      listUrl: '/en/destinations/',
    });
    expect(head.title).toBe('Destinations – page 2');
    expect(head.description).toBe('Places in Toba. Page 2 of 3.');
    expect(head.crumbs).toEqual([{ label: 'Destinations', href: '/en/destinations/' }, { label: 'Page 2' }]);
  });
});
