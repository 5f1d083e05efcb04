/**
 * Every message the content checker can give has an example in
 * scripts/messages-doc.ts, every one carries a fix, the generated page
 * docs/pesan-pemeriksaan.md is up to date, and the mistakes of issue #17 get
 * messages an editor can act on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, EXAMPLES, renderDoc, runExample } from '../../../scripts/messages-doc';
import { parseFile } from '../../../src/content/validate';
import { WARNING_TITLES } from '../../../src/content/warnings';

/** Codes written as literals in the checker's own modules. */
function codesInSource(): Set<string> {
  // Every module the checker gathers issues from: the content model's and the geography's.
  const files = [
    ...['validate.ts', 'messages.ts', 'rules.ts', 'body.ts', 'texts.ts', 'encoding.ts', 'photos.ts', 'places.ts', 'synonyms.ts'].map(
      (f) => `src/content/${f}`,
    ),
    'src/lib/geo/check.ts',
  ].map((f) => readFileSync(f, 'utf8'));
  const found = new Set<string>(Object.keys(WARNING_TITLES));
  for (const text of files) {
    for (const m of text.matchAll(/code: '([a-z-]+)'/g)) found.add(m[1]!);
    // err(file, field, 'code', …) in validate.ts
    for (const m of text.matchAll(/err\(\s*[^,]+,\s*'[^']*',\s*'([a-z-]+)'/g)) found.add(m[1]!);
  }
  // Zod's own code, and the fallback for a union Zod reports without any branch (never seen in practice).
  for (const code of ['custom', 'bad-shape', 'no-content']) found.delete(code);
  // About the site configuration, not a content file (src/content/site-warnings.ts); tests/unit/lib/brand/press.test.ts covers it.
  found.delete('press-contact-missing');
  // Given by the body check (src/content/body.ts) but not reachable through the checker today: `layout`, which
  // the checker refuses first as an unknown field (the build's own guard says body-layout); a parser error none
  // of the other messages describes.
  for (const code of ['body-layout', 'body-syntax']) found.delete(code);
  return found;
}

describe('the checker’s messages', () => {
  const results = EXAMPLES.map((ex) => [ex.code, runExample(ex).issue] as const);

  it('has an example of every code it can give', () => {
    const examples = new Set(EXAMPLES.map((e) => e.code));
    expect([...codesInSource()].filter((c) => !examples.has(c))).toEqual([]);
  });

  it.each(results)('%s: the example gives the message, with a fix in both languages', (code, issue) => {
    expect(issue, code).toBeDefined();
    for (const lang of ['id', 'en'] as const) {
      expect(issue!.message[lang].length, `${code} ${lang}`).toBeGreaterThan(10);
      expect(issue!.fix[lang].length, `${code} ${lang}`).toBeGreaterThan(10);
      expect(issue!.fix[lang]).not.toBe(issue!.message[lang]);
    }
  });

  it('are listed, as they are today, in docs/pesan-pemeriksaan.md (run `npm run docs:messages` if this fails)', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(renderDoc());
  });
});

describe('the mistakes of issue #17', () => {
  const issue = (code: string) => EXAMPLES.find((e) => e.code === code)!;
  it('names a nested field in words and suggests at any depth', () => {
    expect(runExample(issue('unknown-district')).issue!.message.id).toBe(
      'Tempat membeli ke-2 → Kecamatan: "balgie" tidak ada dalam daftar. Mungkin maksud Anda "balige"?',
    );
  });
  it('gives an example for hours written with dots', () => {
    const i = runExample(issue('bad-format')).issue!;
    expect(i.message.id).toContain('titik dua, bukan titik');
    expect(i.fix.id).toContain('"08:00-17:00"');
  });
  it('never suggests what was typed: a key not allowed here lists what is', () => {
    const i = runExample(issue('unknown-field')).issue!;
    expect(i.message.id).not.toContain('Mungkin maksud Anda "weekday"');
    expect(i.fix.id).toContain('freq, except, moved');
  });
  it('lists the photos next to the entry when one is missing', () => {
    expect(runExample(issue('image-missing')).issue!.fix.id).toContain('Foto di folder ini: ./pantai.png');
  });
  it('reads YAML errors out in Indonesian, on the line of the file', () => {
    const text = '---\ntitle: Pantai\nsummary: Catatan: tutup hari Senin\n---\n\nIsi.\n';
    const { error, fix } = parseFile(text);
    // Line 3 of the file: the `---` is line 1.
    expect(error!.id).toMatch(/^Baris 3 «summary: Catatan: tutup hari Senin»: ada titik dua kedua/);
    expect(fix!.id).toContain('tanda kutip');
    expect(parseFile('---\ntitle: a\n\tsummary: b\n---\n').error!.id).toMatch(/^Baris 3 .*Tab/);
  });
});
