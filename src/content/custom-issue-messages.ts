/**
 * Messages for the problems the schemas raise themselves (`ctx.addIssue({ code: 'custom', message: <key> })`):
 * a point outside the regency, an impossible date, a schedule that contradicts itself, a missing photo.
 * The key names the problem; the editor-facing words live here, in Indonesian and English.
 */
import { site } from '../config/site';
import type { Bilingual, ContentIssue } from './messages';
import { show, suggestion } from './spelling';

const b = (id: string, en: string): Bilingual => ({ id, en });

export function describeCustom(
  file: string,
  field: string,
  key: string,
  params: Record<string, unknown>,
  hint: Bilingual | undefined,
  W: Bilingual,
): ContentIssue {
  const bb = site.bounds;
  switch (key) {
    case 'outside-bounds':
      return {
        file,
        field,
        code: 'outside-bounds',
        message: b(
          `${W.id}: lokasi ini berada di luar Kabupaten Toba (lintang ${bb.south}–${bb.north}, bujur ${bb.west}–${bb.east}).`,
          `${W.en}: the location is outside Kabupaten Toba (latitude ${bb.south}–${bb.north}, longitude ${bb.west}–${bb.east}).`,
        ),
        fix: b(
          'Periksa lintang dan bujur: mungkin tertukar, atau tanda minus salah. Tempat di luar Toba (mis. Samosir, Parapat) tidak dimuat di situs ini.',
          'Check latitude and longitude: they may be swapped, or a minus sign is wrong. Places outside Toba (e.g. Samosir, Parapat) do not belong on this site.',
        ),
      };
    case 'impossible-date':
      return {
        file,
        field,
        code: 'impossible-date',
        message: b(
          `${W.id}: tanggal ${show(params.value ?? '')} tidak ada di kalender.`,
          `${W.en}: the date ${show(params.value ?? '')} does not exist.`,
        ),
        fix: b(
          'Periksa hari dan bulannya (misalnya Februari hanya 28 atau 29 hari). Format: `2026-06-17`.',
          'Check the day and month (February has only 28 or 29 days). Format: `2026-06-17`.',
        ),
      };
    case 'date-format':
      return {
        file,
        field,
        code: 'date-format',
        message: b(
          `${W.id}: tanggal ${show(params.value)} tidak berformat tahun-bulan-hari.`,
          `${W.en}: the date ${show(params.value)} is not in year-month-day form.`,
        ),
        fix: hint ?? b('Tulis seperti `2026-06-17` atau `"2026-06-17 09:00"`.', 'Write it like `2026-06-17` or `"2026-06-17 09:00"`.'),
      };
    case 'end-before-start':
      return {
        file,
        field,
        code: 'end-before-start',
        message: b(
          `Tanggal selesai (${params.end}) lebih awal dari tanggal mulai (${params.start}).`,
          `The end (${params.end}) is before the start (${params.start}).`,
        ),
        fix: b(
          'Perbaiki `end` atau `start`; mungkin tahun atau bulannya tertukar.',
          'Fix `end` or `start`; the year or month may be mixed up.',
        ),
      };
    case 'weekly-days':
      return {
        file,
        field,
        code: 'weekly-days',
        message: params.both
          ? b('Acara mingguan ini menulis `weekday` dan `weekdays` sekaligus.', 'This weekly event has both `weekday` and `weekdays`.')
          : b('Acara mingguan ini belum menyebut harinya.', 'This weekly event does not say on which day.'),
        fix: b(
          'Tulis satu hari seperti `weekday: fri`, atau beberapa hari seperti `weekdays: [tue, fri]` (hanya salah satu).',
          'Write one day like `weekday: fri`, or several like `weekdays: [tue, fri]` (only one of the two).',
        ),
      };
    case 'not-in-schedule':
      return {
        file,
        field,
        code: 'not-in-schedule',
        message: b(
          `Tanggal ${params.value} bukan salah satu tanggal acara menurut polanya, jadi tidak ada yang dibatalkan atau dipindah.`,
          `${params.value} is not one of the event's days under its rule, so nothing is cancelled or moved.`,
        ),
        fix: params.closest
          ? b(
              `Tanggal acara terdekat menurut pola adalah ${params.closest}; tulis tanggal itu.`,
              `The nearest day of the rule is ${params.closest}; write that day.`,
            )
          : b('Tulis tanggal yang memang diberikan oleh pola acara.', 'Write a day the rule actually gives.'),
      };
    case 'range-reversed':
      return {
        file,
        field,
        code: 'range-reversed',
        message: b(`${W.id}: lebih kecil dari "amount".`, `${W.en}: smaller than "amount".`),
        fix: b(
          'Tulis harga terendah di `amount` dan tertinggi di `amountMax`.',
          'Put the lowest price in `amount` and the highest in `amountMax`.',
        ),
      };
    case 'phone-format':
      return { file, field, code: 'phone-format', ...phoneMessage(W, params) };
    case 'instagram-format':
      return {
        file,
        field,
        code: 'instagram-format',
        message: b(
          `${W.id}: ${show(params.value ?? '')} bukan nama akun atau alamat Instagram.`,
          `${W.en}: ${show(params.value ?? '')} is not an Instagram account name or address.`,
        ),
        fix:
          hint ??
          b(
            'Tulis `"@namaakun"` atau `https://www.instagram.com/namaakun/`.',
            'Write `"@accountname"` or `https://www.instagram.com/accountname/`.',
          ),
      };
    case 'duplicate-leg':
      return {
        file,
        field,
        code: 'duplicate-leg',
        message: b(
          `${W.id}: kode ${show(params.value)} sudah dipakai rute lain.`,
          `${W.en}: the id ${show(params.value)} is already used by another route.`,
        ),
        fix: b(
          'Beri setiap rute kode yang berbeda, misalnya `feri-ajibata-ambarita`.',
          'Give every route its own id, e.g. `feri-ajibata-ambarita`.',
        ),
      };
    case 'image-missing':
      return {
        file,
        field,
        code: 'image-missing',
        message: b(
          `${W.id}: foto ${show(params.value)} tidak ditemukan di samping berkas ini.`,
          `${W.en}: photo ${show(params.value)} was not found next to this file.`,
        ),
        fix: photoFix(params),
      };
    default:
      return {
        file,
        field,
        code: key,
        message: b(`${W.id}: ${key}`, `${W.en}: ${key}`),
        fix: hint ?? b('Periksa isian ini.', 'Check this field.'),
      };
  }
}

