/**
 * The field reference is generated from the schemas, so it cannot drift:
 * this fails when docs/field-reference.md is not what `npm run docs:fields`
 * would write today, or when a schema field has no explanation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFieldReference } from '../../../src/content/field-reference-page';
import { FILE_SCHEMAS, fieldsOf, flatten, type FileKind } from '../../../src/content/schema-field-tree';

describe('docs/field-reference.md', () => {
  it('is up to date with the content schemas (run `npm run docs:fields` if this fails)', () => {
    expect(readFileSync('docs/field-reference.md', 'utf8')).toBe(renderFieldReference());
  });

  it('lists every field of every kind of content file', () => {
    const doc = renderFieldReference();
    for (const kind of Object.keys(FILE_SCHEMAS) as FileKind[]) {
      // Items of plain lists (`sources[]`) are described in their list's row.
      for (const f of flatten(fieldsOf(kind)).filter((x) => !x.path.endsWith('[]')))
        expect(doc, `${kind}: ${f.path}`).toContain(`\`${f.path}\``);
    }
  });
});

describe('every schema field', () => {
  for (const kind of Object.keys(FILE_SCHEMAS) as FileKind[]) {
    it(`of ${kind} has a label and a description in Indonesian and English`, () => {
      // List items (`sources[]`) are described by their list.
      for (const f of flatten(fieldsOf(kind)).filter((x) => !x.path.endsWith('[]'))) {
        expect(f.label, `${kind}: ${f.path} needs doc() in the schema`).not.toBe(f.name);
        expect(f.id.length, `${kind}: ${f.path}`).toBeGreaterThan(5);
        expect(f.en.length, `${kind}: ${f.path}`).toBeGreaterThan(5);
      }
    });
  }
});
