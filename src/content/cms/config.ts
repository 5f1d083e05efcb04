/**
 * The configuration of the Git-based CMS at /admin (Sveltia CMS, which reads
 * Decap CMS's format), generated from the content schemas through
 * ../content/schema-field-tree.ts: every schema field is an editable CMS field with
 * the same required-ness, labels and hints come from the schema's `doc()`
 * metadata, and select options come from the same lists the schema uses
 * (categories, districts, kinds, facilities…). tests/unit/cms/config.test.ts
 * checks the two stay in step.
 *
 * Layout: each entry is `<collection>/<slug>/index.id.mdx` + `index.en.mdx`,
 * which is Sveltia's `multiple_files` i18n structure with `path: {{slug}}/index`.
 * Only title, summary and body are translated (`i18n: true`); every other
 * field is a language-neutral fact written once, in the Indonesian file
 * (`i18n: false`). `duplicate` would copy facts into index.en.mdx, which the
 * English file's strict schema rejects.
 */
import idStrings from '../../i18n/id.json';
import { fieldsOf, type FieldNode, type FileKind } from '../schema-field-tree';
import { DISTRICTS } from '../districts';
import { routeUrl, COLLECTION_ROUTE, type RouteName } from '../../lib/routes';
import type { ContentCollection } from '../paths';

/** A Decap/Sveltia field definition (the subset we generate). */
export type CmsField = Record<string, unknown> & { name: string; widget: string; label: string };

export interface CmsOptions {
  /** GitHub repository `owner/name` for remote editing. */
  repo: string;
  branch: string;
  /** Address of a Sveltia CMS Authenticator (OAuth sign-in, docs/panduan-pengelola.md §5); without it, sign-in by token. */
  authUrl?: string | undefined;
  /** Production origin, for "view on site" links. */
  siteUrl: string;
  /** Base path of the site (BASE_PATH), e.g. `/`. */
  base: string;
  /** Content folder relative to the repository root, e.g. `content`. */
  contentDir: string;
}

/** Fields written per language; everything else is a fact, written once in index.id.mdx. */
const TRANSLATED = new Set(['title', 'summary', 'body']);

const i18nLabel = (key: string) => (idStrings as Record<string, string>)[key];

/** Human labels for select options, from the UI strings where they exist. */
function optionLabel(field: FieldNode, value: string): string {
  const key = field.path.replace(/\[\]/g, '').split('.').at(-1);
  const district = DISTRICTS.find((d) => d.slug === value);
  const known =
    key === 'district' && district
      ? district.name
      : key === 'category'
        ? i18nLabel(`category.${value}`)
        : key === 'facilities'
          ? i18nLabel(`facility.${value}`)
          : key === 'weekday'
            ? i18nLabel(`day.${value}`)
            : key === 'kind' && field.path.startsWith('certifications')
              ? i18nLabel(`cert.${value}`)
              : key === 'kind'
                ? i18nLabel(`kind.${value}`)
                : key === 'precision'
                  ? { exact: 'Tepat (sudah diperiksa di tempat, ±300 m)', approximate: 'Perkiraan' }[value]
                  : undefined;
  if (!known) return value;
  // "Lumban Julu" for lumban-julu; "Air terjun (waterfall)" where the stored value is another word.
  return known.toLowerCase() === value.replace(/-/g, ' ') ? known : `${known} (${value})`;
}

const hint = (f: FieldNode) => [f.id, f.en && f.en !== f.id ? `_${f.en}_` : ''].filter(Boolean).join(' · ');

/** The CMS field for one schema field. `optional` forces `required: false` (fields inside a union). */
export function cmsField(f: FieldNode, opts: { optional?: boolean; topLevel?: boolean } = {}): CmsField {
  const base: CmsField = { name: f.name, label: f.label === f.name ? f.name : `${f.label} · ${f.name}`, widget: 'string' };
  const h = hint(f);
  if (h) base.hint = h;
  if (!f.required || opts.optional) base.required = false;
  if (opts.topLevel) base.i18n = TRANSLATED.has(f.name);
  return { ...base, ...widgetOf(f) };
}