/** What to do about a missing photo: the photos that are in the folder (the likeliest first), or how to add one. */
function photoFix(params: Record<string, unknown>): Bilingual {
  const available = Array.isArray(params.available) ? (params.available as string[]) : [];
  const typed = String(params.value ?? '').replace(/^\.\//, '');
  if (!available.length)
    return b(
      'Folder entri ini belum berisi foto. Salin file fotonya ke folder yang sama dengan index.id.mdx, lalu tulis `src: ./nama-foto.jpg`.',
      'This entry folder has no photos yet. Copy the photo file into the same folder as index.id.mdx, then write `src: ./photo-name.jpg`.',
    );
  const guess = suggestion(typed, available);
  const list = available.map((f) => `./${f}`).join(', ');
  return b(
    `Foto di folder ini: ${list}.${guess ? ` Mungkin maksud Anda "./${guess}"?` : ''} Nama harus sama persis, termasuk huruf besar/kecil dan akhiran (.jpg, .png).`,
    `Photos in this folder: ${list}.${guess ? ` Did you mean "./${guess}"?` : ''} The name must match exactly, including upper/lower case and the ending (.jpg, .png).`,
  );
}

/** What is wrong with a phone or WhatsApp number, in words, and the number as it should be written where that is certain. */
const PHONE_PROBLEMS: Record<string, Bilingual> = {
  'leading-zero': b('diawali 0; situs memakai bentuk internasional +62', 'starts with 0; the site uses the international form +62'),
  'zero-after-62': b('masih ada 0 sesudah +62', 'still has the 0 after +62'),
  'missing-plus': b('tidak diawali tanda +', 'does not start with +'),
  separators: b('berisi spasi, tanda hubung, titik atau kurung', 'contains spaces, hyphens, dots or brackets'),
  letters: b('berisi huruf atau tanda selain angka', 'contains letters or signs other than digits'),
  'too-short': b('terlalu pendek untuk nomor telepon', 'is too short for a phone number'),
  'too-long': b('terlalu panjang untuk nomor telepon', 'is too long for a phone number'),
};

function phoneMessage(W: Bilingual, params: Record<string, unknown>): { message: Bilingual; fix: Bilingual } {
  const what = PHONE_PROBLEMS[String(params.problem)] ?? PHONE_PROBLEMS.letters!;
  const s = typeof params.suggestion === 'string' ? params.suggestion : undefined;
  return {
    message: b(`${W.id}: nomor ${show(params.value ?? '')} ${what.id}.`, `${W.en}: the number ${show(params.value ?? '')} ${what.en}.`),
    fix: s
      ? b(
          `Tulis \`"${s}"\`: +62, lalu nomornya tanpa 0 di depan, tanpa spasi atau tanda hubung.`,
          `Write \`"${s}"\`: +62, then the number without its leading 0, no spaces or hyphens.`,
        )
      : b(
          'Tulis +62812…, tanpa 0 di depan, tanpa spasi atau tanda hubung: +62 lalu 8–12 angka, misalnya `"+6281234567890"`. Periksa jumlah angkanya.',
          'Write +62812…, without the leading 0, no spaces or hyphens: +62 then 8–12 digits, e.g. `"+6281234567890"`. Check the number of digits.',
        ),
  };
}
