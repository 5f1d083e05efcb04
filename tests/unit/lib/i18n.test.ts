import { describe, expect, it } from 'vitest';
import { t, uiKeys, pick, formatIdr } from '../../../src/lib/i18n';
import { CATEGORIES, FACILITIES, PRODUCT_KINDS, WEEKDAYS, CERTIFICATIONS } from '../../../src/lib/content/vocab';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(uiKeys('en').sort()).toEqual(uiKeys('id').sort());
  });
  it('have the same placeholders in both languages', () => {
    for (const key of uiKeys('id')) {
      expect(placeholders(t('en', key as never)), key).toEqual(placeholders(t('id', key as never)));
    }
  });
  it('label every vocabulary value in both languages', () => {
    const needed = [
      ...CATEGORIES.map((c) => `category.${c}`),
      ...PRODUCT_KINDS.map((k) => `kind.${k}`),
      ...FACILITIES.map((f) => `facility.${f}`),
      ...WEEKDAYS.map((d) => `day.${d}`),
      ...CERTIFICATIONS.map((c) => `cert.${c}`),
    ];
    for (const lang of ['id', 'en'] as const) expect(uiKeys(lang)).toEqual(expect.arrayContaining(needed));
  });
  it('fills placeholders', () => {
    expect(t('id', 'list.count', { count: 3 })).toBe('3 entri');
    expect(t('en', 'fact.reported', { year: 2017 })).toBe('reported 2017');
  });
});

describe('pick', () => {
  it('falls back to Indonesian and says so', () => {
    expect(pick({ id: 'Parkir' }, 'en')).toEqual({ text: 'Parkir', fallback: true });
    expect(pick({ id: 'Parkir', en: 'Parking' }, 'en')).toEqual({ text: 'Parking', fallback: false });
    expect(pick({ id: 'Parkir', en: 'Parking' }, 'id')).toEqual({ text: 'Parkir', fallback: false });
  });
});

describe('formatIdr', () => {
  it('formats rupiah per locale', () => {
    expect(formatIdr(10000, 'id').replace(/\s/g, ' ')).toBe('Rp 10.000');
    expect(formatIdr(10000, 'en')).toMatch(/IDR\s?10,000/);
  });
});