function widgetOf(f: FieldNode): Partial<CmsField> {
  switch (f.type) {
    case 'text':
      if (f.name === 'summary') return { widget: 'text' };
      return f.pattern ? { widget: 'string', pattern: [f.pattern, `Format: ${f.id}`] } : { widget: 'string' };
    case 'url':
      return { widget: 'string', type: 'url' };
    case 'number':
      return { widget: 'number', value_type: 'float' };
    case 'integer':
      return { widget: 'number', value_type: 'int' };
    case 'boolean':
      return { widget: 'boolean', default: f.default ?? false };
    case 'date':
      // Event times need "2027-06-17 09:00"; a date picker cannot leave the time out, so events get a checked text box.
      if (f.name === 'start' || f.name === 'end')
        return { widget: 'string', pattern: ['^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$', 'Tulis 2027-06-17, atau 2027-06-17 09:00'] };
      return { widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'reference':
      return {
        widget: 'relation',
        collection: f.collection ?? 'destinations',
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
      };
    case 'choice':
      return { widget: 'select', options: f.values!.map((v) => ({ label: optionLabel(f, v), value: v })) };
    case 'group':
      return { widget: 'object', collapsed: 'auto', fields: f.fields!.map((c) => cmsField(c)) };
    case 'list':
      return listOf(f);
    case 'variants':
      return variantsOf(f);
  }
}

function listOf(f: FieldNode): Partial<CmsField> {
  if (f.item?.type === 'choice')
    return { widget: 'select', multiple: true, options: f.item.values!.map((v) => ({ label: optionLabel(f, v), value: v })) };
  // A list of plain values (sources, aliases): one subfield, saved as a list of strings.
  if (f.item) return { widget: 'list', field: { ...cmsField({ ...f.item, label: f.label, id: '', en: '' }), name: 'item' } };
  if (!f.fields) return { widget: 'list', collapsed: 'auto', fields: mergedVariantFields(f.variants ?? []) };
  // Collapsed items show their first field; a two-language label shows its Indonesian text.
  const first = f.fields[0]!;
  const summary = first.fields?.some((c) => c.name === 'id') ? `{{fields.${first.name}.id}}` : `{{fields.${first.name}}}`;
  return { widget: 'list', collapsed: 'auto', summary, fields: f.fields.map((c) => cmsField(c)) };
}

/**
 * A union of shapes. When every shape has a one-value field in common (the
 * recurrence's `freq`), it is a Decap "variable type" object keyed on it.
 * Otherwise (a venue is a destination or a named place; a product comes from
 * a district or a destination) all fields are offered, none forced: the hint
 * says to fill one form, and `npm run check:content` catches a mix.
 */
function variantsOf(f: FieldNode): Partial<CmsField> {
  const variants = f.variants ?? [];
  const key = variants[0]?.find(
    (c) =>
      c.type === 'choice' && c.values?.length === 1 && variants.every((v) => v.some((x) => x.name === c.name && x.values?.length === 1)),
  )?.name;
  if (key) {
    return {
      widget: 'object',
      typeKey: key,
      types: variants.map((v) => {
        const tag = v.find((c) => c.name === key)!;
        const rest = v.filter((c) => c.name !== key);
        return {
          name: tag.values![0],
          label: tag.label,
          widget: 'object',
          ...(rest.length ? { fields: rest.map((c) => cmsField(c)) } : {}),
        };
      }),
    };
  }
  return { widget: 'object', fields: mergedVariantFields(variants) };
}

function mergedVariantFields(variants: readonly FieldNode[][]): CmsField[] {
  const seen = new Map<string, CmsField>();
  for (const v of variants) for (const c of v) if (!seen.has(c.name)) seen.set(c.name, cmsField(c, { optional: true }));
  return [...seen.values()];
}

const body = (label: string): CmsField => ({
  name: 'body',
  label: `${label} · body`,
  widget: 'markdown',
  i18n: true,
  required: false,
  hint: 'Teks halaman. Komponen MDX (baris seperti <Nama … />) tidak bisa diedit di sini: ubah berkasnya dengan editor teks. · _Page text. MDX components cannot be edited here: edit the file in a text editor._',
});

interface CollectionSpec {
  name: ContentCollection;
  kind: FileKind;
  label: string;
  singular: string;
  route?: RouteName;
  /** Editors may add and delete entries (districts and pages are a fixed set). */
  create: boolean;
  /** A Material Symbols icon name, shown in the CMS's collection list. */
  icon: string;
}

const COLLECTIONS: CollectionSpec[] = [
  {
    name: 'destinations',
    kind: 'destinations',
    label: 'Destinasi',
    singular: 'Destinasi',
    route: COLLECTION_ROUTE.destinations,
    create: true,
    icon: 'landscape',
  },
  { name: 'events', kind: 'events', label: 'Acara', singular: 'Acara', route: COLLECTION_ROUTE.events, create: true, icon: 'event' },
  {
    name: 'products',
    kind: 'products',
    label: 'Produk lokal',
    singular: 'Produk',
    route: COLLECTION_ROUTE.products,
    create: true,
    icon: 'shopping_bag',
  },
  {
    name: 'districts',
    kind: 'districts',
    label: 'Pengantar kecamatan',
    singular: 'Pengantar kecamatan',
    route: COLLECTION_ROUTE.districts,
    create: false,
    icon: 'map',
  },
  { name: 'pages', kind: 'pages', label: 'Halaman informasi', singular: 'Halaman', create: false, icon: 'article' },
  {
    name: 'itineraries',
    kind: 'itineraries',
    label: 'Ide perjalanan',
    singular: 'Ide perjalanan',
    route: 'itineraries',
    create: true,
    icon: 'route',
  },
];

function collection(spec: CollectionSpec, opts: CmsOptions): Record<string, unknown> {
  // Required fields first, so the form starts with what must be filled in; otherwise schema order.
  const nodes = fieldsOf(spec.kind);
  const fields = [...nodes.filter((f) => f.required), ...nodes.filter((f) => !f.required)].map((f) => cmsField(f, { topLevel: true }));
  const hasTitle = fields.some((f) => f.name === 'title');
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.singular,
    icon: spec.icon,
    folder: `${opts.contentDir.replace(/^\.?\/|\/$/g, '')}/${spec.name}`,
    path: '{{slug}}/index',
    extension: 'mdx',
    format: 'yaml-frontmatter',
    i18n: true,
    create: spec.create,
    delete: spec.create,
    // Photos live in the entry's own folder, next to index.id.mdx, and are referenced as `foto.jpg`.
    media_folder: '',
    public_folder: '',
    ...(hasTitle
      ? { identifier_field: 'title', summary: '{{title}}', sortable_fields: ['title'] }
      : { identifier_field: 'summary', summary: '{{slug}}' }),
    ...(spec.route ? { preview_path: routeUrl(opts.base, 'id', spec.route, '{{slug}}').replace(/^\//, '') } : {}),
    fields: [...fields, body(spec.name === 'pages' ? 'Isi halaman' : 'Isi')],
  };
}

/** The whole configuration, served as /admin/config.yml. */
export function cmsConfig(opts: CmsOptions): Record<string, unknown> {
  return {
    backend: { name: 'github', repo: opts.repo, branch: opts.branch, ...(opts.authUrl ? { base_url: opts.authUrl } : {}) },
    site_url: opts.siteUrl,
    display_url: opts.siteUrl,
    logo_url: `${opts.base.replace(/\/?$/, '/')}favicon.svg`,
    // Required by the CMS; only used for images pasted into a page body outside an entry.
    media_folder: 'public/media',
    public_folder: '/media',
    // Slugs like our folder names: lower-case ASCII, accents dropped, hyphens.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Leave empty optional fields out of the file: `address: ""` would fail the content check.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none', indent_size: 2 } },
    i18n: {
      structure: 'multiple_files',
      locales: ['id', 'en'],
      default_locale: 'id',
      // New entries start in Indonesian only; English is switched on when a translation exists.
      initial_locales: 'all',
    },
    collections: COLLECTIONS.map((c) => collection(c, opts)),
  };
}
