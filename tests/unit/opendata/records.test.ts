/**
 * The open data files built from the real content validate against the JSON
 * Schemas the site publishes (checked with Ajv, an independent validator),
 * carry both languages, canonical URLs and the licence, and every field is
 * documented in both languages.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { datasetFile, destinationRecord, entryUrls, eventRecord, productRecord, type DataContext } from '../../../src/lib/opendata/records';
import { DATASET_NAMES, jsonSchemaOf, recordFields, type DatasetName } from '../../../src/lib/opendata/schema';
import { t, uiKeys } from '../../../src/lib/i18n';
import { site } from '../../../src/config/site';
import { DISTRICTS } from '../../../src/content/districts';
import { destinations, events, fixtureDestination, fixtureSite, products } from '../seo/content';

const ctx: DataContext = {
  site: 'https://example.go.id',
  base: '/wisata/',
  destinations,
  imageOf: (c, slug) => `/wisata/cover/${c}/${slug}.svg`,
};
const meta = (name: DatasetName) => ({
  title: { id: t('id', `data.${name}.title`), en: t('en', `data.${name}.title`) },
  schemaUrl: `https://example.go.id/wisata/data/schema/${name}.schema.json`,
  homepage: 'https://example.go.id/wisata/data-terbuka/',
  publisher: { name: site.publisher.name, url: site.publisher.url },
  license: site.dataLicense,
});
const files = {
  destinations: datasetFile(
    meta('destinations'),
    destinations.map((e) => destinationRecord(ctx, e)),
  ),
  events: datasetFile(
    meta('events'),
    events.map((e) => eventRecord(ctx, e)),
  ),
  products: datasetFile(
    meta('products'),
    products.map((e) => productRecord(ctx, e)),
  ),
};
const schema = (name: DatasetName) =>
  jsonSchemaOf(name, {
    id: meta(name).schemaUrl,
    title: 'x',
    description: 'y',
    describe: (f) => t('en', `data.field.${f}` as 'data.field.id'),
  });
const validator = (name: DatasetName) => new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema(name));

describe('open data files', () => {
  it.each(DATASET_NAMES)('%s.json validates against its published JSON Schema', (name) => {
    const validate = validator(name);
    const ok = validate(JSON.parse(JSON.stringify(files[name])));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('a schema rejects a record that breaks it (so the check above can fail)', () => {
    const validate = validator('destinations');
    const broken = structuredClone(files.destinations) as { items: Record<string, unknown>[] };
    broken.items[0]!.category = 'casino';
    expect(validate(broken)).toBe(false);
    delete broken.items[0]!.urls;
    broken.items[0]!.category = 'beach';
    expect(validate(broken)).toBe(false);
  });

  it('hold every entry, in both languages, with canonical URLs and the licence', () => {
    expect(files.destinations.count).toBe(destinations.length);
    expect(files.events.items).toHaveLength(events.length);
    expect(files.products.items).toHaveLength(products.length);
    for (const name of DATASET_NAMES) {
      const file = files[name];
      expect(file.license).toEqual(site.dataLicense);
      for (const item of file.items) {
        expect(item.urls).toEqual(entryUrls(ctx, name, item.id));
        expect(item.urls.id).toMatch(/^https:\/\/example\.go\.id\/wisata\/(destinasi|acara|produk)\/[a-z0-9-]+\/$/);
        expect(item.urls.en).toMatch(/^https:\/\/example\.go\.id\/wisata\/en\/(destinations|events|products)\/[a-z0-9-]+\/$/);
        expect(item.names.id.length).toBeGreaterThan(0);
        expect(item.summary.id.length).toBeGreaterThan(0);
        expect(item.image).toMatch(/^https:\/\/example\.go\.id\/wisata\//);
      }
    }
    // Every record has its Indonesian name and summary; an English one only where the entry has its English file.
    for (const name of DATASET_NAMES) for (const item of files[name].items) expect(item.names.id, item.id).toBeTruthy();
  });

  it('resolves event venues and product origins to districts', () => {
    // Particular data comes from the fixture site (tests/fixtures/site/), never from content/, which the office edits.
    const market = fixtureSite.events.find((e) => e.slug === 'pekan-jumat-uji')!;
    const onan = eventRecord({ ...ctx, destinations: fixtureSite.destinations }, market);
    expect(onan).toMatchObject({
      district: 'balige',
      timeZone: 'Asia/Jakarta',
      recurrence: { freq: 'weekly', weekday: 'fri' },
      venue: { destination: 'onan-ujian' },
    });
    expect(onan.venue.location).toBeDefined();
    // Any valid corpus: every product has an origin, so a district.
    expect(files.products.items.every((p) => p.district)).toBe(true);
    const fees = destinationRecord(ctx, { slug: 'pantai-contoh', data: fixtureDestination() }).fees;
    expect(fees.length).toBeGreaterThan(0);
    expect(fees.every((f) => f.currency === 'IDR')).toBe(true);
  });

  it("carry the Kemendagri codes of each place's kecamatan and desa", () => {
    const codeOf = (slug?: string) => DISTRICTS.find((d) => d.slug === slug)?.code;
    for (const d of files.destinations.items) {
      expect(d.districtCode, d.id).toBe(codeOf(d.district));
      expect(d.villageCode?.startsWith(`${d.districtCode}.`), d.id).toBe(true);
    }
    for (const p of files.products.items)
      for (const s of p.sellers) if (s.location) expect(s.villageCode?.startsWith(`${s.districtCode}.`), p.id).toBe(true);
  });

  it('document every record field in both languages, in the schema and on the page', () => {
    for (const name of DATASET_NAMES) {
      for (const f of recordFields(name)) {
        for (const lang of ['id', 'en'] as const) expect(uiKeys(lang), `data.field.${f.name} (${lang})`).toContain(`data.field.${f.name}`);
      }
      const props = (schema(name) as { properties: { items: { items: { properties: Record<string, { description?: string }> } } } })
        .properties.items.items.properties;
      for (const [field, p] of Object.entries(props)) expect(p.description, field).toBe(t('en', `data.field.${field}` as 'data.field.id'));
    }
  });
});
