/**
 * Field paths in words, for messages an editor can act on: `whereToBuy.1.district`
 * becomes "Tempat membeli ke-2 → Kecamatan" (the labels of the generated field
 * reference, ./schema-field-tree.ts), and the fields allowed at a place in a file, so
 * a misspelt key is matched against what may stand there, not against every
 * field of every schema.
 *
 * The tree is built from the schemas only when a message needs it (never on a
 * clean check).
 */
import { FILE_SCHEMAS, fieldsOf, flatten, type FieldNode, type FileKind } from './schema-field-tree';
import { CONTENT_COLLECTIONS } from './paths';
import type { Bilingual } from './messages';

/** The kind of file a path names: `content/events/x/index.id.mdx` → events; any `index.en.mdx` → translation. */
export function fileKind(file: string): FileKind | undefined {
  if (/index\.en\.mdx$/.test(file)) return 'translation';
  const m = /(?:^|\/)([a-z]+)\/[^/]+\/index\.id\.mdx$/.exec(file);
  return m && (CONTENT_COLLECTIONS as readonly string[]).includes(m[1]!) ? (m[1] as FileKind) : undefined;
}

/** Sub-fields of a node: its group's fields, the fields of its list items, or of every shape (variants). */
function childrenOf(node: FieldNode, input?: unknown): FieldNode[] {
  if (node.fields) return node.fields;
  if (node.item?.fields) return node.item.fields;
  if (node.variants) {
    // The shape the editor chose, when a one-value field (freq) says which; otherwise every shape's fields.
    const chosen = node.variants.find((v) =>
      v.some(
        (f) =>
          f.values?.length === 1 &&
          input !== null &&
          typeof input === 'object' &&
          (input as Record<string, unknown>)[f.name] === f.values[0],
      ),
    );
    const all = chosen ? [chosen] : node.variants;
    const seen = new Map<string, FieldNode>();
    for (const f of all.flat()) if (!seen.has(f.name)) seen.set(f.name, f);
    return [...seen.values()];
  }
  return [];
}

/** The nodes along a path (list indexes skipped), as far as the tree knows them. */
function nodesAlong(kind: FileKind, path: readonly PropertyKey[]): FieldNode[] {
  const out: FieldNode[] = [];
  let level = fieldsOf(kind);
  for (const seg of path) {
    if (typeof seg === 'number') continue;
    const found = level.find((f) => f.name === String(seg));
    if (!found) break;
    out.push(found);
    level = childrenOf(found);
  }
  return out;
}

/**
 * "Tempat membeli ke-2 → Kecamatan" / "whereToBuy no. 2 → district": the path in words. Falls back to the
 * dotted path when the file kind or a segment is unknown.
 */
export function fieldWords(file: string, path: readonly PropertyKey[]): Bilingual {
  const dotted = path.map(String).join('.');
  const kind = fileKind(file);
  if (!kind || !path.length) return { id: dotted, en: dotted };
  const nodes = nodesAlong(kind, path);
  const id: string[] = [];
  const en: string[] = [];
  let n = 0;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (id.length) {
        id[id.length - 1] += ` ke-${seg + 1}`;
        en[en.length - 1] += ` no. ${seg + 1}`;
      }
      continue;
    }
    const node = nodes[n++];
    // The key of a shape (freq) is labelled per shape; its own name says more here.
    const keyOfShape = node?.type === 'choice' && node.values?.length === 1;
    id.push(node && !keyOfShape ? node.label : String(seg));
    en.push(String(seg));
  }
  return { id: id.join(' → '), en: en.join(' → ') };
}

/** The field names allowed inside the group at `path` (for a shape chosen by `freq`, that shape's); undefined when unknown. */
export function allowedKeys(file: string, path: readonly PropertyKey[], input?: unknown): string[] | undefined {
  const kind = fileKind(file);
  if (!kind) return undefined;
  if (!path.filter((s) => typeof s !== 'number').length) return fieldsOf(kind).map((f) => f.name);
  const nodes = nodesAlong(kind, path);
  if (nodes.length !== path.filter((s) => typeof s !== 'number').length) return undefined;
  return childrenOf(nodes.at(-1)!, input).map((f) => f.name);
}

let known: string[] | undefined;
/** Every field name of every kind of file, at any depth: where a misspelt key is looked up when its place is unknown. */
export function knownFieldNames(): string[] {
  known ??= [...new Set((Object.keys(FILE_SCHEMAS) as FileKind[]).flatMap((k) => flatten(fieldsOf(k)).map((f) => f.name)))];
  return known;
}

/**
 * How to write the field at `path` (or, failing that, the group or list it is in): the `hint` its schema
 * gives (`doc(…, { hint })`). A district or a category has the same advice at any depth, because every
 * such field carries it.
 */
export function hintAt(file: string, path: readonly PropertyKey[]): Bilingual | undefined {
  const kind = fileKind(file);
  if (!kind) return undefined;
  const nodes = nodesAlong(kind, path);
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i]!.hint) return nodes[i]!.hint;
  return undefined;
}
