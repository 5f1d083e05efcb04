/**
 * Warnings: content that builds fine but is worth a look. They never stop a
 * build or fail `npm run check:content`; they point an editor at facts that
 * have probably gone stale or will look wrong on the site.
 *
 * Every rule reads validated entries (see ./validate.ts) and today's date in
 * WIB, passed in so tests can pin it.
 */
import { where, type Bilingual, type ContentIssue } from './messages';
import { isDraft, type CheckedEntry } from './checked-entry';
import type { EventData } from './schema';
import type { Location, Price } from './shared-field-schemas';

/** Cards show the whole summary; past this many characters they grow taller than their neighbours. */
export const SUMMARY_CARD_MAX = 170;
/** Facts checked longer ago than this are probably stale. */
export const VERIFIED_MAX_MONTHS = 12;
/** Prices reported more than this many years before the current year are flagged. */
export const PRICE_MAX_AGE_YEARS = 2;

/** Headline of each warning type, for the grouped report of `npm run check:content`. */
export const WARNING_TITLES = {
  'missing-translation': { id: 'Belum ada terjemahan bahasa Inggris', en: 'No English translation yet' },
  'stale-verification': {
    id: `Fakta diperiksa lebih dari ${VERIFIED_MAX_MONTHS} bulan lalu`,
    en: `Facts checked more than ${VERIFIED_MAX_MONTHS} months ago`,
  },
  'stale-price': {
    id: `Harga dilaporkan lebih dari ${PRICE_MAX_AGE_YEARS} tahun lalu`,
    en: `Prices reported more than ${PRICE_MAX_AGE_YEARS} years ago`,
  },
  'photo-too-large': { id: 'Foto yang terlalu besar', en: 'Photos that are too large' },
  'emoji-title': { id: 'Judul yang hanya berisi emoji', en: 'Titles made of emoji only' },
  'summary-too-long': {
    id: `Ringkasan lebih dari ${SUMMARY_CARD_MAX} karakter`,
    en: `Summaries longer than ${SUMMARY_CARD_MAX} characters`,
  },
  'approximate-location': { id: 'Lokasi perkiraan', en: 'Approximate locations' },
  'past-event': { id: 'Acara yang sudah lewat dan tidak berulang', en: 'Past events that do not recur' },
  'press-contact-missing': { id: 'Kontak media belum diisi', en: 'No press contact set' },
} as const satisfies Record<string, Bilingual>;
export type WarningCode = keyof typeof WARNING_TITLES;

const b = (id: string, en: string): Bilingual => ({ id, en });

/** What the warnings read of any entry's Indonesian file. */
type Data = { lastVerified?: string | undefined; summary: string };

/** The day `months` months before `today` (YYYY-MM-DD); the 31st falls back to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** All warnings for published entries (drafts are work in progress and are left alone). */
export function contentWarnings(entries: readonly CheckedEntry[], today: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const e of entries) {
    const data = e.data;
    if (!data || isDraft(e)) continue;
    const warn = (code: WarningCode, field: string, message: Bilingual, fix: Bilingual, file = e.file) =>
      out.push({ file, field, code, message, fix });
    staleVerification(data, today, warn);
    stalePrices(e, today, warn);
    longSummaries(e, data, warn);
    approximateLocations(e, warn);
    if (e.collection === 'events' && e.data) pastEvent(e.data, today, warn);
  }
  return out;
}

type Warn = (code: WarningCode, field: string, message: Bilingual, fix: Bilingual, file?: string) => void;

function staleVerification(data: Data, today: string, warn: Warn): void {
  const checked = data.lastVerified?.slice(0, 10);
  if (!checked || checked >= monthsBefore(today, VERIFIED_MAX_MONTHS)) return;
  warn(
    'stale-verification',
    'lastVerified',
    b(
      `Fakta entri ini terakhir diperiksa pada ${checked}, lebih dari ${VERIFIED_MAX_MONTHS} bulan lalu.`,
      `This entry's facts were last checked on ${checked}, more than ${VERIFIED_MAX_MONTHS} months ago.`,
    ),
    b(
      `Periksa lagi jam buka, harga, akses dan kontak (telepon pengelola atau lihat sumbernya), lalu ubah \`lastVerified: ${today}\`.`,
      `Check the opening hours, prices, access and contacts again (call the operator or read the sources), then set \`lastVerified: ${today}\`.`,
    ),
  );
}

function stalePrices(e: CheckedEntry, today: string, warn: Warn): void {
  const oldest = Number(today.slice(0, 4)) - PRICE_MAX_AGE_YEARS;
  const lists: [string, Price[]][] = [];
  if (e.collection === 'destinations' && e.data) lists.push(['fees', e.data.fees]);
  if (e.collection === 'events' && e.data) lists.push(['price', e.data.price]);
  if (e.collection === 'products' && e.data?.priceRange) lists.push(['priceRange', [e.data.priceRange]]);
  for (const [field, prices] of lists) {
    const old = prices.filter((p) => p.year < oldest);
    if (!old.length) continue;
    const what = old.map((p) => `${p.label.id} (${p.year})`).join(', ');
    const whatEn = old.map((p) => `${p.label.en ?? p.label.id} (${p.year})`).join(', ');
    warn(
      'stale-price',
      field,
      b(
        `Harga ini dilaporkan lebih dari ${PRICE_MAX_AGE_YEARS} tahun lalu: ${what}.`,
        `These prices were reported more than ${PRICE_MAX_AGE_YEARS} years ago: ${whatEn}.`,
      ),
      b(
        'Tanyakan harga terbaru ke pengelola, lalu perbarui `amount` dan `year`. Selama belum diperbarui, situs menampilkan tahunnya dan saran untuk memeriksa dulu.',
        'Ask the operator for current prices, then update `amount` and `year`. Until then the site shows the year and a "check before visiting" note.',
      ),
    );
  }
}

