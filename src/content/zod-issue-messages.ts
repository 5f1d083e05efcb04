/**
 * Turns one Zod issue from the content schemas into a message a tourism-office editor can act on: the
 * file, the field in words, what was expected and how to fix it, in Indonesian and English. The Zod
 * error map (./error-map.ts) and the content checker (./parse-entry.ts) both speak through it.
 */
import type { z } from 'astro/zod';
import type { Bilingual, ContentIssue } from './messages';
import { allowedKeys, fieldWords, hintAt, knownFieldNames } from './field-words';
import { describeCustom } from './custom-issue-messages';
import { didYouMean, show, suggestion } from './spelling';

const b = (id: string, en: string): Bilingual => ({ id, en });

const TYPE_NAMES: Record<string, Bilingual> = {
  string: b('teks', 'text'),
  number: b('angka', 'a number'),
  boolean: b('true atau false', 'true or false'),
  array: b('daftar (baris yang diawali "- ")', 'a list (lines starting with "- ")'),
  object: b('kelompok isian bertingkat', 'a nested group of fields'),
  date: b('tanggal', 'a date'),
};
const typeName = (t: string) => TYPE_NAMES[t] ?? b(t, t);

/**
 * The branch of a union the editor most likely meant: the one whose problems are fewest, counting a
 * field of another shape (unrecognized key) or a missing field as a sign of the wrong branch.
 */
function likeliestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  const score = (issues: readonly z.core.$ZodIssue[]) =>
    issues.reduce(
      (n, i) => n + (i.code === 'unrecognized_keys' ? 10 : i.code === 'invalid_type' && !('input' in i && i.input !== undefined) ? 5 : 1),
      0,
    );
  return [...branches].filter((b) => b.length).sort((a, c) => score(a) - score(c))[0];
}

