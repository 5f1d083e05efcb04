/**
 * The content model. Each field has a one-line comment; this file is the
 * documentation editors' field reference is generated from.
 *
 * Facts that do not depend on language (coordinates, category, prices, hours,
 * photos) are written once, in the Indonesian file `index.id.mdx`. Short texts
 * that do depend on language are `{ id, en }` pairs. Title, summary and body
 * are written per language: `index.id.mdx` and `index.en.mdx`.
 */
import { z } from 'astro/zod';
import { dateValue, doc, localized, location, openingHours, photo, price, slug, text, url, type SchemaContext } from './fields';
import { CATEGORIES, CERTIFICATIONS, FACILITIES, PRODUCT_KINDS, WEEKDAYS, WEEKS } from './vocab';
import { scheduleIssues } from './schedule-rules';
import { DISTRICT_SLUGS } from './districts';

/** A kecamatan, by its slug (see src/lib/content/districts.ts), e.g. `balige`, `lumban-julu`. */
export const district = () => z.enum(DISTRICT_SLUGS);
const districtDoc = (what: string, whatEn: string) =>
  doc(
    'Kecamatan',
    `Kecamatan ${what}, ditulis sebagai slug, misalnya \`balige\` atau \`lumban-julu\`.`,
    `The kecamatan ${whatEn}, as a slug, e.g. \`balige\` or \`lumban-julu\`.`,
  );

/**
 * Zod schemas cost far more to build than to parse with (every `.meta()` copies one), and Astro asks for a
 * collection's schema once per entry, to give each entry its own `image()`. So what does not depend on
 * `image()` is built once, and what depends only on `reference()` once per reference function (Astro's and the
 * content checker's differ): at 1,000 entries, building everything per entry cost about 3 s of each build.
 */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const byReference = new WeakMap<object, Map<string, unknown>>();
function perReference<T>(reference: object, name: string, make: () => T): T {
  let made = byReference.get(reference);
  if (!made) byReference.set(reference, (made = new Map()));
  if (!made.has(name)) made.set(name, make());
  return made.get(name) as T;
}

/** Fields every entry has, in its Indonesian file, except its photos. */
const commonFields = once(() => ({
  /** Name of the place, event or product, in Indonesian. */
  title: text('Judul', 'Nama tempat, acara atau produk dalam bahasa Indonesia.', 'Name of the place, event or product, in Indonesian.'),
  /** One or two sentences (at most 170 characters) for cards and search results. */
  summary: text(
    'Ringkasan',
    'Satu atau dua kalimat (paling banyak 170 karakter) untuk kartu dan hasil pencarian.',
    'One or two sentences (at most 170 characters) for cards and search results.',
  ),
  /** Web pages the facts come from. */
  sources: z
    .array(url())
    .default([])
    .meta(doc('Sumber', 'Alamat web (https://…) tempat fakta entri ini diambil.', 'Web pages (https://…) the facts come from.')),
  /** The day the facts were last gathered from or compared with their written sources (a desk check). */
  lastVerified: dateValue()
    .optional()
    .meta(
      doc(
        'Dihimpun dari sumber',
        'Tanggal fakta ini terakhir dihimpun dari sumber tertulis atau dicocokkan dengannya (bukan pemeriksaan di tempat), misalnya 2026-06-17; lebih dari 12 bulan akan diperingatkan.',
        'The day the facts were last gathered from or compared with their written sources (not an on-site check), e.g. 2026-06-17; older than 12 months is flagged.',
      ),
    ),
  /** The day someone checked the place on the ground (visited it, or called its operator), if ever. */
  checkedOnSite: dateValue()
    .optional()
    .meta(
      doc(
        'Diperiksa di tempat',
        'Tanggal seseorang memeriksa tempat ini langsung di lokasi (termasuk titik petanya), misalnya 2026-06-17. Hanya ini yang ditampilkan sebagai "terakhir diperiksa", dan `precision: exact` memerlukannya.',
        'The day someone checked the place on the ground (including its map point), e.g. 2026-06-17. Only this is shown as "last checked", and `precision: exact` needs it.',
      ),
    ),
  /** What is uncertain about this entry, shown plainly on the page. */
  uncertain: localized()
    .optional()
    .meta(
      doc(
        'Belum pasti',
        'Hal yang belum pasti tentang entri ini; ditampilkan apa adanya di halaman.',
        'What is uncertain about this entry, shown plainly on the page.',
      ),
    ),
  /** `true` keeps the entry out of the published site (it still shows in `npm run dev`). */
  draft: z
    .boolean()
    .default(false)
    .meta(
      doc(
        'Draf',
        '`true` menahan entri dari situs yang diterbitkan (tetap tampil di `npm run dev`).',
        '`true` keeps the entry out of the published site (it still shows in `npm run dev`).',
      ),
    ),
}));

