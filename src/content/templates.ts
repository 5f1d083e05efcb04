/**
 * The files `npm run new` writes. Every field of the schema is present, in the schema's order with
 * the fields written as is first: required ones filled in so the new entry passes the checker at
 * once, optional ones commented out with an example value. Each field's comment is its label and
 * description from the schema (./schema-field-tree.ts), and an optional field's example is the schema's
 * too, unless it depends on the new entry (./template-values.ts); so the explanation is never
 * written twice, and a new field of the schema shows up here by itself.
 *
 * A new entry starts as a draft (`draft: true`): its placeholder sentences
 * show in `npm run dev` but never on the published site until the editor
 * sets `draft: false`.
 */
import { fieldsOf, type FieldNode } from './schema-field-tree';
import { renderBlocks, y, yamlLines, type Block } from './template-yaml';
import { entryBlocks, starterBody, TEMPLATE_NOTES } from './template-values';
import type { NewEntry } from './new-entry';

export type { NewEntry, NewEntryCollection } from './new-entry';

/** Every block of a new entry's template, in order: active fields, then `draft`, then the optional ones. */
function blocksOf(e: NewEntry): { fields: FieldNode[]; blocks: Block[] } {
  const fields = fieldsOf(e.collection);
  const own = new Map<string, Block[]>();
  for (const block of entryBlocks(e)) own.set(block.key, [...(own.get(block.key) ?? []), block]);
  const perField = fields.map((f): Block[] => {
    const blocks = own.get(f.name);
    if (blocks) return blocks;
    if (f.required || f.example === undefined)
      throw new Error(
        `${e.collection}: the field "${f.name}" has no example; give it one in its schema (\`doc(…, { example })\`) or a value in template-values.ts.`,
      );
    const note = TEMPLATE_NOTES[f.name];
    return [{ key: f.name, active: false, lines: yamlLines(f.name, f.example), ...(note ? { note } : {}) }];
  });
  const isActive = (b: Block[]) => b[0]!.active && b[0]!.key !== 'draft';
  const blocks = [
    ...perField.filter(isActive),
    ...perField.filter((b) => b[0]!.key === 'draft'),
    ...perField.filter((b) => !b[0]!.active),
  ].flat();
  return { fields, blocks };
}

/** The keys of a collection's template, for tests: which blocks exist and which start commented out. */
export function templateKeys(e: NewEntry): { key: string; active: boolean; alternative: boolean }[] {
  return blocksOf(e).blocks.map((b) => ({ key: b.key, active: b.active, alternative: !!b.alternative }));
}

/** `index.id.mdx` of a new entry. `uncomment` turns optional fields on (tests check every example is valid). */
export function renderIndonesian(e: NewEntry, uncomment: Iterable<string> = []): string {
  const { fields, blocks } = blocksOf(e);
  return [
    '---',
    '# Dibuat dengan `npm run new`. Baris yang diawali "#" adalah penjelasan, atau isian pilihan yang',
    '# belum dipakai: hapus "# " di depannya untuk memakainya. Semua isian: docs/field-reference.md',
    '',
    renderBlocks(fields, blocks, new Set(uncomment), e.collection),
    '---',
    '',
    starterBody(e),
  ].join('\n');
}

/** `index.en.mdx` of a new entry: the English title, summary and body only. */
export function renderEnglish(e: NewEntry): string {
  const fields = fieldsOf('translation');
  const d = (name: string) => fields.find((f) => f.name === name)!;
  return [
    '---',
    '# English version, made with `npm run new`. Only the title, summary and body go here; facts',
    '# (location, prices, photos…) are written once, in index.id.mdx.',
    `# ${d('title').en}`,
    `title: ${y(e.titleEn ?? e.title)}`,
    `# ${d('summary').en}`,
    `summary: ${y(`Replace this with one or two sentences in English about ${e.titleEn ?? e.title}.`)}`,
    '---',
    '',
    `Write the English page about ${e.titleEn ?? e.title} here.\n`,
  ].join('\n');
}
