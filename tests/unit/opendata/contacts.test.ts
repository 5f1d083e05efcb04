/**
 * Contacts in the open data and the JSON-LD, on the fixture site's entries (tests/fixtures/site/, invented
 * numbers): the record carries them normalised and validates against the published JSON Schema; the JSON-LD
 * gives telephone, email and sameAs.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { destinationRecord, eventRecord, productRecord, type DataContext } from '../../../src/lib/opendata/records';
import { jsonSchemaOf, recordFields } from '../../../src/lib/opendata/schema';
import { touristAttraction, product } from '../../../src/lib/seo/jsonld-places';
import { event } from '../../../src/lib/seo/jsonld-events';
import type { PageContext } from '../../../src/lib/seo/jsonld';
import { t } from '../../../src/lib/i18n';
import { fixtureSite } from '../seo/content';

const { destinations, events, products } = fixtureSite;
const ctx: DataContext = { site: 'https://example.go.id', base: '/', destinations, imageOf: (c, s) => `/cover/${c}/${s}.svg` };
const page: PageContext = {
  site: 'https://example.go.id',
  base: '/',
  lang: 'id',
  url: 'https://example.go.id/x/',
  name: 'X',
  description: 'y',
  image: 'https://example.go.id/x.png',
};
const find = <T extends { slug: string }>(list: T[], slug: string) => list.find((e) => e.slug === slug)!;

describe('contacts in the open data', () => {
  const ulos = productRecord(ctx, find(products, 'ulos-uji-hotang'));

  it('carry every kind, numbers in E.164 and Instagram as its one address', () => {
    expect(ulos.contact).toEqual({
      whatsapp: '+6281200000000',
      phone: '+62632000000',
      email: 'ulos@contoh.example',
      instagram: 'https://www.instagram.com/ulos.uji/',
      website: 'https://ulos-uji.example/',
      marketplaces: [{ name: 'Lapak Uji', url: 'https://lapak.example/ulos-uji' }],
    });
    expect(ulos.sellers[0]!.whatsapp).toBe('+6281200000001');
    expect(destinationRecord(ctx, find(destinations, 'onan-ujian')).contact?.instagram).toBe('https://www.instagram.com/onan.ujian/');
    expect(eventRecord(ctx, find(events, 'festival-uji-2025')).contact?.whatsapp).toBe('+6281200000002');
  });

  it('validate against the published schema, which refuses a number not in E.164', () => {
    const schema = jsonSchemaOf('products', { id: 'x', title: 'x', description: 'y', describe: () => undefined });
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    const file = (items: unknown[]) => ({
      $schema: 'https://x/',
      title: { id: 'x' },
      publisher: { name: 'x', url: 'https://x/' },
      license: { name: 'x', url: 'https://x/' },
      homepage: 'https://x/',
      count: items.length,
      items,
    });
    expect(validate(file([JSON.parse(JSON.stringify(ulos))])), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(file([{ ...ulos, contact: { whatsapp: '0812-0000-0000' } }]))).toBe(false);
  });

  it('are a documented field of every dataset, in both languages', () => {
    for (const name of ['destinations', 'events', 'products'] as const) expect(recordFields(name).map((f) => f.name)).toContain('contact');
    expect(t('id', 'data.field.contact')).toContain('+62');
    expect(t('en', 'data.field.contact')).toContain('E.164');
  });
});

describe('contacts in the JSON-LD', () => {
  it('give a place its telephone, email and sameAs', () => {
    const d = find(destinations, 'onan-ujian').data;
    const ld = touristAttraction(page, d, 'Balige') as unknown as Record<string, unknown>;
    expect(ld.telephone).toBe('+62632000001');
    expect(ld.sameAs).toEqual(['https://www.instagram.com/onan.ujian/']);
  });

  it('give a product its shops and profiles as sameAs', () => {
    const p = find(products, 'ulos-uji-hotang').data;
    expect((product(page, p) as unknown as Record<string, unknown>).sameAs).toEqual([
      'https://www.instagram.com/ulos.uji/',
      'https://ulos-uji.example/',
      'https://lapak.example/ulos-uji',
    ]);
  });

  it('give an event’s organiser its telephone and email', () => {
    const e = find(events, 'festival-uji-2025').data;
    const ld = event(page, e, { name: 'Lapangan Uji' }, '2026-12-01') as unknown as Record<string, unknown>;
    expect(ld.organizer).toEqual({
      '@type': 'Organization',
      name: 'Panitia Festival Uji',
      telephone: '+6281200000002',
      email: 'panitia@contoh.example',
    });
  });

  it('leave out what an entry does not have', () => {
    const d = find(destinations, 'bukit-ujian').data;
    const ld = touristAttraction(page, d, 'Balige') as unknown as Record<string, unknown>;
    expect(ld).not.toHaveProperty('telephone');
    expect(ld).not.toHaveProperty('sameAs');
  });
});