/** Photos, per entry: `image()` checks a file next to the entry. */
const photos = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => ({
  /** Photos, optional; without one the site draws cover art from the category. */
  photos: z
    .array(photo(ctx))
    .default([])
    .meta(
      doc(
        'Foto',
        'Foto, boleh tidak ada; tanpa foto situs menggambar sampul dari kategorinya. Foto pertama menjadi sampul.',
        'Photos, optional; without one the site draws cover art from the category. The first is the cover.',
      ),
    ),
});

/** Fields every entry has, in its Indonesian file. */
const common = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => {
  const { title, summary, ...rest } = commonFields();
  return { title, summary, ...photos(ctx), ...rest };
};

const destinationFields = once(() => ({
  /** One of: beach, waterfall, viewpoint, nature, culture, history, religious, culinary, village, adventure. */
  category: z
    .enum(CATEGORIES)
    .meta(
      doc(
        'Kategori',
        'Satu kategori: beach (pantai), waterfall (air terjun), viewpoint (titik pandang), nature, culture, history, religious, culinary, village, adventure.',
        'One of: beach, waterfall, viewpoint, nature, culture, history, religious, culinary, village, adventure.',
      ),
    ),
  /** The kecamatan it lies in. */
  district: district().meta(districtDoc('tempat destinasi berada', 'it lies in')),
  /** The desa or kelurahan it lies in. */
  village: text('Desa/kelurahan', 'Desa atau kelurahan tempat destinasi berada.', 'The desa or kelurahan it lies in.'),
  /** Where it is on the map; leave out when nobody knows (the place then shows on its district's page, without a pin). */
  location: location()
    .optional()
    .meta(
      doc(
        'Lokasi',
        'Titik di peta: lintang, bujur dan ketepatannya. Kosongkan bila letaknya belum diketahui: tempat itu tetap tampil di halaman kecamatannya, tanpa penanda di peta.',
        "Where it is on the map: latitude, longitude and how sure we are. Leave out when nobody knows: the place still shows on its district's page, without a map pin.",
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
    .meta(doc('Jam buka', 'Jam buka per hari, dengan catatan.', 'Opening hours per weekday, with a note.')),
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
      ),
    ),
  /** When to go (season, time of day). */
  bestTime: localized()
    .optional()
    .meta(doc('Waktu terbaik', 'Kapan sebaiknya datang (musim, jam).', 'When to go (season, time of day).')),
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
      ),
    ),
  /** Show on the home page. */
  featured: z
    .boolean()
    .default(false)
    .meta(doc('Unggulan', '`true` menampilkannya di beranda.', '`true` shows it on the home page.')),
}));

export const destinationSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => z.strictObject({ ...common(ctx), ...destinationFields() });

const weekdayField = () =>
  z
    .enum(WEEKDAYS)
    .meta(doc('Hari', 'Hari dalam minggu: mon, tue, wed, thu, fri, sat, sun.', 'Day of the week: mon, tue, wed, thu, fri, sat, sun.'));
const weekField = () =>
  z
    .enum(WEEKS)
    .meta(
      doc(
        'Minggu ke-',
        'Hari itu yang ke berapa dalam bulan: first (pertama), second (kedua), third (ketiga), fourth (keempat) atau last (terakhir).',
        'Which one in the month: first, second, third, fourth or last.',
      ),
    );
