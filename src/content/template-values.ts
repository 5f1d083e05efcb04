/**
 * The values of a new entry that depend on what the editor gave `npm run new`: its title, district,
 * pin, date, venue, today's year for prices. Every other optional field is offered with the example
 * its schema carries (`doc(…, { example })`), so a new field needs no change here.
 */
import { getDistrict } from './districts';
import { findVillage, placePoint } from '../lib/geo/boundaries';
import { pointInVillage } from '../lib/geo/pin';
import { y, type Block } from './template-yaml';
import type { NewEntry } from './new-entry';
import { itineraryBlocks, itineraryBody, itinerarySummary } from './template-itinerary';

const q = (s: string) => JSON.stringify(s);

/** Extra advice under a field's description, for fields whose example comes from the schema. */
export const TEMPLATE_NOTES: Partial<Record<string, string>> = {
  photos: 'Simpan foto di folder entri ini. Ukuran ideal: sisi terpanjang 1600–2400 piksel, di bawah 5 MB. Kredit dan lisensi wajib.',
};

const common = (e: NewEntry): Block[] => [
  { key: 'lastVerified', active: false, lines: [`lastVerified: ${e.today}`] },
  { key: 'checkedOnSite', active: false, lines: [`checkedOnSite: ${e.today}`] },
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
  const d = getDistrict(e.district!)!;
  const village = e.village ? findVillage(d, e.village) : undefined;
  return e.location ?? (village && pointInVillage(village)) ?? d.center;
}

/** The note on a pin: where it came from, and what to do with it. */
const pinNote = (e: NewEntry, what: string) =>
  e.location
    ? `Titik dari --lat/--lng; kecamatan dan desa diisi dari titik ini (batas wilayah Kemendagri 2025).`
    : `Titik ${what}ini hanya perkiraan di ${e.village ? `Desa ${e.village}` : `pusat Kecamatan ${getDistrict(e.district!)!.name}`}: ganti dengan titik tempat ini, atau hapus bila letaknya belum diketahui.`;

function destinationBlocks(e: NewEntry): Block[] {
  const d = getDistrict(e.district!)!;
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
    {
      key: 'gettingThere',
      active: false,
      lines: [
        'gettingThere:',
        `  id: Dari pusat kota ${d.name} sekitar … menit dengan mobil.`,
        `  en: About … minutes by car from ${d.name} town.`,
      ],
    },
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
    {
      key: 'price',
      active: false,
      lines: ['price:', '  - label: { id: Tiket masuk, en: Entry ticket }', '    amount: 0', `    year: ${year}`],
    },
    {
      key: 'series',
      active: false,
      note: 'Sama untuk setiap edisi, misalnya tanpa tahun.',
      lines: [`series: ${e.slug.replace(/-(19|20)\d\d$/, '')}`],
    },
  ];
}

function productBlocks(e: NewEntry): Block[] {
  const d = getDistrict(e.district!)!;
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
        '    phone: "+6281234567890"',
        '    whatsapp: "+6281234567890"',
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

const SUMMARY = {
  destinations: (e: NewEntry) =>
    `${e.title} di Kecamatan ${getDistrict(e.district!)!.name}. Ganti kalimat ini dengan satu atau dua kalimat tentang tempat ini.`,
  events: (e: NewEntry) => `${e.title}. Ganti kalimat ini dengan satu atau dua kalimat tentang acara ini.`,
  products: (e: NewEntry) =>
    `${e.title} dari Kecamatan ${getDistrict(e.district!)!.name}. Ganti kalimat ini dengan satu atau dua kalimat tentang produk ini.`,
  itineraries: itinerarySummary,
};

const BODY = {
  destinations: (e: NewEntry) =>
    `Tulis isi halaman tentang ${e.title} di sini, dalam bahasa Indonesia: apa yang bisa dilihat dan dilakukan, dan tips praktis.\n\n## Yang bisa dinikmati\n\n- …\n`,
  events: (e: NewEntry) =>
    `Tulis isi halaman tentang ${e.title} di sini, dalam bahasa Indonesia: apa yang terjadi, untuk siapa, dan cara ikut serta.\n\n## Acara\n\n- …\n`,
  products: (e: NewEntry) =>
    `Tulis isi halaman tentang ${e.title} di sini, dalam bahasa Indonesia: cara membuatnya, ciri khasnya, dan di mana membelinya.\n`,
  itineraries: itineraryBody,
};

/** The blocks of a new entry whose values depend on it, title and summary first. */
export function entryBlocks(e: NewEntry): Block[] {
  const head: Block[] = [
    { key: 'title', active: true, lines: [`title: ${y(e.title)}`] },
    { key: 'summary', active: true, lines: [`summary: ${y(SUMMARY[e.collection](e))}`] },
  ];
  const own = {
    destinations: destinationBlocks,
    events: eventBlocks,
    products: productBlocks,
    itineraries: (x: NewEntry) => [...itineraryBlocks(x), draft, ...common(x)],
  }[e.collection](e);
  return [...head, ...own];
}

/** The body text a new entry starts with. */
export const starterBody = (e: NewEntry): string => BODY[e.collection](e);
