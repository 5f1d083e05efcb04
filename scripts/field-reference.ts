/**
 * `npm run docs:fields`: writes docs/field-reference.md from the content
 * schemas. Run it after changing src/content/schema.ts or the schema modules next to it;
 * tests/unit/content/field-reference.test.ts fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { renderFieldReference } from '../src/content/field-reference-page';

export const FIELD_REFERENCE_PATH = 'docs/field-reference.md';

writeFileSync(FIELD_REFERENCE_PATH, renderFieldReference());
console.log(`Wrote ${FIELD_REFERENCE_PATH}`);
