/**
 * `npm run check:content [-- --lang en] [-- --dir path] [-- <slug or path>…]`:
 * checks all content in about a second, without a build, and prints a report
 * (Indonesian by default): errors with the file, the field and the fix, then
 * warnings grouped by type, then the drafts that will not be published.
 * Naming entries (`-- air-terjun-contoh`) limits the warnings to them; errors
 * are always listed in full, since any of them stops the build.
 * Exits non-zero only when there are errors.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content/validate';
import { isDraft } from '../src/content/checked-entry';
import { formatIssues } from '../src/content/messages';
import { formatWarnings } from '../src/content/warnings';
import { site } from '../src/config/site';
import { siteWarnings } from '../src/content/site-warnings';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'id' }, dir: { type: 'string' } },
});
const lang = values.lang === 'en' ? 'en' : 'id';
const root = path.resolve(values.dir ?? site.contentDir);
const started = performance.now();
const result = checkContent(root, { includeDrafts: true });
const { entries, errors } = result;
const wanted = (file: string) => !positionals.length || positionals.some((p) => file.includes(p.replace(/\/$/, '')));
// The configuration's warnings (a missing press contact) concern the whole site, so only a whole check shows them.
const warnings = [...(positionals.length ? [] : siteWarnings(site)), ...result.warnings.filter((w) => wanted(w.file))];
const ms = Math.round(performance.now() - started);
const drafts = entries.filter((e) => isDraft(e) && wanted(e.file));
const published = entries.filter((e) => !isDraft(e)).length;
const L =
  lang === 'id'
    ? {
        ok: 'Tidak ada kesalahan.',
        errors: 'Kesalahan (harus diperbaiki, situs tidak bisa dibangun)',
        warnings: 'Peringatan (sebaiknya diperiksa, situs tetap bisa dibangun)',
        drafts: 'Draf (tampil di `npm run dev`, tidak diterbitkan)',
        checked: `${published} entri terbit dan ${drafts.length} draf diperiksa dalam ${ms} ms.`,
      }
    : {
        ok: 'No errors.',
        errors: 'Errors (must be fixed; the site cannot be built)',
        warnings: 'Warnings (worth a look; the site still builds)',
        drafts: 'Drafts (shown by `npm run dev`, not published)',
        checked: `${published} published entries and ${drafts.length} drafts checked in ${ms} ms.`,
      };

if (warnings.length) console.log(`\n${L.warnings}: ${warnings.length}\n\n${formatWarnings(warnings, lang)}\n`);
if (drafts.length) console.log(`\n${L.drafts}: ${drafts.length}\n${drafts.map((d) => `  • ${d.file}`).join('\n')}\n`);
if (errors.length) console.log(`\n${L.errors}: ${errors.length}\n\n${formatIssues(errors, lang)}\n`);
else console.log(`\n✓ ${L.ok}`);
console.log(L.checked);
process.exitCode = errors.length ? 1 : 0;
