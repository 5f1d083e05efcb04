/**
 * `npm run new -- <destinasi|acara|produk> "Judul" --kecamatan Balige [options]`, or with
 * `--lat 2.3485 --lng 99.0740` instead of --kecamatan: the point's kecamatan and desa are filled in.
 * `npm run new -- ide-perjalanan "Judul" --perhentian slug,slug [--perhentian slug] [--awal balige]`:
 * an itinerary, one --perhentian (--stops) per day.
 *
 * Creates content/<collection>/<slug>/index.id.mdx (and index.en.mdx with
 * --en), every field present and explained, starting as a draft. In a
 * terminal it asks for anything missing; elsewhere it lists what is missing
 * and stops. Messages are in Indonesian, or English with --lang en.
 * The logic lives in src/content/scaffold.ts.
 */
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { planEntry, writeEntry, type Answers } from '../src/content/scaffold';
import { askMissing } from '../src/content/scaffold-questions';
import { routeUrl, COLLECTION_ROUTE } from '../src/lib/routes';
import { todayInJakarta } from '../src/lib/events/dates';
import { site } from '../src/config/site';

/** Each new entry's page. */
const ROUTE = { ...COLLECTION_ROUTE, itineraries: 'itineraries' } as const;

const USAGE = {
  id: `Cara pakai:
  npm run new -- destinasi "Air Terjun Contoh" --kecamatan Balige [--kategori waterfall] [--desa "Nama Desa"]
  npm run new -- destinasi "Pantai Contoh" --lat 2.3485 --lng 99.0740   (kecamatan dan desa diisi dari titik ini)
  npm run new -- acara "Festival Contoh 2027" --kecamatan Balige --tanggal 2027-06-17 [--destinasi slug-destinasi]
  npm run new -- produk "Kopi Contoh" --kecamatan Habinsaran [--jenis coffee] [--destinasi slug-destinasi]
  npm run new -- ide-perjalanan "Sehari di Contoh" --perhentian onan-balerong,pantai-lumban-bulbul [--perhentian slug,slug] [--awal balige]
    (satu --perhentian untuk setiap hari; --awal: balige, silangit atau ajibata)
Pilihan lain: --en "English title" (juga membuat index.en.mdx), --slug nama-folder, --lang en.
Tanpa argumen di terminal, perintah ini menanyakan semuanya satu per satu.`,
  en: `Usage:
  npm run new -- destination "Example Waterfall" --district balige [--category waterfall] [--village "Name"]
  npm run new -- destination "Example Beach" --lat 2.3485 --lng 99.0740   (district and village come from the point)
  npm run new -- event "Example Festival 2027" --district balige --date 2027-06-17 [--destination slug]
  npm run new -- product "Example Coffee" --district balige [--kind coffee] [--destination slug]
  npm run new -- itinerary "A Day in Example" --stops onan-balerong,pantai-lumban-bulbul [--stops slug,slug] [--from balige]
    (one --stops for each day; --from: balige, silangit or ajibata)
Other options: --en "English title" (also writes index.en.mdx), --slug folder-name, --lang en.
Without arguments in a terminal, it asks for everything one question at a time.`,
};

// Each option has an Indonesian and an English name.
const { values: v, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kecamatan: { type: 'string' },
    district: { type: 'string' },
    kategori: { type: 'string' },
    category: { type: 'string' },
    jenis: { type: 'string' },
    kind: { type: 'string' },
    desa: { type: 'string' },
    village: { type: 'string' },
    lat: { type: 'string' },
    lng: { type: 'string' },
    tanggal: { type: 'string' },
    date: { type: 'string' },
    destinasi: { type: 'string' },
    destination: { type: 'string' },
    perhentian: { type: 'string', multiple: true },
    stops: { type: 'string', multiple: true },
    awal: { type: 'string' },
    from: { type: 'string' },
    en: { type: 'string' },
    slug: { type: 'string' },
    lang: { type: 'string', default: 'id' },
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const lang = v.lang === 'en' ? 'en' : 'id';
if (v.help) {
  console.log(USAGE[lang]);
  process.exit(0);
}

const root = path.resolve(v.dir ?? site.contentDir);
const given: Answers = {
  type: positionals[0],
  title: positionals.slice(1).join(' ') || undefined,
  district: v.kecamatan ?? v.district,
  category: v.kategori ?? v.category,
  kind: v.jenis ?? v.kind,
  village: v.desa ?? v.village,
  lat: v.lat,
  lng: v.lng,
  start: v.tanggal ?? v.date,
  destination: v.destinasi ?? v.destination,
  titleEn: v.en,
  slug: v.slug,
  stops: [...(v.perhentian ?? []), ...(v.stops ?? [])],
  startAt: v.awal ?? v.from,
};

let answers = given;
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    answers = await askMissing(root, given, { ask: (q) => rl.question(q), say: (line) => console.log(line) }, lang);
  } finally {
    rl.close();
  }
}

const plan = planEntry(root, answers, todayInJakarta());
if ('errors' in plan) {
  console.error(
    `${lang === 'id' ? 'Entri belum dibuat' : 'Nothing was created'}:\n${plan.errors.map((e) => `  ✗ ${e[lang]}`).join('\n')}\n\n${USAGE[lang]}`,
  );
  process.exit(1);
}

const files = writeEntry(root, plan.entry);
const rel = (f: string) => path.relative(process.cwd(), f);
const page = `http://localhost:4321${routeUrl('/', 'id', ROUTE[plan.entry.collection], plan.entry.slug)}`;
const enFile = rel(path.join(path.dirname(files[0]!), 'index.en.mdx'));
console.log(
  lang === 'id'
    ? `✓ Dibuat (sebagai draf):\n${files.map((f) => `  ${rel(f)}`).join('\n')}

Langkah berikutnya:
  1. Buka ${rel(files[0]!)} dan lengkapi isiannya; penjelasan ada di baris yang diawali "#".
  2. Lihat hasilnya: jalankan \`npm run dev\`, lalu buka ${page}
  3. Periksa isian: \`npm run check:content\`
  4. ${files.length > 1 ? `Tulis versi bahasa Inggris di ${enFile}.` : `Terjemahan: buat ${enFile} berisi title, summary dan isi dalam bahasa Inggris (lihat panduan), atau biarkan dulu.`}
  5. Bila sudah siap terbit, ubah \`draft: true\` menjadi \`draft: false\`.`
    : `✓ Created (as a draft):\n${files.map((f) => `  ${rel(f)}`).join('\n')}

Next steps:
  1. Open ${rel(files[0]!)} and fill in the fields; the lines starting with "#" explain each one.
  2. See it: run \`npm run dev\`, then open ${page}
  3. Check it: \`npm run check:content\`
  4. ${files.length > 1 ? `Write the English version in ${enFile}.` : `Translation: add ${enFile} with the English title, summary and body (see the guide), or leave it for later.`}
  5. When it is ready to publish, change \`draft: true\` to \`draft: false\`.`,
);
