/**
 * `npm run new` in a terminal: asks, in the editor's language, for whatever the command line did not
 * give, and checks each answer with the same rules as the command line (./scaffold.ts).
 */
import { CATEGORIES, PRODUCT_KINDS } from './vocab';
import { DISTRICTS } from './districts';
import type { Bilingual } from './messages';
import {
  guessCategory,
  indonesianLabel,
  guessKind,
  resolveCategory,
  resolveDate,
  resolveDestination,
  resolveDistrict,
  resolveKind,
  resolveType,
  resolveVillage,
  TYPE_WORDS,
  type Answers,
  type Result,
} from './scaffold';
import { itineraryErrors, resolveStartAt, splitDays } from './scaffold-itinerary';
import { ITINERARY_STARTS } from './itinerary-schema';
import { MAX_DAYS } from '../lib/trip/plan';

const b = (id: string, en: string): Bilingual => ({ id, en });

/** The terminal: `ask` returns the answer ('' when the editor just presses Enter), `say` prints a line. */
export interface Prompter {
  ask: (question: string) => Promise<string>;
  say: (line: string) => void;
}

/**
 * Asks, in the editor's language, for whatever the command line did not give,
 * repeating a question until the answer is valid.
 */
export async function askMissing(root: string, a: Answers, { ask, say }: Prompter, lang: 'id' | 'en' = 'id'): Promise<Answers> {
  const out = { ...a };
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  const until = async <T>(question: string, check: (v: string) => Result<T> | undefined): Promise<string> => {
    for (;;) {
      const v = (await ask(question)).trim();
      const r = check(v);
      if (!r || 'ok' in r) return v;
      say(`  ${r.error[lang]}`);
    }
  };
  const nonEmpty = (v: string): Result<string> => (v ? { ok: v } : { error: b('Jawaban ini wajib diisi.', 'This answer is required.') });
  const numbered = (items: readonly string[], labels: (x: string) => string) =>
    items.map((x, i) => `  ${i + 1}. ${x}${labels(x) ? ` (${labels(x)})` : ''}`).join('\n');
  const byNumber = (v: string, items: readonly string[]) => (/^\d+$/.test(v) ? (items[Number(v) - 1] ?? v) : v);

  if (!out.type) {
    const types = ['destinasi', 'acara', 'produk', 'ide-perjalanan'];
    say(L('Jenis entri:', 'Entry type:') + '\n' + numbered(types, () => ''));
    out.type = byNumber(await until(L('Pilih 1, 2, 3 atau 4: ', 'Choose 1, 2, 3 or 4: '), (v) => resolveType(byNumber(v, types))), types);
  }
  const collection = TYPE_WORDS[out.type.toLowerCase()];
  if (!out.title) out.title = await until(L('Judul (nama dalam bahasa Indonesia): ', 'Title (the Indonesian name): '), nonEmpty);
  if (collection === 'itineraries') return askItinerary(root, out, { ask, say }, lang);
  if (!out.district && !out.lat && !out.lng)
    out.district = await until(
      L(
        `Kecamatan (misalnya Balige; daftar: ${DISTRICTS.map((d) => d.name).join(', ')}): `,
        `District (e.g. Balige; list: ${DISTRICTS.map((d) => d.name).join(', ')}): `,
      ),
      resolveDistrict,
    );
  if (collection === 'destinations' && !out.category) {
    const guess = guessCategory(out.title) ?? 'nature';
    say(L('Kategori:', 'Category:') + '\n' + numbered(CATEGORIES, (c) => indonesianLabel(`category.${c}`)));
    const v = await until(L(`Nomor atau nama kategori [${guess}]: `, `Category number or name [${guess}]: `), (x) =>
      x ? resolveCategory(byNumber(x, CATEGORIES)) : undefined,
    );
    out.category = v ? byNumber(v, CATEGORIES) : guess;
  }
  if (collection === 'destinations' && out.village === undefined && !out.lat && !out.lng)
    out.village = await until(L('Desa/kelurahan (boleh dikosongkan dulu): ', 'Village (may be left empty for now): '), (v) => {
      const d = v && out.district ? resolveDistrict(out.district) : undefined;
      return d && 'ok' in d ? resolveVillage(d.ok, v) : undefined;
    });
  if (collection === 'products' && !out.kind) {
    const guess = guessKind(out.title) ?? 'food';
    say(L('Jenis produk:', 'Product kind:') + '\n' + numbered(PRODUCT_KINDS, (k) => indonesianLabel(`kind.${k}`)));
    const v = await until(L(`Nomor atau nama jenis [${guess}]: `, `Kind number or name [${guess}]: `), (x) =>
      x ? resolveKind(byNumber(x, PRODUCT_KINDS)) : undefined,
    );
    out.kind = v ? byNumber(v, PRODUCT_KINDS) : guess;
  }
  if (collection === 'events' && !out.start)
    out.start = await until(
      L('Tanggal mulai (misalnya 2027-06-17, atau 2027-06-17 09:00): ', 'Start date (e.g. 2027-06-17, or 2027-06-17 09:00): '),
      resolveDate,
    );
  if (collection !== 'destinations' && collection && out.destination === undefined) {
    const q =
      collection === 'events'
        ? L(
            'Diadakan di destinasi yang sudah ada? Tulis slug-nya, atau kosongkan: ',
            'Held at an existing destination? Type its slug, or leave empty: ',
          )
        : L(
            'Berasal dari destinasi yang sudah ada? Tulis slug-nya, atau kosongkan: ',
            'Comes from an existing destination? Type its slug, or leave empty: ',
          );
    out.destination = await until(q, (v) => (v ? resolveDestination(root, v) : undefined));
  }
  if (out.titleEn === undefined)
    out.titleEn = await ask(
      L('Judul dalam bahasa Inggris (kosongkan bila belum ada terjemahan): ', 'Title in English (leave empty if not translated yet): '),
    );
  return out;
}

/** An itinerary's questions: where it starts, then its stops day by day, each day checked as the checker would. */
async function askItinerary(root: string, a: Answers, { ask, say }: Prompter, lang: 'id' | 'en'): Promise<Answers> {
  const out = { ...a };
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  if (!out.startAt) {
    for (;;) {
      const v = (
        await ask(L(`Titik awal (${ITINERARY_STARTS.join(', ')}) [balige]: `, `Start (${ITINERARY_STARTS.join(', ')}) [balige]: `))
      ).trim();
      const r = resolveStartAt(v || 'balige');
      if ('ok' in r) {
        out.startAt = r.ok;
        break;
      }
      say(`  ${r.error[lang]}`);
    }
  }
  if (!out.stops?.length) {
    say(
      L(
        'Perhentian: slug destinasi (nama foldernya), dipisah koma.',
        'Stops: destination slugs (their folder names), separated by commas.',
      ),
    );
    const days: string[] = [];
    while (days.length < MAX_DAYS) {
      const n = days.length + 1;
      const v = (
        await ask(L(`Hari ${n}${n > 1 ? ' (kosongkan bila selesai)' : ''}: `, `Day ${n}${n > 1 ? ' (leave empty when done)' : ''}: `))
      ).trim();
      if (!v && n > 1) break;
      const errors = itineraryErrors(root, splitDays([...days, v]));
      if (errors.length) for (const e of errors) say(`  ${e[lang]}`);
      else days.push(v);
    }
    out.stops = days;
  }
  if (out.titleEn === undefined)
    out.titleEn = await ask(
      L('Judul dalam bahasa Inggris (kosongkan bila belum ada terjemahan): ', 'Title in English (leave empty if not translated yet): '),
    );
  return out;
}
