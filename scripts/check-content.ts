/**
 * `npm run check:content [-- --lang en] [-- --dir path]`: checks all content
 * in about a second, without a build, and prints a report (Indonesian by
 * default). Exits non-zero only when there are errors.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content/validate';
import { formatIssues } from '../src/lib/content/messages';
import { site } from '../src/config/site';

const { values } = parseArgs({ options: { lang: { type: 'string', default: 'id' }, dir: { type: 'string' } } });
const lang = values.lang === 'en' ? 'en' : 'id';
const root = path.resolve(values.dir ?? site.contentDir);
const started = performance.now();
const { entries, errors, warnings } = checkContent(root);
const ms = Math.round(performance.now() - started);
const L = lang === 'id'
  ? { ok: 'Tidak ada kesalahan.', errors: 'Kesalahan (harus diperbaiki)', warnings: 'Peringatan (sebaiknya diperiksa)', checked: `${entries.length} entri diperiksa dalam ${ms} ms.` }
  : { ok: 'No errors.', errors: 'Errors (must be fixed)', warnings: 'Warnings (worth a look)', checked: `${entries.length} entries checked in ${ms} ms.` };

if (warnings.length) console.log(`\n${L.warnings}: ${warnings.length}\n\n${formatIssues(warnings, lang).replaceAll('✗', '!')}\n`);
if (errors.length) console.log(`\n${L.errors}: ${errors.length}\n\n${formatIssues(errors, lang)}\n`);
else console.log(`\n✓ ${L.ok}`);
console.log(L.checked);
process.exitCode = errors.length ? 1 : 0;