const monthField = () =>
  z
    .number()
    .int()
    .min(1)
    .max(12)
    .meta(doc('Bulan', 'Nomor bulan, 1 (Januari) sampai 12 (Desember).', 'Month number, 1 (January) to 12 (December).'));

/** Cancelled days and one-off moves, for every kind of rule. */
const scheduleChangeFields = () => ({
  /** Days the rule would give but the event is not held (cancelled). */
  except: z
    .array(dateValue())
    .optional()
    .meta(
      doc(
        'Dibatalkan',
        'Tanggal yang seharusnya ada menurut pola tetapi acaranya batal, misalnya `[2028-07-08]`.',
        'Days the rule gives but the event is not held (cancelled), e.g. `[2028-07-08]`.',
      ),
    ),
  /** One occurrence held on another day: `{ from: <day of the rule>, to: <day it is held> }`. */
  moved: z
    .array(
      z.strictObject({
        /** The day the rule gives. */
        from: dateValue().meta(doc('Dari', 'Tanggal menurut pola.', 'The day the rule gives.')),
        /** The day it is held instead. */
        to: dateValue().meta(doc('Ke', 'Tanggal acara sebenarnya diadakan.', 'The day it is held instead.')),
      }),
    )
    .optional()
    .meta(
      doc(
        'Dipindah',
        'Satu kali diadakan pada hari lain: `- { from: 2029-07-14, to: 2029-07-21 }`.',
        'Held once on another day: `- { from: 2029-07-14, to: 2029-07-21 }`.',
      ),
    ),
});

/** How an event repeats. Omit for a one-off event (a single day, or a range with `end`). */
export const recurrenceSchema = z.discriminatedUnion('freq', [
  /** Every year on the month and day of `start`. */
  z.strictObject({
    freq: z
      .literal('yearly')
      .meta(
        doc('Setiap tahun, tanggal tetap', 'Setiap tahun pada tanggal dan bulan `start`.', 'Every year on the month and day of `start`.'),
      ),
    ...scheduleChangeFields(),
  }),
  /** Every year on the nth or last weekday of a month, e.g. the second Saturday of July. */
  z.strictObject({
    freq: z
      .literal('yearly-weekday')
      .meta(
        doc(
          'Setiap tahun, hari ke-n dalam bulan',
          'Setiap tahun pada hari tertentu dalam bulan, misalnya Sabtu kedua bulan Juli.',
          'Every year on the nth or last weekday of a month, e.g. the second Saturday of July.',
        ),
      ),
    month: monthField(),
    week: weekField(),
    weekday: weekdayField(),
    ...scheduleChangeFields(),
  }),
  /** Every year in a month, on a day announced each year: the site shows the month, never a day. */
  z.strictObject({
    freq: z
      .literal('yearly-announced')
      .meta(
        doc(
          'Setiap tahun, tanggal diumumkan',
          'Setiap tahun pada bulan `month`; tanggalnya diumumkan tiap tahun, jadi situs hanya menampilkan bulannya.',
          'Every year in `month`, on a day announced each year: the site shows the month, never a day.',
        ),
      ),
    month: monthField(),
    ...scheduleChangeFields(),
  }),
  /** Every week on the given weekday(s). */
  z.strictObject({
    freq: z
      .literal('weekly')
      .meta(
        doc('Setiap minggu', 'Setiap minggu pada hari `weekday` (atau hari-hari `weekdays`).', 'Every week on `weekday` (or `weekdays`).'),
      ),
    weekday: weekdayField().optional(),
    /** Several days a week, e.g. `[tue, fri]`. */
    weekdays: z
      .array(weekdayField())
      .optional()
      .meta(doc('Hari-hari', 'Beberapa hari seminggu, misalnya `[tue, fri]`.', 'Several days a week, e.g. `[tue, fri]`.')),
    ...scheduleChangeFields(),
  }),
  /** Every month on the nth or last weekday, e.g. the last Friday. */
  z.strictObject({
    freq: z
      .literal('monthly')
      .meta(
        doc(
          'Setiap bulan',
          'Setiap bulan pada hari tertentu, misalnya Jumat terakhir.',
          'Every month on the nth or last weekday, e.g. the last Friday.',
        ),
      ),
    week: weekField(),
    weekday: weekdayField(),
    ...scheduleChangeFields(),
  }),
]);