/** One Zod issue → one editor-facing issue. */
export function describeZodIssue(file: string, raw: z.core.$ZodIssue | z.core.$ZodRawIssue): ContentIssue {
  // An error map sees the issue before Zod finishes it: the path may still be missing, the message too.
  const issue = { ...raw, path: raw.path ?? [] } as z.core.$ZodIssue;
  const field = issue.path.map(String).join('.');
  const hint = hintAt(file, issue.path);
  const generic = (id: string, en: string) => hint ?? b(id, en);
  const input = 'input' in issue ? issue.input : undefined;
  // "Tempat membeli ke-2 → Kecamatan": the place in the file, in words.
  const words = fieldWords(file, issue.path);
  const W = field ? words : b('Berkas ini', 'This file');
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        return {
          file,
          field,
          code: 'missing',
          message: b(`${W.id}: isian "${field}" belum ada.`, `${W.en}: field "${field}" is missing.`),
          fix: generic(
            `Tambahkan \`${issue.path.at(-1)?.toString() ?? field}:\` di bagian atas berkas.`,
            `Add \`${issue.path.at(-1)?.toString() ?? field}:\` to the frontmatter.`,
          ),
        };
      }
      const exp = typeName(issue.expected);
      return {
        file,
        field,
        code: 'wrong-type',
        message: b(`${W.id}: harus ${exp.id}, tetapi isinya ${show(input)}.`, `${W.en}: should be ${exp.en}, but it is ${show(input)}.`),
        fix: generic(`Ganti isinya menjadi ${exp.id}.`, `Change it to ${exp.en}.`),
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const dym = didYouMean(typeof input === 'string' ? suggestion(input, allowed) : undefined);
      const code = field.endsWith('district') ? 'unknown-district' : field.endsWith('category') ? 'unknown-category' : 'not-allowed';
      return {
        file,
        field,
        code,
        message: b(`${W.id}: ${show(input)} tidak ada dalam daftar.${dym.id}`, `${W.en}: ${show(input)} is not an allowed value.${dym.en}`),
        fix: generic(`Pilih salah satu: ${allowed.join(', ')}.`, `Use one of: ${allowed.join(', ')}.`),
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys;
      // Suggest only among the fields allowed here, and never the key as typed.
      const here = allowedKeys(file, issue.path, input) ?? knownFieldNames();
      const guess = keys.map((k) => suggestion(k, here)).find(Boolean);
      const dym = didYouMean(guess);
      const f = [field, keys[0]].filter(Boolean).join('.');
      const place = field ? b(` di ${words.id}`, ` in ${words.en}`) : b('', '');
      const elsewhere = keys.some((k) => knownFieldNames().includes(k));
      return {
        file,
        field: f,
        code: 'unknown-field',
        message: b(
          `Isian "${keys.join('", "')}" ${elsewhere ? 'tidak dipakai' : 'tidak dikenal'}${place.id}.${dym.id}`,
          `Field "${keys.join('", "')}" is ${elsewhere ? 'not used' : 'unknown'}${place.en}.${dym.en}`,
        ),
        fix: b(
          `Isian yang boleh di sini: ${here.join(', ')}. Periksa ejaannya, atau hapus isian itu. Daftar lengkap: docs/field-reference.md.`,
          `Fields allowed here: ${here.join(', ')}. Check the spelling, or remove the field. Full list: docs/field-reference.md.`,
        ),
      };
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return {
          file,
          field,
          code: 'empty',
          message: b(`${W.id}: isian "${field}" kosong.`, `${W.en}: field "${field}" is empty.`),
          fix: generic('Isi dengan teks.', 'Fill it in.'),
        };
      }
      if (issue.origin === 'array') {
        return {
          file,
          field,
          code: 'too-few',
          message: b(
            `${W.id}: daftar ini perlu paling sedikit ${issue.minimum} isi.`,
            `${W.en}: this list needs at least ${issue.minimum} item(s).`,
          ),
          fix: generic('Tambahkan isi ke daftar.', 'Add an item to the list.'),
        };
      }
      return {
        file,
        field,
        code: 'too-small',
        message: b(
          `${W.id}: ${show(input)} terlalu kecil (paling kecil ${issue.minimum}).`,
          `${W.en}: ${show(input)} is too small (minimum ${issue.minimum}).`,
        ),
        fix: generic('Periksa angkanya.', 'Check the number.'),
      };
    case 'too_big':
      return {
        file,
        field,
        code: 'too-big',
        message: b(
          `${W.id}: ${show(input)} terlalu besar (paling besar ${issue.maximum}).`,
          `${W.en}: ${show(input)} is too big (maximum ${issue.maximum}).`,
        ),
        fix: generic('Periksa angkanya.', 'Check the number.'),
      };
    case 'invalid_format': {
      // "08.00-17.00": the most common slip, a dot where a colon belongs.
      const dots = typeof input === 'string' && /\d\.\d/.test(input) && field.startsWith('openingHours');
      return {
        file,
        field,
        code: issue.format === 'url' ? 'bad-url' : 'bad-format',
        message: b(
          `${W.id}: ${show(input)} tidak berformat benar.${dots ? ' Jam ditulis dengan titik dua, bukan titik.' : ''}`,
          `${W.en}: ${show(input)} is not in the right format.${dots ? ' Hours take a colon, not a dot.' : ''}`,
        ),
        fix: generic(
          issue.format === 'url'
            ? 'Tulis alamat web lengkap yang diawali https://, misalnya `https://tobakab.go.id/`.'
            : 'Lihat contoh penulisannya di docs/field-reference.md.',
          issue.format === 'url'
            ? 'Write a full web address starting with https://, e.g. `https://tobakab.go.id/`.'
            : 'See how to write it in docs/field-reference.md.',
        ),
      };
    }
    case 'invalid_union': {
      // Name the real problem inside the shape the editor meant, at any depth.
      const branch = likeliestBranch(issue.errors);
      if (branch?.[0]) return describeZodIssue(file, { ...branch[0], path: [...issue.path, ...branch[0].path] } as z.core.$ZodIssue);
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]).map(String) : [];
      const typed = input && typeof input === 'object' ? (input as Record<string, unknown>)[String(issue.path.at(-1))] : input;
      if (options.length) {
        const dym = didYouMean(typeof typed === 'string' ? suggestion(typed, options) : undefined);
        return {
          file,
          field,
          code: 'not-allowed',
          message: b(
            `${W.id}: ${show(typed)} tidak ada dalam daftar.${dym.id}`,
            `${W.en}: ${show(typed)} is not an allowed value.${dym.en}`,
          ),
          fix: hintAt(file, issue.path.slice(0, -1)) ?? b(`Pilih salah satu: ${options.join(', ')}.`, `Use one of: ${options.join(', ')}.`),
        };
      }
      return {
        file,
        field,
        code: 'bad-shape',
        message: b(`${W.id}: bentuknya tidak cocok dengan yang diizinkan.`, `${W.en}: does not match any allowed shape.`),
        fix: generic('Periksa contoh di docs/field-reference.md.', 'See the examples in docs/field-reference.md.'),
      };
    }
    case 'custom':
      return describeCustom(file, field, issue.message, (issue.params ?? {}) as Record<string, unknown>, hint, W);
    default:
      return {
        file,
        field,
        code: issue.code,
        message: b(`${W.id}: ${issue.message ?? issue.code}`, `${W.en}: ${issue.message ?? issue.code}`),
        fix: generic('Periksa isian ini.', 'Check this field.'),
      };
  }
}