function longSummaries(e: CheckedEntry, data: Data, warn: Warn): void {
  const check = (text: string | undefined, file: string, lang: 'id' | 'en') => {
    if (!text || text.length <= SUMMARY_CARD_MAX) return;
    warn(
      'summary-too-long',
      'summary',
      b(
        `Ringkasan ${lang === 'id' ? 'bahasa Indonesia' : 'bahasa Inggris'} panjangnya ${text.length} karakter; kartu dan hasil pencarian cocok untuk paling banyak ${SUMMARY_CARD_MAX}.`,
        `The ${lang === 'id' ? 'Indonesian' : 'English'} summary is ${text.length} characters long; cards and search results suit at most ${SUMMARY_CARD_MAX}.`,
      ),
      b(
        'Persingkat menjadi satu atau dua kalimat; rincian lain bisa ditulis di isi halaman.',
        'Shorten it to one or two sentences; details belong in the body text.',
      ),
      file,
    );
  };
  check(data.summary, e.file, 'id');
  if (e.en && e.enFile) check(e.en.summary, e.enFile, 'en');
}

function approximateLocations(e: CheckedEntry, warn: Warn): void {
  const found: [string, Location | undefined][] = [];
  if (e.collection === 'destinations' && e.data) found.push(['location', e.data.location]);
  if (e.collection === 'events' && e.data) found.push(['venue.location', 'name' in e.data.venue ? e.data.venue.location : undefined]);
  if (e.collection === 'products' && e.data) e.data.sellers.forEach((s, i) => found.push([`sellers.${i}.location`, s.location]));
  for (const [field, loc] of found) {
    if (loc?.precision !== 'approximate') continue;
    warn(
      'approximate-location',
      field,
      b(
        `Titik "${field}" hanya perkiraan; penanda di peta bisa meleset beberapa ratus meter sampai beberapa kilometer.`,
        `The point "${field}" is only approximate; its map marker may be off by hundreds of metres to a few kilometres.`,
      ),
      b(
        'Bila seseorang sudah memeriksa titiknya langsung di lokasi, salin koordinatnya (klik kanan di OpenStreetMap atau Google Maps), tulis `lat` dan `lng`, ubah `precision: exact`, dan tulis tanggal pemeriksaan itu sebagai `checkedOnSite`.',
        'Once someone has checked the point on the spot, copy its coordinates (right-click in OpenStreetMap or Google Maps), write `lat` and `lng`, set `precision: exact`, and write the day of that check as `checkedOnSite`.',
      ),
    );
  }
}

type PastEventData = Pick<EventData, 'start' | 'end' | 'recurrence'>;

/** A one-off event whose last day is before today (a recurring one always has a next date). */
function pastEvent(data: PastEventData, today: string, warn: Warn): void {
  const last = (data.end ?? data.start).slice(0, 10);
  if (data.recurrence || last >= today) return;
  warn(
    'past-event',
    data.end ? 'end' : 'start',
    b(
      `Acara ini sudah lewat (tanggal terakhir ${last}) dan tidak berulang, jadi hanya tampil sebagai arsip.`,
      `This event is over (last day ${last}) and does not recur, so it only shows as an archive.`,
    ),
    b(
      'Jika acara diadakan lagi, buat entri baru untuk edisi berikutnya (`npm run new -- acara "Nama Acara 2027"`) dengan `series` yang sama. Jika acara ini rutin setiap tahun atau minggu, tambahkan `recurrence`.',
      'If it happens again, add a new entry for the next edition (`npm run new -- event "Event Name 2027"`) with the same `series`. If it happens every year or week, add `recurrence`.',
    ),
  );
}

/**
 * Warnings grouped by type, each group under its headline; a fix shared by
 * the whole group is printed once, so a long list stays readable.
 */
export function formatWarnings(warnings: readonly ContentIssue[], lang: 'id' | 'en' = 'id'): string {
  const fixLabel = lang === 'id' ? 'Cara memperbaiki' : 'How to fix';
  const fieldLabel = lang === 'id' ? 'isian' : 'field';
  const groups = new Map<string, ContentIssue[]>();
  for (const w of warnings) groups.set(w.code, [...(groups.get(w.code) ?? []), w]);
  const indent = (text: string, pad: string) => text.split('\n').join(`\n${pad}`);
  return [...groups]
    .map(([code, items]) => {
      const title = (WARNING_TITLES as Record<string, Bilingual>)[code]?.[lang] ?? code;
      const shared = items.every((i) => i.fix[lang] === items[0]!.fix[lang]);
      const lines = items.map((i) => {
        const head = `  ! ${where(i)}${i.field ? ` — ${fieldLabel} "${i.field}"` : ''}\n      ${indent(i.message[lang], '      ')}`;
        return shared ? head : `${head}\n      ${fixLabel}: ${indent(i.fix[lang], '      ')}`;
      });
      const fix = shared ? `\n  ${fixLabel}: ${indent(items[0]!.fix[lang], '  ')}` : '';
      return `▸ ${title} (${items.length})${fix}\n${lines.join('\n')}`;
    })
    .join('\n\n');
}
