/**
 * The content schemas as a plain tree of fields, for everything that explains
 * or edits content outside the build: the generated field reference
 * (docs/field-reference.md), the CMS configuration at /admin, the
 * scaffolder's comments and the CMS–schema parity test.
 *
 * It converts the Zod schemas with Zod 4's `z.toJSONSchema` in "input" mode,
 * which describes what an editor writes (fields with a default are optional),
 * then reads the bilingual `doc()` metadata each field carries.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from './shared-field-schemas';
import {
  destinationSchema,
  districtIntroSchema,
  eventSchema,
  itinerarySchema,
  pageSchema,
  productSchema,
  translationSchema,
} from './schema';
import type { ContentCollection } from './paths';
import type { Bilingual } from './messages';

export type FieldType =
  'text' | 'number' | 'integer' | 'boolean' | 'date' | 'url' | 'image' | 'reference' | 'choice' | 'group' | 'list' | 'variants';

export interface FieldNode {
  /** Key in the file, e.g. `lat`. */
  name: string;
  /** Dotted path from the top of the file; list items are `[]`, e.g. `photos[].alt.id`. */
  path: string;
  /** Must the editor write it (within its parent, when the parent is present)? */
  required: boolean;
  type: FieldType;
  /** Short Indonesian label. */
  label: string;
  /** One-line description, Indonesian and English. */
  id: string;
  en: string;
  /** Allowed values of a choice (or of the items of a list of choices). */
  values?: string[];
  /** Default used when the field is left out. */
  default?: unknown;
  /** Sub-fields of a group, or of each item of a list of groups. */
  fields?: FieldNode[];
  /** The single item of a list of plain values (text, choice, url). */
  item?: FieldNode;
  /** Alternative shapes, each a list of fields (e.g. a venue is a destination or a named place). */
  variants?: FieldNode[][];
  /** Pattern a text must match, when it has one. */
  pattern?: string;
  /** For references: the collection referred to. */
  collection?: string;
  /** A value an editor could write (the schema's `examples`), offered by `npm run new`. */
  example?: unknown;
  /** How to write it, for the checker's messages (`doc(…, { hint })`). */
  hint?: Bilingual;
}

/** JSON Schema, as far as we read it. */
interface Json {
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Json[];
  oneOf?: Json[];
  items?: Json;
  properties?: Record<string, Json>;
  required?: string[];
  default?: unknown;
  pattern?: string;
  title?: string;
  keterangan?: string;
  description?: string;
  collection?: string;
  examples?: unknown[];
  hint?: Bilingual;
}

/** In the docs, photos and references are plain strings tagged with what they are. */
const docsContext: SchemaContext = {
  image: () => z.string().meta({ format: 'image' }),
  reference: (collection) => z.string().meta({ format: 'reference', collection }),
};

/** The schema of each file kind: `index.id.mdx` of each collection, and the English `index.en.mdx`. */
export const FILE_SCHEMAS = {
  destinations: () => destinationSchema(docsContext),
  events: () => eventSchema(docsContext),
  products: () => productSchema(docsContext),
  districts: () => districtIntroSchema,
  pages: () => pageSchema,
  itineraries: () => itinerarySchema(docsContext),
  translation: () => translationSchema,
} satisfies Record<ContentCollection | 'translation', () => z.ZodType>;
export type FileKind = keyof typeof FILE_SCHEMAS;

const cache = new Map<FileKind, FieldNode[]>();

/** The fields of one kind of file, in schema order. */
export function fieldsOf(kind: FileKind): FieldNode[] {
  let fields = cache.get(kind);
  if (!fields) {
    const json = z.toJSONSchema(FILE_SCHEMAS[kind](), { io: 'input', unrepresentable: 'any' }) as Json;
    fields = objectFields(json, '');
    cache.set(kind, fields);
  }
  return fields;
}

/** Every field of a tree, depth first (variants and list items included). */
export function flatten(fields: readonly FieldNode[]): FieldNode[] {
  return fields.flatMap((f) => [
    f,
    ...(f.item ? flatten([f.item]) : []),
    ...flatten(f.fields ?? []),
    ...(f.variants ?? []).flatMap((v) => flatten(v)),
  ]);
}

/** The field at a dotted path, e.g. `location.lat` or `photos[].alt`. */
export function fieldAt(kind: FileKind, path: string): FieldNode | undefined {
  return flatten(fieldsOf(kind)).find((f) => f.path === path);
}

function objectFields(json: Json, prefix: string): FieldNode[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, prop]) =>
    node(name, prefix ? `${prefix}.${name}` : name, prop, required.has(name)),
  );
}

function node(name: string, path: string, json: Json, required: boolean): FieldNode {
  const base = {
    name,
    path,
    required,
    label: json.title ?? name,
    id: json.keterangan ?? '',
    en: json.description ?? '',
    ...(json.default !== undefined ? { default: json.default } : {}),
    ...(json.examples?.length ? { example: json.examples[0] } : {}),
    ...(json.hint ? { hint: json.hint } : {}),
  };
  if (json.format === 'date') return { ...base, type: 'date' };
  if (json.format === 'image') return { ...base, type: 'image' };
  if (json.format === 'reference') return { ...base, type: 'reference', ...(json.collection ? { collection: json.collection } : {}) };
  // Unions become anyOf; discriminated unions (e.g. recurrence) become oneOf.
  const alternatives = json.anyOf ?? json.oneOf;
  if (alternatives) return { ...base, type: 'variants', variants: alternatives.map((v) => objectFields(v, path)) };
  if (json.enum) return { ...base, type: 'choice', values: json.enum.map(String) };
  if (json.const !== undefined) return { ...base, type: 'choice', values: [String(json.const)] };
  switch (json.type) {
    case 'object':
      return { ...base, type: 'group', fields: objectFields(json, path) };
    case 'array': {
      const items = json.items ?? {};
      // A list of dates (a date is a union of text and date underneath) is a list of plain values, not of shapes.
      if ((items.type === 'object' || items.anyOf || items.oneOf) && !items.format) {
        const inner = node(name, `${path}[]`, items, true);
        return { ...base, type: 'list', ...(inner.fields ? { fields: inner.fields } : { variants: inner.variants ?? [] }) };
      }
      return { ...base, type: 'list', item: node(name, `${path}[]`, items, true) };
    }
    case 'number':
      return { ...base, type: 'number' };
    case 'integer':
      return { ...base, type: 'integer' };
    case 'boolean':
      return { ...base, type: 'boolean' };
    default:
      if (json.format === 'uri') return { ...base, type: 'url' };
      return { ...base, type: 'text', ...(json.pattern ? { pattern: json.pattern } : {}) };
  }
}
