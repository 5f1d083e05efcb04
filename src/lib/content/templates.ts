/**
 * The files `npm run new` writes. Every field of the schema is present:
 * required ones filled in so the new entry passes the checker at once,
 * optional ones commented out with an example value. Each field's comment is
 * its label and description from the schema (./field-docs.ts), so the
 * explanation is never written twice.
 *
 * A new entry starts as a draft (`draft: true`): its placeholder sentences
 * show in `npm run dev` but never on the published site until the editor
 * sets `draft: false`.
 */
import { fieldsOf, type FieldNode } from './field-docs';
import { getDistrict, type DistrictSlug } from './districts';
import { findVillage, placePoint } from '../geo/boundaries';
import { pointInVillage } from '../geo/pin';
import type { Category, ProductKind } from './vocab';

export type NewEntryCollection = 'destinations' | 'events' | 'products';

/** Everything a template needs; the scaffolder has checked it all. */
export interface NewEntry {
  collection: NewEntryCollection;
  title: string;
  slug: string;
  district: DistrictSlug;
  /** Today in WIB (YYYY-MM-DD), for example dates. */
  today: string;
  category?: Category | undefined;
  kind?: ProductKind | undefined;
  village?: string | undefined;
  /** The point given with --lat/--lng; without one, the district's centre stands in. */
  location?: { lat: number; lng: number } | undefined;
  /** Event start, YYYY-MM-DD or YYYY-MM-DD HH:mm. */
  start?: string | undefined;
  /** Slug of the destination an event happens at, or a product comes from. */
  destination?: string | undefined;
  /** English title; when given, index.en.mdx is written too. */
  titleEn?: string | undefined;
}

/** One top-level field of the template. */
interface Block {
  key: string;
  /** YAML lines, without the comment. */
  lines: string[];
  /** Written as is (required, or deliberately set); otherwise commented out. */
  active: boolean;
  /** An alternative to an active block (same key): never uncommented together with it. */
  alternative?: boolean;
  /** Extra comment lines after the field's own description. */
  note?: string;
}

