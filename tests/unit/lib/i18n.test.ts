import { describe, expect, it } from 'vitest';
import { t, uiKeys, pick, formatIdr } from '../../../src/lib/i18n';
import { ALL_LANGS, DEFAULT_LANG } from '../../../src/lib/locales';
import { site } from '../../../src/config/site';
import { CATEGORIES, FACILITIES, PRODUCT_KINDS, WEEKDAYS, CERTIFICATIONS } from '../../../src/content/vocab';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have every key in each published language', () => {
    for (const lang of site.locales) expect(uiKeys(lang).sort(), lang).toEqual(uiKeys(DEFAULT_LANG).sort());
  });
  it('exist for every language of the locale table, with no key the default language lacks', () => {
    for (const lang of ALL_LANGS) {
      expect(uiKeys(lang).length, lang).toBeGreaterThan(0);
      expect(uiKeys(DEFAULT_LANG), lang).toEqual(expect.arrayContaining(uiKeys(lang)));
    }
  });
  it('have the same placeholders in every language', () => {
    for (const lang of ALL_LANGS)
      for (const key of uiKeys(lang))
        expect(placeholders(t(lang, key as never)), `${lang} ${key}`).toEqual(placeholders(t('id', key as never)));
  });
  it('fall back to Indonesian for a key a not-yet-published language lacks', () => {
    expect(t('ms', 'nav.map')).toBe('Peta');
    expect(t('ms', 'home.title')).toBe(t('id', 'home.title'));
  });
  it('leave placeholders for the browser when no values are given, and fill them strictly when some are', () => {
    expect(t('en', 'search.shown')).toMatch(/\{shown\}/);
    expect(() => t('en', 'search.shown', { shown: 1 })).toThrow(/\{count\}/);
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
    expect(pick({ id: 'Parkir', en: 'Parking' }, 'ms')).toEqual({ text: 'Parkir', fallback: true });
  });
});

describe('formatIdr', () => {
  it('formats rupiah per locale', () => {
    expect(formatIdr(10000, 'id').replace(/\s/g, ' ')).toBe('Rp 10.000');
    expect(formatIdr(10000, 'en')).toMatch(/IDR\s?10,000/);
  });
});