const eventFields = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  perReference(ctx.reference, 'event', () => ({
    /** First day (`2026-06-17`) or date-time in WIB (`2026-06-17 09:00`). For a recurring event, its first known date. */
    start: dateValue().meta(
      doc(
        'Mulai',
        'Hari pertama (`2026-06-17`) atau tanggal dan jam WIB (`"2026-06-17 09:00"`). Untuk acara berulang: tanggal pertama yang diketahui.',
        'First day (`2026-06-17`) or date and time in WIB (`"2026-06-17 09:00"`). For a recurring event, its first known date.',
      ),
    ),
    /** Last day or end time; omit for a single-day event. */
    end: dateValue()
      .optional()
      .meta(
        doc(
          'Selesai',
          'Hari terakhir atau jam selesai; kosongkan untuk acara satu hari.',
          'Last day or end time; leave out for a single-day event.',
        ),
      ),
    /** How it repeats; omit when it happens once. */
    recurrence: recurrenceSchema
      .optional()
      .meta(
        doc(
          'Berulang',
          'Pola acara berulang, misalnya `{ freq: yearly }`, `{ freq: yearly-weekday, month: 7, week: second, weekday: sat }`, `{ freq: yearly-announced, month: 12 }`, `{ freq: weekly, weekday: fri }` atau `{ freq: monthly, week: last, weekday: fri }`; kosongkan bila hanya sekali. Contoh lengkap: docs/panduan-editor.md.',
          'How it repeats, e.g. `{ freq: yearly }`, `{ freq: yearly-weekday, month: 7, week: second, weekday: sat }`, `{ freq: yearly-announced, month: 12 }`, `{ freq: weekly, weekday: fri }` or `{ freq: monthly, week: last, weekday: fri }`; leave out when it happens once. Examples: docs/editor-guide.md.',
        ),
      ),
    /** `true` when the date is only roughly known ("around 9 March"). */
    dateApproximate: z
      .boolean()
      .default(false)
      .meta(
        doc(
          'Tanggal perkiraan',
          '`true` bila tanggalnya hanya diketahui kira-kira ("sekitar 9 Maret").',
          '`true` when the date is only roughly known ("around 9 March").',
        ),
      ),
    /** Where it happens: a destination, or a place of its own. */
    venue: z
      .union([
        z.strictObject({
          /** Slug of a destination, e.g. `onan-balerong`. */
          destination: ctx
            .reference('destinations')
            .meta(
              doc(
                'Destinasi',
                'Slug destinasi tempat acara, yaitu nama foldernya, misalnya `onan-balerong`.',
                'Slug of a destination, i.e. its folder name, e.g. `onan-balerong`.',
              ),
            ),
        }),
        z.strictObject({
          /** Name of the place. */
          name: text('Nama tempat', 'Nama tempat acara.', 'Name of the place.'),
          /** Its kecamatan. */
          district: district().meta(districtDoc('tempat itu', 'of the place')),
          /** Where it is on the map (optional). */
          location: location()
            .optional()
            .meta(doc('Lokasi', 'Titik di peta (boleh kosong).', 'Where it is on the map (optional).')),
        }),
      ])
      .meta(
        doc(
          'Tempat',
          'Tempat acara: sebuah destinasi (`destination`), atau tempat sendiri (`name` dan `district`).',
          'Where it happens: a destination (`destination`), or a place of its own (`name` and `district`).',
        ),
      ),
    /** Who organises it. */
    organiser: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta(doc('Penyelenggara', 'Siapa penyelenggaranya.', 'Who organises it.')),
    /** Ticket prices; omit when unknown, use amount 0 when free. */
    price: z
      .array(price())
      .default([])
      .meta(
        doc(
          'Harga tiket',
          'Harga tiket; kosongkan bila tidak tahu, tulis amount 0 bila gratis.',
          'Ticket prices; leave out when unknown, amount 0 when free.',
        ),
      ),
    /** Official pages, tickets, social media. */
    links: z
      .array(
        z.strictObject({
          label: text('Teks tautan', 'Teks tautan, misalnya "Instagram resmi".', 'Link text, e.g. "Official Instagram".'),
          url: url().meta(doc('Alamat', 'Alamat web lengkap (https://…).', 'Full web address (https://…).')),
        }),
      )
      .default([])
      .meta(doc('Tautan', 'Halaman resmi, tiket, media sosial.', 'Official pages, tickets, social media.')),
    /** Groups editions of the same festival, e.g. `f1h2o`. */
    series: slug()
      .optional()
      .meta(
        doc(
          'Seri',
          'Mengelompokkan edisi dari festival yang sama, misalnya `f1h2o`.',
          'Groups editions of the same festival, e.g. `f1h2o`.',
        ),
      ),
  }));

