/**
 * The content checker places every map point in the official boundaries: the three kinds of bad pin
 * found by the content audit are refused with messages that say what is there and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content/validate';
import { formatIssues } from '../../../src/content/messages';
import { edit, fixtureCopy } from '../helpers';

const DEST = 'destinations/pantai-contoh/index.id.mdx';
const EVENT = 'events/acara-contoh/index.id.mdx';
const PIN = /lat: 2\.3485\n {2}lng: 99\.074\n/;
const pin = (lat: number, lng: number) => `lat: ${lat}\n  lng: ${lng}\n`;

function errorsAfter(change: (root: string) => void) {
  const root = fixtureCopy();
  change(root);
  return checkContent(root, { cwd: root }).errors;
}

describe('the checker places every point', () => {
  it('refuses a point out in open lake water, saying how far out and how to fix it', () => {
    const errors = errorsAfter((r) => edit(r, DEST, PIN, pin(2.4, 99.003)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: DEST, field: 'location', code: 'in-lake' });
    expect(errors[0]!.message.id).toMatch(/perairan Danau Toba, sekitar 6,\d km dari tepi/);
    expect(errors[0]!.message.en).toMatch(/out on Lake Toba, about 6\.\d km from the shore/);
    expect(errors[0]!.fix.id).toContain('onWater: true');
  });

  it('accepts a point on the water when the entry says the place is on the water', () => {
    const errors = errorsAfter((r) => edit(r, DEST, PIN, `${pin(2.4, 99.003)}  onWater: true\n`));
    expect(errors.filter((e) => e.code === 'in-lake')).toEqual([]);
  });

  it('refuses a point on Samosir, naming the regency it is in', () => {
    const errors = errorsAfter((r) => edit(r, DEST, PIN, pin(2.45, 98.95)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: DEST, field: 'location', code: 'outside-regency' });
    expect(errors[0]!.message.id).toMatch(/ada di Kabupaten Samosir, 6,\d km dari batas Kabupaten Toba/);
    expect(errors[0]!.fix.en).toMatch(/swapped or mistyped/);
  });

  it('refuses a point in another kecamatan than the one the entry names', () => {
    // Pasar Laguboti, in an entry that says Balige.
    const errors = errorsAfter((r) => edit(r, DEST, PIN, pin(2.357, 99.127)));
    expect(errors.map((e) => e.code)).toEqual(['wrong-district']);
    expect(errors[0]!.message.id).toContain('Titik ini ada di Kecamatan Laguboti (Kelurahan Pasar Laguboti), bukan Balige.');
    expect(errors[0]!.message.en).toContain('This point is in Kecamatan Laguboti (kelurahan Pasar Laguboti), not Balige.');
    expect(errors[0]!.fix.id).toContain('`district: laguboti`');
  });

  it('refuses a point in another desa than the one the entry names', () => {
    // Lumban Silintong, in the same kecamatan but another desa.
    const errors = errorsAfter((r) => edit(r, DEST, PIN, pin(2.343, 99.052)));
    expect(errors.map((e) => e.code)).toEqual(['wrong-village']);
    expect(errors[0]!.message.id).toBe('Titik ini ada di Desa Lumban Silintong, bukan Desa Lumban Bulbul.');
  });

  it('refuses a desa the kecamatan does not have, suggesting the nearest names', () => {
    const errors = errorsAfter((r) => edit(r, DEST, 'village: Lumban Bulbul', 'village: Lumban Bulbull'));
    expect(errors.map((e) => [e.field, e.code])).toEqual([['village', 'unknown-village']]);
    expect(errors[0]!.fix.id).toContain('mungkin: Lumban Bulbul');
  });

  it('checks the points of event venues too', () => {
    const errors = errorsAfter((r) =>
      edit(
        r,
        EVENT,
        /venue: .*\n/,
        `venue:\n  name: Dermaga\n  district: balige\n  location:\n    lat: 2.4\n    lng: 99.003\n    precision: approximate\n`,
      ),
    );
    expect(errors.map((e) => [e.file, e.field, e.code])).toEqual([[EVENT, 'venue.location', 'in-lake']]);
  });

  it('keeps `exact` for points checked on site', () => {
    const errors = errorsAfter((r) => edit(r, DEST, /^checkedOnSite: .*\n/m, ''));
    expect(errors.map((e) => [e.field, e.code])).toEqual([['location.precision', 'exact-without-site-check']]);
    expect(formatIssues(errors)).toContain('ubah menjadi `precision: approximate`');
  });

  it('accepts a destination nobody has pinned yet', () => {
    const errors = errorsAfter((r) => edit(r, DEST, /location:\n(?: {2}.*\n)+/, ''));
    expect(errors).toEqual([]);
  });
});
