/**
 * The YAML that `npm run new` writes: one block per top-level field, each under its label and
 * description from the schema (./schema-field-tree.ts), optional ones commented out with the exact lines to
 * uncomment. Values are written the way the editor guide writes them (times and odd words in quotes).
 */
import type { FieldNode } from './schema-field-tree';
import type { NewEntryCollection } from './new-entry';

/** One top-level field of the template. */
export interface Block {
  key: string;
  /** YAML lines, without the comment. */
  lines: string[];
  /** Written as is (required, or deliberately set); otherwise commented out. */
  active: boolean;
  /** An alternative to an active block (same key): never uncommented together with it. */
  alternative?: boolean;
  /** Extra comment lines after the field's own description. */
  note?: string;
}

const q = (s: string) => JSON.stringify(s);
/** A YAML scalar: quoted only when plain YAML would misread it. */
export const y = (s: string) =>
  /^[\p{L}\p{N}][\p{L}\p{N} .,'()/–-]*$/u.test(s) && !/^(true|false|null|yes|no|[\d.eE+-]+)$/i.test(s) ? s : q(s);

/** A scalar of an example: plain when YAML reads it back as the same text, else quoted (a time like 08:00-17:00 always is). */
function scalar(v: unknown, inFlow = false): string {
  if (typeof v !== 'string') return String(v);
  const plain =
    /^[\p{L}\p{N}.][^#]*$/u.test(v) && !/:\s|:\d|^(true|false|null|yes|no|[\d.eE+-]+)$/i.test(v) && !(inFlow && /[,[\]{}]/.test(v));
  return plain ? v : q(v);
}

const isGroup = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `key: value` as YAML lines at `indent`: groups as nested lines, lists of plain values in brackets. */
export function yamlLines(key: string, value: unknown, indent = ''): string[] {
  if (Array.isArray(value)) {
    // Short lists of words in brackets (`[parking, toilet]`); web addresses and groups one per line.
    if (value.every((v) => !isGroup(v) && !Array.isArray(v) && !String(v).includes(':')))
      return [`${indent}${key}: [${value.map((v) => scalar(v, true)).join(', ')}]`];
    return [`${indent}${key}:`, ...value.flatMap((v) => listItem(v, `${indent}  `))];
  }
  if (isGroup(value)) return [`${indent}${key}:`, ...Object.entries(value).flatMap(([k, v]) => yamlLines(k, v, `${indent}  `))];
  return [`${indent}${key}: ${scalar(value)}`];
}

function listItem(value: unknown, indent: string): string[] {
  if (!isGroup(value)) return [`${indent}- ${scalar(value)}`];
  const [first, ...rest] = Object.entries(value).flatMap(([k, v]) => yamlLines(k, v, `${indent}  `));
  return [`${indent}- ${first!.trimStart()}`, ...rest];
}

/** The comment above a field: its label, whether it is optional, its description, its choices and sub-fields. */
function describe(field: FieldNode | undefined): string[] {
  if (!field) return [];
  const optional = field.required ? '' : ' (pilihan)';
  const lines = [`# ${field.label}${optional}: ${field.id}`];
  const choices = field.values ?? field.item?.values;
  if (choices && choices.length > 2 && !choices.every((c) => field.id.includes(c))) lines.push(`#   Pilihan: ${choices.join(', ')}`);
  const subs = field.fields ?? [];
  // Short texts in two languages ({ id, en }) and long groups (opening hours) are clear from their example.
  const bilingual = subs.length === 2 && subs[0]!.name === 'id' && subs[1]!.name === 'en';
  if (subs.length > 1 && subs.length <= 6 && !bilingual)
    lines.push(`#   Isinya: ${subs.map((s) => `${s.name} = ${s.label}${s.required ? '' : ' (pilihan)'}`).join('; ')}`);
  return lines;
}

/** The frontmatter lines of a template: every block under its description, optional ones commented out. */
export function renderBlocks(
  fields: readonly FieldNode[],
  blocks: readonly Block[],
  uncomment: ReadonlySet<string>,
  collection: NewEntryCollection,
): string {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const out: string[] = [];
  for (const block of blocks) {
    if (!byName.has(block.key)) throw new Error(`${collection}: the template writes "${block.key}", which the schema does not have`);
    const active = block.active || (uncomment.has(block.key) && !block.alternative);
    out.push('', ...(block.alternative ? [] : describe(byName.get(block.key))));
    if (block.note) out.push(...block.note.split('\n').map((l) => `#   ${l}`));
    // Say exactly which lines to uncomment, so explanation lines are never mistaken for fields.
    if (!active)
      out.push(
        `#   ↓ Untuk memakainya, hapus "# " di depan ${block.lines.length === 1 ? 'baris berikut' : `${block.lines.length} baris berikut`}.`,
      );
    out.push(...block.lines.map((l) => (active ? l : `# ${l}`)));
  }
  return out.join('\n').replace(/^\n/, '');
}