export const eventSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({ ...common(ctx), ...eventFields(ctx) }).superRefine((e, c) => {
    if (e.end !== undefined && e.end < e.start) {
      c.addIssue({ code: 'custom', message: 'end-before-start', path: ['end'], params: { start: e.start, end: e.end } });
    }
    for (const issue of scheduleIssues(e)) c.addIssue({ code: 'custom', ...issue });
  });

/** A district or a destination, used for where a product comes from and where to buy it. */
const placeRef = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.union([
    z.strictObject({
      /** Slug of a kecamatan. */ district: district().meta(districtDoc('asal atau tempat membeli', 'it comes from or is sold in')),
    }),
    z.strictObject({
      /** Slug of a destination. */
      destination: ctx
        .reference('destinations')
        .meta(
          doc(
            'Destinasi',
            'Slug destinasi, yaitu nama foldernya, misalnya `desa-meat`.',
            'Slug of a destination, i.e. its folder name, e.g. `desa-meat`.',
          ),
        ),
    }),
  ]);

const productFields = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  perReference(ctx.reference, 'product', () => ({
    /** One of: weaving, food, spice, coffee, drink, craft, snack. */
    kind: z
      .enum(PRODUCT_KINDS)
      .meta(
        doc(
          'Jenis',
          'Satu jenis: weaving (tenun), food, spice (rempah), coffee, drink, craft (kerajinan), snack.',
          'One of: weaving, food, spice, coffee, drink, craft, snack.',
        ),
      ),
    /** Where it is made or grown. */
    origin: z
      .array(placeRef(ctx))
      .min(1)
      .meta(
        doc(
          'Asal',
          'Tempat dibuat atau ditanam: paling sedikit satu kecamatan (`district`) atau destinasi (`destination`).',
          'Where it is made or grown: at least one district (`district`) or destination (`destination`).',
        ),
      ),
    /** Where visitors can buy it. */
    whereToBuy: z
      .array(placeRef(ctx))
      .default([])
      .meta(
        doc(
          'Tempat membeli',
          'Tempat pengunjung bisa membelinya: kecamatan atau destinasi.',
          'Where visitors can buy it: districts or destinations.',
        ),
      ),
    /** Named sellers, with a phone or WhatsApp number where public. */
    sellers: z
      .array(
        z.strictObject({
          /** Seller or workshop name. */
          name: text('Nama', 'Nama penjual atau bengkel kerja.', 'Seller or workshop name.'),
          /** Where to find them, in words. */
          place: localized().meta(doc('Letak', 'Di mana menemukannya, dengan kata-kata.', 'Where to find them, in words.')),
          /** Its kecamatan. */
          district: district().optional().meta(districtDoc('penjual', 'of the seller')),
          /** Where it is on the map (optional). */
          location: location()
            .optional()
            .meta(doc('Lokasi', 'Titik di peta (boleh kosong).', 'Where it is on the map (optional).')),
          /** Phone number, e.g. +62 812 3456 7890. */
          phone: z
            .string()
            .regex(/^\+?[0-9 ()-]{7,20}$/)
            .optional()
            .meta(
              doc(
                'Telepon',
                'Nomor telepon yang terbuka untuk umum, misalnya +62 812 3456 7890.',
                'Public phone number, e.g. +62 812 3456 7890.',
              ),
            ),
          /** WhatsApp number, same format. */
          whatsapp: z
            .string()
            .regex(/^\+?[0-9 ()-]{7,20}$/)
            .optional()
            .meta(doc('WhatsApp', 'Nomor WhatsApp, dengan format yang sama.', 'WhatsApp number, same format.')),
        }),
      )
      .default([])
      .meta(
        doc(
          'Penjual',
          'Penjual atau bengkel kerja yang bisa didatangi, dengan nomor yang terbuka untuk umum.',
          'Named sellers, with a phone or WhatsApp number where public.',
        ),
      ),
    /** Typical price range, with the year it was reported. */
    priceRange: price()
      .optional()
      .meta(
        doc(
          'Kisaran harga',
          'Kisaran harga yang umum, dengan tahun harga itu dilaporkan.',
          'Typical price range, with the year it was reported.',
        ),
      ),
    /** Certifications, e.g. a geographical indication. */
    certifications: z
      .array(
        z.strictObject({
          /** geographical-indication, halal, pirt, sni or other. */
          kind: z
            .enum(CERTIFICATIONS)
            .meta(
              doc(
                'Jenis',
                'geographical-indication (indikasi geografis), halal, pirt, sni atau other.',
                'geographical-indication, halal, pirt, sni or other.',
              ),
            ),
          /** Registration number, e.g. IDG000000081. */
          number: z
            .string()
            .trim()
            .min(1)
            .optional()
            .meta(doc('Nomor', 'Nomor pendaftaran, misalnya IDG000000081.', 'Registration number, e.g. IDG000000081.')),
          /** Name of the certificate. */
          label: localized().meta(doc('Nama sertifikat', 'Nama sertifikatnya.', 'Name of the certificate.')),
          /** Year granted. */
          year: z
            .number()
            .int()
            .optional()
            .meta(doc('Tahun', 'Tahun diberikan.', 'Year granted.')),
        }),
      )
      .default([])
      .meta(doc('Sertifikasi', 'Sertifikasi, misalnya indikasi geografis.', 'Certifications, e.g. a geographical indication.')),
  }));

