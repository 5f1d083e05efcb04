/**
 * Parity between the CMS at /admin and the content schemas: every schema
 * field is editable, required fields are required (and optional ones are
 * not), select options are the schema's lists, only prose is translated, and
 * the configuration is valid for Sveltia CMS (checked against its own JSON
 * schema from the npm package).
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../../src/content/cms/config';
import { fieldsOf, type FieldNode, type FileKind } from '../../../src/content/schema-field-tree';
import { CATEGORIES, FACILITIES, PRODUCT_KINDS } from '../../../src/content/vocab';
import { DISTRICT_SLUGS } from '../../../src/content/districts';

const config = cmsConfig({
  repo: 'pemkab-toba/jelajah-toba',
  branch: 'main',
  siteUrl: 'https://example.id',
  base: '/',
  contentDir: 'content',
});
type Collection = {
  name: string;
  folder: string;
  path: string;
  extension: string;
  media_folder: string;
  public_folder: string;
  i18n: boolean;
  fields: CmsField[];
};
const collections = config.collections as Collection[];
const byName = (name: string) => collections.find((c) => c.name === name)!;

/** CMS sub-fields of a field: object/list fields, the single list field, or the union of variable types. */
function children(f: CmsField): CmsField[] {
  if (Array.isArray(f.fields)) return f.fields as CmsField[];
  if (Array.isArray(f.types)) return (f.types as { fields?: CmsField[] }[]).flatMap((t) => t.fields ?? []);
  return [];
}

/** Every schema field with the CMS field at the same place (undefined when missing). */
function pairs(
  schema: readonly FieldNode[],
  cms: readonly CmsField[],
  inUnion = false,
): { node: FieldNode; cms: CmsField | undefined; inUnion: boolean }[] {
  return schema.flatMap((node) => {
    const match = cms.find((c) => c.name === node.name);
    const sub = match ? children(match) : [];
    // Variable types (keyed on a field, like recurrence.freq) keep each shape's required fields; other unions cannot.
    const typed = !!match?.typeKey;
    // A variable type's shapes are compared one by one: the same name (weekday) may be required in one and optional in another.
    const types = typed ? (match.types as { name: string; fields?: CmsField[] }[]) : [];
    const own = (v: readonly FieldNode[]) => {
      const tag = v.find((c) => c.name === match?.typeKey)?.values?.[0];
      return types.find((t) => t.name === tag)?.fields ?? [];
    };
    const variants = (node.variants ?? [])
      .flatMap((v) => pairs(v, typed ? own(v) : sub, !typed))
      .filter((p) => !(typed && p.node.name === match.typeKey));
    // Inside a group that is itself optional (venue.location), required fields are required again.
    return [{ node, cms: match, inUnion }, ...pairs(node.fields ?? [], sub, false), ...variants];
  });
}

const KINDS: [string, FileKind][] = [
  ['destinations', 'destinations'],
  ['events', 'events'],
  ['products', 'products'],
  ['districts', 'districts'],
  ['pages', 'pages'],
];

describe('the CMS configuration', () => {
  it('is valid for Sveltia CMS (its own JSON schema)', () => {
    // The package does not export its schema file, so it is read from disk.
    const schema = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
    expect(valid).toBe(true);
  });

  it('keeps each entry as <slug>/index.id.mdx and index.en.mdx, with photos next to it', () => {
    expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales: ['id', 'en'], default_locale: 'id' });
    for (const [name] of KINDS) {
      expect(byName(name)).toMatchObject({
        folder: `content/${name}`,
        path: '{{slug}}/index',
        extension: 'mdx',
        media_folder: '',
        public_folder: '',
        i18n: true,
      });
    }
  });

  it('gives every list field its fields, types or single field (Sveltia refuses an empty list of fields)', () => {
    const lists: string[] = [];
    const walk = (fields: CmsField[], at: string) => {
      for (const f of fields) {
        const here = `${at}${f.name}`;
        if (f.widget === 'list' && !f.field && !(f.fields as unknown[] | undefined)?.length && !(f.types as unknown[] | undefined)?.length)
          lists.push(here);
        if (Array.isArray(f.fields)) walk(f.fields as CmsField[], `${here}.`);
        if (Array.isArray(f.types))
          for (const t of f.types as { name: string; fields?: CmsField[] }[]) walk(t.fields ?? [], `${here}<${t.name}>.`);
      }
    };
    for (const c of collections) walk(c.fields, `${c.name}: `);
    expect(lists).toEqual([]);
  });

  it('leaves empty optional fields out of the files (an empty string would fail the checker)', () => {
    expect(config.output).toMatchObject({ omit_empty_optional_fields: true });
  });
});

describe('CMS and schema parity', () => {
  for (const [name, kind] of KINDS) {
    describe(name, () => {
      const cms = byName(name).fields;
      const all = pairs(fieldsOf(kind), cms);

      it('makes every schema field editable', () => {
        const missing = all.filter((p) => !p.cms).map((p) => p.node.path);
        expect(missing).toEqual([]);
      });

      it('requires every required field, and only those', () => {
        // Fields inside a union (a venue is a destination OR a named place) cannot be forced in a form; the checker enforces one form.
        for (const { node, cms: c, inUnion } of all.filter((p) => p.cms)) {
          const requiredInCms = c!.required !== false;
          if (inUnion) expect(requiredInCms, `${node.path} (inside a union) must not be forced`).toBe(false);
          else expect(requiredInCms, node.path).toBe(node.required);
        }
      });

      it('offers no field the schema would reject', () => {
        const known = new Set(all.map((p) => p.cms?.name));
        const extra = cms.filter((c) => c.name !== 'body' && !known.has(c.name)).map((c) => c.name);
        expect(extra).toEqual([]);
      });

      it('offers exactly the schema’s values in every select', () => {
        for (const { node, cms: c } of all.filter((p) => p.cms?.widget === 'select')) {
          const values = (c!.options as { value: string }[]).map((o) => o.value);
          expect(values, node.path).toEqual(node.values ?? node.item?.values);
        }
      });

      it('translates only the title, summary and body', () => {
        const translated = cms.filter((c) => c.i18n === true).map((c) => c.name);
        expect(translated.sort()).toEqual(['body', 'summary', 'title'].filter((n) => n === 'body' || cms.some((c) => c.name === n)).sort());
        for (const c of cms.filter((x) => !['title', 'summary', 'body'].includes(x.name))) expect(c.i18n, c.name).toBe(false);
      });
    });
  }

  it('feeds the category, district, kind and facility selects from the schema lists', () => {
    const d = byName('destinations').fields;
    const values = (n: string) => ((d.find((f) => f.name === n)!.options as { value: string }[]) ?? []).map((o) => o.value);
    expect(values('category')).toEqual([...CATEGORIES]);
    expect(values('district')).toEqual([...DISTRICT_SLUGS]);
    expect(values('facilities')).toEqual([...FACILITIES]);
    const kind = byName('products').fields.find((f) => f.name === 'kind')!;
    expect((kind.options as { value: string }[]).map((o) => o.value)).toEqual([...PRODUCT_KINDS]);
    expect((d.find((f) => f.name === 'category')!.options as { label: string }[])[1]!.label).toBe('Air terjun (waterfall)');
  });

  it('edits a recurrence as the schema’s schedule patterns, keyed on freq', () => {
    const r = byName('events').fields.find((f) => f.name === 'recurrence')!;
    expect(r.typeKey).toBe('freq');
    expect((r.types as { name: string }[]).map((t) => t.name)).toEqual([
      'yearly',
      'yearly-weekday',
      'yearly-announced',
      'weekly',
      'monthly',
    ]);
  });
});
