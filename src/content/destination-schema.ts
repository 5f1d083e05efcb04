/** The content model of a destination (`content/destinations/<slug>/index.id.mdx`). Each field carries its documentation for editors (`doc()`). */
import { z } from 'astro/zod';
import { doc, localized, location, openingHours, price, text, type SchemaContext } from './shared-field-schemas';
import { CATEGORIES, FACILITIES } from './vocab';
import { contactField } from './contact-schema';
import { common, district, districtDoc, once } from './entry-fields';

const destinationFields = once(() => ({
  /** One of: beach, waterfall, viewpoint, nature, culture, history, religious, culinary, village, adventure. */
  category: z
    .enum(CATEGORIES)
    .meta(
      doc(
        'Kategori',
        'Satu kategori: beach (pantai), waterfall (air terjun), viewpoint (titik pandang), nature, culture, history, religious, culinary, village, adventure.',
        'One of: beach, waterfall, viewpoint, nature, culture, history, religious, culinary, village, adventure.',
        { hint: { id: `Pilih salah satu: ${CATEGORIES.join(', ')}.`, en: `Use one of: ${CATEGORIES.join(', ')}.` } },
      ),
    ),
  /** The kecamatan it lies in. */
  district: district().meta(districtDoc('tempat destinasi berada', 'it lies in')),
  /** The desa or kelurahan it lies in. */
  village: text('Desa/kelurahan', 'Desa atau kelurahan tempat destinasi berada.', 'The desa or kelurahan it lies in.', {
    hint: {
      id: 'Tulis nama desa atau kelurahan, misalnya `village: Lumban Bulbul`.',
      en: 'Write the village name, e.g. `village: Lumban Bulbul`.',
    },
  }),
  /** Where it is on the map; leave out when nobody knows (the place then shows on its district's page, without a pin). */
  location: location()
    .optional()
    .meta(
      doc(
        'Lokasi',
        'Titik di peta: lintang, bujur dan ketepatannya. Kosongkan bila letaknya belum diketahui: tempat itu tetap tampil di halaman kecamatannya, tanpa penanda di peta.',
        "Where it is on the map: latitude, longitude and how sure we are. Leave out when nobody knows: the place still shows on its district's page, without a map pin.",
        {
          hint: {
            id: 'Tulis lokasi seperti ini:\n  location:\n    lat: 2.3485\n    lng: 99.0740\n    precision: approximate',
            en: 'Write the location like this:\n  location:\n    lat: 2.3485\n    lng: 99.0740\n    precision: approximate',
          },
        },
      ),
    ),
  /** Street address or directions-style address. */
  address: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(doc('Alamat', 'Alamat jalan, atau petunjuk arah singkat.', 'Street address, or a directions-style address.')),
  /** Opening hours per weekday, with a note. */
  openingHours: openingHours()
    .optional()
    .meta(
      doc('Jam buka', 'Jam buka per hari, dengan catatan.', 'Opening hours per weekday, with a note.', {
        hint: {
          id: 'Tulis jam seperti `"08:00-17:00"`: titik dua (:) di antara jam dan menit, tanda hubung (-) di antara buka dan tutup, dalam tanda kutip. Atau `closed` (tutup) atau `24h`.',
          en: 'Write hours like `"08:00-17:00"`: a colon between hours and minutes, a hyphen between opening and closing, in quotes. Or `closed` or `24h`.',
        },
        example: {
          ...Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, '08:00-17:00'])),
          sun: 'closed',
          note: { id: 'Tutup pada hari libur nasional.', en: 'Closed on public holidays.' },
        },
      }),
    ),
  /** Entry fees, parking and rentals, each with the year it was reported. */
  fees: z
    .array(price())
    .default([])
    .meta(
      doc(
        'Tarif',
        'Tiket masuk, parkir dan sewa, masing-masing dengan tahun harga itu dilaporkan.',
        'Entry fees, parking and rentals, each with the year it was reported.',
      ),
    ),
  /** What is there: parking, toilet, prayer-room, food, … */
  facilities: z
    .array(z.enum(FACILITIES))
    .default([])
    .meta(
      doc(
        'Fasilitas',
        'Fasilitas yang ada, dipilih dari daftar: parking, toilet, prayer-room (musala), food, …',
        'What is there, from the list: parking, toilet, prayer-room, food, …',
        {
          hint: { id: `Pilih dari: ${FACILITIES.join(', ')}.`, en: `Choose from: ${FACILITIES.join(', ')}.` },
          example: ['parking', 'toilet', 'prayer-room', 'food'],
        },
      ),
    ),
  /** Access for wheelchairs, prams, older visitors. */
  accessibility: localized()
    .optional()
    .meta(
      doc(
        'Aksesibilitas',
        'Akses untuk kursi roda, kereta bayi dan pengunjung lanjut usia.',
        'Access for wheelchairs, prams and older visitors.',
        { example: { id: 'Jalan setapak berbatu; sulit untuk kursi roda.', en: 'Rocky footpath; hard going for wheelchairs.' } },
      ),
    ),
  /** When to go (season, time of day). */
  bestTime: localized()
    .optional()
    .meta(
      doc('Waktu terbaik', 'Kapan sebaiknya datang (musim, jam).', 'When to go (season, time of day).', {
        example: { id: 'Pagi hari pada musim kemarau (Juni–Agustus).', en: 'Mornings in the dry season (June–August).' },
      }),
    ),
  /** How to get there. */
  gettingThere: localized()
    .optional()
    .meta(doc('Cara ke sana', 'Cara menuju ke sana.', 'How to get there.')),
  /** Safety notes, e.g. "reachable only by boat". */
  safety: localized()
    .optional()
    .meta(
      doc(
        'Keselamatan',
        'Catatan keselamatan, misalnya "hanya bisa dicapai dengan perahu".',
        'Safety notes, e.g. "reachable only by boat".',
        { example: { id: 'Jangan berenang saat arus deras.', en: 'Do not swim when the current is strong.' } },
      ),
    ),
  /** Other names people search for, e.g. "Pantai Bulbul". */
  aliases: z
    .array(z.string().trim().min(1))
    .default([])
    .meta(
      doc(
        'Nama lain',
        'Nama lain yang dicari orang, misalnya "Pantai Bulbul"; ikut dicari oleh pencarian situs.',
        'Other names people search for, e.g. "Pantai Bulbul"; site search finds them.',
        { example: ['Nama Lain Tempat Ini'] },
      ),
    ),
  /** Show on the home page. */
  featured: z
    .boolean()
    .default(false)
    .meta(doc('Unggulan', '`true` menampilkannya di beranda.', '`true` shows it on the home page.', { example: true })),
}));

export const destinationSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({ ...common(ctx), ...destinationFields(), contact: contactField() });