export const productSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) => z.strictObject({ ...common(ctx), ...productFields(ctx) });

/** The English file `index.en.mdx` of any entry: its prose only. */
export const translationSchema = z.strictObject({
  /** Name in English (district intros have none; the checker requires it everywhere else). */
  title: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(
      doc(
        'Judul',
        'Nama dalam bahasa Inggris (wajib, kecuali pengantar kecamatan).',
        'Name in English (required, except for district intros).',
      ),
    ),
  /** One or two sentences in English. */
  summary: text('Ringkasan', 'Satu atau dua kalimat dalam bahasa Inggris.', 'One or two sentences in English.'),
});

/** The optional intro text of a district page (`content/districts/<slug>/index.id.mdx`). */
export const districtIntroSchema = z.strictObject({
  /** One or two sentences about the kecamatan, in the file's language. */
  summary: text(
    'Ringkasan',
    'Satu atau dua kalimat tentang kecamatan ini, dalam bahasa berkasnya.',
    "One or two sentences about the kecamatan, in the file's language.",
  ),
});

/** A practical page such as "Getting here" (`content/pages/<key>/index.id.mdx`). */
export const pageSchema = z.strictObject({
  /** Page title in the file's language. */
  title: text('Judul', 'Judul halaman dalam bahasa berkasnya.', "Page title in the file's language."),
  /** One or two sentences for search results and link previews. */
  summary: text(
    'Ringkasan',
    'Satu atau dua kalimat untuk hasil pencarian dan pratinjau tautan.',
    'One or two sentences for search results and link previews.',
  ),
  /** Web pages the facts come from. */
  sources: z
    .array(url())
    .default([])
    .meta(doc('Sumber', 'Alamat web (https://…) tempat fakta halaman ini diambil.', 'Web pages (https://…) the facts come from.')),
  /** The day someone last checked these facts. */
  lastVerified: dateValue()
    .optional()
    .meta(
      doc(
        'Terakhir diperiksa',
        'Tanggal terakhir fakta ini diperiksa, misalnya 2026-06-17.',
        'The day someone last checked these facts, e.g. 2026-06-17.',
      ),
    ),
});