const q = (s: string) => JSON.stringify(s);
/** A YAML scalar: quoted only when plain YAML would misread it. */
const y = (s: string) => (/^[\p{L}\p{N}][\p{L}\p{N} .,'()/–-]*$/u.test(s) && !/^(true|false|null|yes|no|[\d.eE+-]+)$/i.test(s) ? s : q(s));

function describe(field: FieldNode | undefined): string[] {
  if (!field) return [];
  const optional = field.required ? '' : ' (pilihan)';
  const lines = [`# ${field.label}${optional}: ${field.id}`];
  const choices = field.values ?? field.item?.values;
  if (choices && choices.length > 2 && !choices.every((c) => field.id.includes(c))) lines.push(`#   Pilihan: ${choices.join(', ')}`);
  const subs = field.fields ?? [];
  // Short texts in two languages ({ id, en }) and long groups (opening hours) are clear from their example.
  const bilingual = subs.length === 2 && subs[0]!.name === 'id' && subs[1]!.name === 'en';
  if (subs.length > 1 && subs.length <= 6 && !bilingual)
    lines.push(`#   Isinya: ${subs.map((s) => `${s.name} = ${s.label}${s.required ? '' : ' (pilihan)'}`).join('; ')}`);
  return lines;
}

function render(collection: NewEntryCollection, blocks: Block[], uncomment: ReadonlySet<string>): string {
  const fields = new Map(fieldsOf(collection).map((f) => [f.name, f]));
  const out: string[] = [];
  for (const block of blocks) {
    const active = block.active || (uncomment.has(block.key) && !block.alternative);
    out.push('', ...(block.alternative ? [] : describe(fields.get(block.key))));
    if (block.note) out.push(...block.note.split('\n').map((l) => `#   ${l}`));
    // Say exactly which lines to uncomment, so explanation lines are never mistaken for fields.
    if (!active)
      out.push(
        `#   ↓ Untuk memakainya, hapus "# " di depan ${block.lines.length === 1 ? 'baris berikut' : `${block.lines.length} baris berikut`}.`,
      );
    out.push(...block.lines.map((l) => (active ? l : `# ${l}`)));
  }
  return out.join('\n').replace(/^\n/, '');
}

const common = (e: NewEntry): Block[] => [
  {
    key: 'photos',
    active: false,
    note: 'Simpan foto di folder entri ini. Ukuran ideal: sisi terpanjang 1600–2400 piksel, di bawah 5 MB. Kredit dan lisensi wajib.',
    lines: [
      'photos:',
      '  - src: ./foto-1.jpg',
      '    alt:',
      '      id: Tulis apa yang tampak di foto',
      '      en: Describe what the photo shows',
      '    credit: Nama pemotret / Dinas Pariwisata Kabupaten Toba',
      '    license: CC BY 4.0 / Milik Pemkab Toba',
    ],
  },
  { key: 'sources', active: false, lines: ['sources:', '  - https://tobakab.go.id/'] },
  { key: 'lastVerified', active: false, lines: [`lastVerified: ${e.today}`] },
  { key: 'checkedOnSite', active: false, lines: [`checkedOnSite: ${e.today}`] },
  {
    key: 'uncertain',
    active: false,
    lines: ['uncertain:', '  id: Tulis hal yang belum pasti, misalnya jam buka.', '  en: Write what is uncertain, e.g. the opening hours.'],
  },
];

const draft: Block = {
  key: 'draft',
  active: true,
  lines: ['draft: true'],
  note: 'Ubah menjadi `draft: false` bila entri ini sudah siap diterbitkan.',
};

function location(lat: number, lng: number, indent = ''): string[] {
  return [`${indent}lat: ${lat}`, `${indent}lng: ${lng}`, `${indent}precision: approximate`];
}

/** The entry's first pin: the point the editor gave, else a point in the desa they named, else the district's centre. */
function startPoint(e: NewEntry): { lat: number; lng: number } {
  const d = getDistrict(e.district)!;
  const village = e.village ? findVillage(d, e.village) : undefined;
  return e.location ?? (village && pointInVillage(village)) ?? d.center;
}

/** The note on a pin: where it came from, and what to do with it. */
const pinNote = (e: NewEntry, what: string) =>
  e.location
    ? `Titik dari --lat/--lng; kecamatan dan desa diisi dari titik ini (batas wilayah Kemendagri 2025).`
    : `Titik ${what}ini hanya perkiraan di ${e.village ? `Desa ${e.village}` : `pusat Kecamatan ${getDistrict(e.district)!.name}`}: ganti dengan titik tempat ini, atau hapus bila letaknya belum diketahui.`;

function destinationBlocks(e: NewEntry): Block[] {
  const d = getDistrict(e.district)!;
  const hours = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => `  ${day}: "08:00-17:00"`);
  return [
    { key: 'category', active: true, lines: [`category: ${e.category ?? 'nature'}`] },
    { key: 'district', active: true, lines: [`district: ${e.district}`] },
    {
      key: 'village',
      active: true,
      lines: [`village: ${y(e.village ?? placePoint(startPoint(e)).village?.name ?? d.name)}`],
      ...(e.village
        ? {}
        : {
            note: e.location
              ? 'Desa tempat titik lokasi di bawah ini berada.'
              : 'Sementara diisi desa di pusat kecamatan; ganti dengan desa atau kelurahan tempat ini, yang juga harus memuat titik lokasinya.',
          }),
    },
    {
      key: 'location',
      active: true,
      note: pinNote(e, ''),
      lines: ['location:', ...location(startPoint(e).lat, startPoint(e).lng, '  ')],
    },
    draft,
    ...common(e),
    { key: 'address', active: false, lines: [`address: Jalan …, Desa …, Kecamatan ${d.name}`] },
    {
      key: 'openingHours',
      active: false,
      lines: [
        'openingHours:',
        ...hours,
        '  sun: closed',
        '  note:',
        '    id: Tutup pada hari libur nasional.',
        '    en: Closed on public holidays.',
      ],
    },
    {
      key: 'fees',
      active: false,
      lines: [
        'fees:',
        '  - label: { id: Tiket masuk, en: Entry ticket }',
        '    amount: 10000',
        `    year: ${e.today.slice(0, 4)}`,
        '  - label: { id: Parkir mobil, en: Car parking }',
        '    amount: 5000',
        `    year: ${e.today.slice(0, 4)}`,
      ],
    },
    { key: 'facilities', active: false, lines: ['facilities: [parking, toilet, prayer-room, food]'] },
    {
      key: 'accessibility',
      active: false,
      lines: [
        'accessibility:',
        '  id: Jalan setapak berbatu; sulit untuk kursi roda.',
        '  en: Rocky footpath; hard going for wheelchairs.',
      ],
    },
    {
      key: 'bestTime',
      active: false,
      lines: ['bestTime:', '  id: Pagi hari pada musim kemarau (Juni–Agustus).', '  en: Mornings in the dry season (June–August).'],
    },
    {
      key: 'gettingThere',
      active: false,
      lines: [
        'gettingThere:',
        `  id: Dari pusat kota ${d.name} sekitar … menit dengan mobil.`,
        `  en: About … minutes by car from ${d.name} town.`,
      ],
    },
    {
      key: 'safety',
      active: false,
      lines: ['safety:', '  id: Jangan berenang saat arus deras.', '  en: Do not swim when the current is strong.'],
    },
    { key: 'aliases', active: false, lines: ['aliases: [Nama Lain Tempat Ini]'] },
    { key: 'featured', active: false, lines: ['featured: true'] },
  ];
}

function eventBlocks(e: NewEntry): Block[] {
  const atDestination = ['venue:', `  destination: ${e.destination ?? 'slug-destinasi'}`];
  const ownPlace = [
    'venue:',
    '  name: Nama tempat acara',
    `  district: ${e.district}`,
    '  location:',
    ...location(startPoint(e).lat, startPoint(e).lng, '    '),
  ];
  const year = e.today.slice(0, 4);
  return [
    { key: 'start', active: true, lines: [`start: ${e.start && e.start.length > 10 ? q(e.start) : (e.start ?? e.today)}`] },
    e.destination
      ? { key: 'venue', active: true, lines: atDestination }
      : {
          key: 'venue',
          active: true,
          lines: ownPlace,
          note: pinNote(e, 'lokasi '),
        },
    e.destination
      ? {
          key: 'venue',
          active: false,
          alternative: true,
          note: 'Atau, bila acara tidak di sebuah destinasi, ganti venue di atas dengan:',
          lines: ownPlace,
        }
      : {
          key: 'venue',
          active: false,
          alternative: true,
          note: 'Atau, bila acara di sebuah destinasi, ganti venue di atas dengan slug destinasi itu:',
          lines: atDestination,
        },
    draft,
    ...common(e),
    { key: 'end', active: false, lines: [`end: ${e.start?.slice(0, 10) ?? e.today}`] },
    {
      key: 'recurrence',
      active: false,
      note: [
        'Pola lain (salin salah satu):',
        '  recurrence: { freq: weekly, weekday: sat }            (setiap Sabtu)',
        '  recurrence: { freq: monthly, week: last, weekday: fri }  (Jumat terakhir tiap bulan)',
        '  recurrence: { freq: yearly-weekday, month: 7, week: second, weekday: sat }  (Sabtu kedua bulan Juli)',
        '  recurrence: { freq: yearly-announced, month: 12 }     (Desember; tanggal diumumkan tiap tahun)',
        'Batal/pindah: tambahkan `except: [2028-07-08]` atau `moved: [{ from: 2029-07-14, to: 2029-07-21 }]`.',
      ].join('\n'),
      lines: ['recurrence: { freq: yearly }'],
    },
    { key: 'dateApproximate', active: false, lines: ['dateApproximate: true'] },
    { key: 'organiser', active: false, lines: ['organiser: Dinas Pariwisata Kabupaten Toba'] },
    {
      key: 'price',
      active: false,
      lines: ['price:', '  - label: { id: Tiket masuk, en: Entry ticket }', '    amount: 0', `    year: ${year}`],
    },
    { key: 'links', active: false, lines: ['links:', '  - label: Instagram resmi', '    url: https://www.instagram.com/…'] },
    {
      key: 'series',
      active: false,
      note: 'Sama untuk setiap edisi, misalnya tanpa tahun.',
      lines: [`series: ${e.slug.replace(/-(19|20)\d\d$/, '')}`],
    },
  ];
}

function productBlocks(e: NewEntry): Block[] {
  const d = getDistrict(e.district)!;
  const year = e.today.slice(0, 4);
  const origin = e.destination ? `  - destination: ${e.destination}` : `  - district: ${e.district}`;
  return [
    { key: 'kind', active: true, lines: [`kind: ${e.kind ?? 'food'}`] },
    {
      key: 'origin',
      active: true,
      note: 'Tiap butir: `- district: <kecamatan>` atau `- destination: <slug destinasi>`.',
      lines: ['origin:', origin],
    },
    draft,
    ...common(e),
    { key: 'whereToBuy', active: false, lines: ['whereToBuy:', `  - district: ${e.district}`] },
    {
      key: 'sellers',
      active: false,
      lines: [
        'sellers:',
        '  - name: Nama penjual atau kelompok tenun',
        '    place:',
        `      id: Di pasar ${d.name}, dekat …`,
        `      en: At ${d.name} market, near …`,
        `    district: ${e.district}`,
        '    location:',
        ...location(startPoint(e).lat, startPoint(e).lng, '      '),
        '    phone: "+62 812 3456 7890"',
        '    whatsapp: "+62 812 3456 7890"',
      ],
    },
    {
      key: 'priceRange',
      active: false,
      lines: ['priceRange:', '  label: { id: Per bungkus, en: Per pack }', '  amount: 25000', '  amountMax: 50000', `  year: ${year}`],
    },
    {
      key: 'certifications',
      active: false,
      lines: [
        'certifications:',
        '  - kind: pirt',
        '    number: "1234567890123"',
        '    label: { id: Izin PIRT, en: Home-industry food permit (PIRT) }',
        `    year: ${year}`,
      ],
    },
  ];
}

const BLOCKS = { destinations: destinationBlocks, events: eventBlocks, products: productBlocks };

const BODY = {
  destinations: (e: NewEntry) =>
    `Tulis isi halaman tentang ${e.title} di sini, dalam bahasa Indonesia: apa yang bisa dilihat dan dilakukan, dan tips praktis.\n\n## Yang bisa dinikmati\n\n- …\n`,
  events: (e: NewEntry) =>
    `Tulis isi halaman tentang ${e.title} di sini, dalam bahasa Indonesia: apa yang terjadi, untuk siapa, dan cara ikut serta.\n\n## Acara\n\n- …\n`,
  products: (e: NewEntry) =>
    `Tulis isi halaman tentang ${e.title} di sini, dalam bahasa Indonesia: cara membuatnya, ciri khasnya, dan di mana membelinya.\n`,
};

const SUMMARY = {
  destinations: (e: NewEntry) =>
    `${e.title} di Kecamatan ${getDistrict(e.district)!.name}. Ganti kalimat ini dengan satu atau dua kalimat tentang tempat ini.`,
  events: (e: NewEntry) => `${e.title}. Ganti kalimat ini dengan satu atau dua kalimat tentang acara ini.`,
  products: (e: NewEntry) =>
    `${e.title} dari Kecamatan ${getDistrict(e.district)!.name}. Ganti kalimat ini dengan satu atau dua kalimat tentang produk ini.`,
};

/** The keys of a collection's template, for tests: which blocks exist and which start commented out. */
export function templateKeys(e: NewEntry): { key: string; active: boolean; alternative: boolean }[] {
  return [
    { key: 'title', active: true, alternative: false },
    { key: 'summary', active: true, alternative: false },
    ...BLOCKS[e.collection](e).map((b) => ({ key: b.key, active: b.active, alternative: !!b.alternative })),
  ];
}

/** `index.id.mdx` of a new entry. `uncomment` turns optional fields on (tests check every example is valid). */
export function renderIndonesian(e: NewEntry, uncomment: Iterable<string> = []): string {
  const head: Block[] = [
    { key: 'title', active: true, lines: [`title: ${y(e.title)}`] },
    { key: 'summary', active: true, lines: [`summary: ${y(SUMMARY[e.collection](e))}`] },
  ];
  const fields = render(e.collection, [...head, ...BLOCKS[e.collection](e)], new Set(uncomment));
  return [
    '---',
    '# Dibuat dengan `npm run new`. Baris yang diawali "#" adalah penjelasan, atau isian pilihan yang',
    '# belum dipakai: hapus "# " di depannya untuk memakainya. Semua isian: docs/field-reference.md',
    '',
    fields,
    '---',
    '',
    BODY[e.collection](e),
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
