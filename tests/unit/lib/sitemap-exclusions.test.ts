import { describe, expect, it } from 'vitest';
import { isExcludedFromSitemap } from '../../../src/lib/routes';

describe('isExcludedFromSitemap', () => {
  it('excludes the CMS and the 404 page, with or without a base path', () => {
    for (const p of ['/admin/', '/admin/config.yml', '/404.html', '/404/', '/en/404/', '/peta/mini/', '/en/map/mini/'])
      expect(isExcludedFromSitemap(p), p).toBe(true);
    expect(isExcludedFromSitemap('/wisata/admin/', '/wisata/')).toBe(true);
  });
  it('keeps every public page', () => {
    for (const p of ['/', '/destinasi/', '/destinasi/administrasi/', '/en/destinations/situmurun/', '/kecamatan/balige/'])
      expect(isExcludedFromSitemap(p), p).toBe(false);
    expect(isExcludedFromSitemap('/wisata/destinasi/', '/wisata/')).toBe(false);
  });
});
