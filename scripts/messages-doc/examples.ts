/**
 * The examples of `npm run docs:messages` (scripts/messages-doc.ts): for every
 * code the content checker can give, the mistake an editor made, in
 * Indonesian, and the change that makes it in a copy of the test fixture.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bigPng, DEST, edit, EVENT, PRODUCT, withPhoto, write } from './fixture-edits';
import { SYNONYMS_FILE as SYNONYMS } from '../../src/content/synonyms';

export interface Example {
  code: string;
  /** What the editor did, in Indonesian. */
  did: string;
  change: (root: string) => void;
}

export const EXAMPLES: Example[] = [
  { code: 'missing', did: 'Menghapus baris `title`.', change: edit(DEST, /^title: .*\n/m, '') },
  { code: 'wrong-type', did: 'Menulis lintang sebagai teks.', change: edit(DEST, 'lat: 2.3485', 'lat: "dua koma tiga"') },
  {
    code: 'unknown-district',
    did: 'Salah ketik kecamatan di "Tempat membeli".',
    change: edit(PRODUCT, '  - district: balige', '  - district: balige\n  - district: balgie'),
  },
  { code: 'unknown-category', did: 'Salah ketik kategori.', change: edit(DEST, 'category: beach', 'category: beech') },
  { code: 'not-allowed', did: 'Salah ketik pola acara berulang.', change: edit(EVENT, 'freq: weekly', 'freq: weekley') },
  {
    code: 'unknown-field',
    did: 'Menulis `weekday` pada acara tahunan.',
    change: edit(EVENT, 'recurrence: { freq: weekly, weekday: fri }', 'recurrence: { freq: yearly, weekday: fri }'),
  },
  { code: 'empty', did: 'Mengosongkan `village`.', change: edit(DEST, 'village: Lumban Bulbul', 'village: ""') },
  {
    code: 'too-few',
    did: 'Mengosongkan daftar asal produk.',
    change: edit(PRODUCT, /origin:\n {2}- destination: pantai-contoh\n/, 'origin: []\n'),
  },
  { code: 'too-small', did: 'Menulis tahun harga di bawah batas.', change: edit(DEST, 'amount: 0', 'amount: -5') },
  {
    code: 'too-big',
    did: 'Menulis nomor bulan 13.',
    change: edit(EVENT, 'recurrence: { freq: weekly, weekday: fri }', 'recurrence: { freq: yearly-announced, month: 13 }'),
  },
  {
    code: 'bad-format',
    did: 'Menulis jam buka dengan titik.',
    change: edit(DEST, 'aliases:', 'openingHours:\n  mon: "08.00-17.00"\naliases:'),
  },
  { code: 'bad-url', did: 'Menulis sumber tanpa https://.', change: edit(DEST, 'aliases:', 'sources: [tobakab.go.id]\naliases:') },
  {
    code: 'outside-bounds',
    did: 'Menukar lintang dan bujur.',
    change: edit(DEST, /lat: 2\.3485\n {2}lng: 99\.074/, 'lat: 99.074\n  lng: 2.3485'),
  },
  { code: 'impossible-date', did: 'Menulis tanggal 30 Februari.', change: edit(EVENT, 'start: 2026-01-02', 'start: 2027-02-30') },
  { code: 'date-format', did: 'Menulis tanggal hari-bulan-tahun.', change: edit(EVENT, 'start: 2026-01-02', 'start: 02-01-2026') },
  {
    code: 'end-before-start',
    did: 'Menulis tanggal selesai sebelum mulai.',
    change: edit(EVENT, 'start: 2026-01-02', 'start: 2026-01-02\nend: 2025-12-30'),
  },
  {
    code: 'range-reversed',
    did: 'Menulis harga tertinggi lebih kecil dari terendah.',
    change: edit(DEST, 'amount: 0', 'amount: 5000\n    amountMax: 1000'),
  },
  {
    code: 'phone-format',
    did: 'Menulis nomor WhatsApp dengan 0 di depan dan tanda hubung.',
    change: edit(DEST, 'aliases:', 'contact:\n  whatsapp: "0812-3456-7890"\naliases:'),
  },
  {
    code: 'instagram-format',
    did: 'Menulis akun Instagram dengan spasi.',
    change: edit(DEST, 'aliases:', 'contact:\n  instagram: "dinas pariwisata"\naliases:'),
  },
  {
    code: 'image-missing',
    did: 'Salah ketik nama foto.',
    change: withPhoto('./pantai.jpeg'),
  },
  {
    code: 'weekly-days',
    did: 'Menghapus hari acara mingguan.',
    change: edit(EVENT, 'recurrence: { freq: weekly, weekday: fri }', 'recurrence: { freq: weekly }'),
  },
  {
    code: 'not-in-schedule',
    did: 'Membatalkan tanggal yang bukan hari acara.',
    change: edit(EVENT, 'weekday: fri }', 'weekday: fri, except: [2027-01-09] }'),
  },
  {
    code: 'unknown-reference',
    did: 'Salah ketik slug destinasi.',
    change: edit(EVENT, 'destination: pantai-contoh', 'destination: pantai-conto'),
  },
  {
    code: 'body-too-short',
    did: 'Menerbitkan isi halaman yang terlalu pendek.',
    change: edit(DEST, /\n---\n[\s\S]*$/, '\n---\n\nPantai yang indah.\n'),
  },
  { code: 'outside-toba', did: 'Memuat tempat di luar Kabupaten Toba.', change: edit(DEST, /^title: .*$/m, 'title: Batu Gantung') },
  {
    code: 'wrong-district',
    did: 'Memilih kecamatan lain dari tempat titik lokasi berada.',
    change: edit(DEST, 'district: balige', 'district: laguboti'),
  },
  {
    code: 'wrong-village',
    did: 'Menulis desa yang tidak memuat titik lokasi.',
    change: edit(DEST, 'village: Lumban Bulbul', 'village: Matio'),
  },
  { code: 'unknown-village', did: 'Salah ketik nama desa.', change: edit(DEST, 'village: Lumban Bulbul', 'village: Lumban Bulbol') },
  {
    code: 'outside-regency',
    did: 'Menaruh titik di Pulau Samosir.',
    change: edit(DEST, /lat: 2\.3485\n {2}lng: 99\.074/, 'lat: 2.45\n  lng: 98.95'),
  },
  {
    code: 'in-lake',
    did: 'Menaruh titik di tengah danau.',
    change: edit(DEST, /lat: 2\.3485\n {2}lng: 99\.074/, 'lat: 2.4\n  lng: 99.003'),
  },
  {
    code: 'exact-without-site-check',
    did: 'Menandai titik `exact` tanpa tanggal pemeriksaan di tempat.',
    change: edit(DEST, /^checkedOnSite: .*\n/m, ''),
  },
  {
    code: 'title-too-long',
    did: 'Menulis judul yang terlalu panjang.',
    change: edit(DEST, /^title: .*$/m, `title: ${'Pantai Contoh yang Sangat Indah di Tepi Danau '.repeat(3).trim()}`),
  },
  {
    code: 'control-character',
    did: 'Menempelkan teks dengan karakter kendali tak terlihat.',
    change: edit(DEST, /^summary: .*$/m, 'summary: Pantai uji\u0007 untuk pengujian.'),
  },
  {
    code: 'body-expression',
    did: 'Menulis kurung kurawal di isi halaman.',
    change: edit(DEST, 'Isi uji untuk fixture ini.', 'Buka {setiap hari}.'),
  },
  { code: 'body-html', did: 'Menulis tag HTML di isi halaman.', change: edit(DEST, 'Isi uji untuk fixture ini.', 'Isi <b>tebal</b> ini.') },
  {
    code: 'body-component',
    did: 'Memakai komponen yang tidak dikenal.',
    change: edit(DEST, 'Isi uji untuk fixture ini.', '<Peta />\n\nIsi uji.'),
  },
  {
    code: 'body-comment',
    did: 'Menulis catatan HTML di isi halaman.',
    change: edit(DEST, 'Isi uji untuk fixture ini.', '<!-- catatan -->\n\nIsi uji.'),
  },
  {
    code: 'body-less-than',
    did: 'Menulis tanda < sebelum angka.',
    change: edit(DEST, 'Isi uji untuk fixture ini.', 'Harga <5000 rupiah.'),
  },
  {
    code: 'body-esm',
    did: 'Menulis baris `import` di isi halaman.',
    change: edit(DEST, 'Isi uji untuk fixture ini.', "import fs from 'node:fs';\n\nIsi uji."),
  },
  {
    code: 'body-bad-url',
    did: 'Menulis tautan `javascript:`.',
    change: edit(DEST, 'Isi uji untuk fixture ini.', 'Isi [uji](javascript:alert(1)) ini.'),
  },
  {
    code: 'body-autolink',
    did: 'Menulis alamat web di antara < >.',
    change: edit(DEST, 'Isi uji untuk fixture ini.', 'Lihat <https://tobakab.go.id>.'),
  },
  {
    code: 'bad-yaml',
    did: 'Menulis titik dua di dalam ringkasan tanpa tanda kutip.',
    change: edit(DEST, /^summary: .*$/m, 'summary: Catatan: pantai uji'),
  },
  { code: 'stray-file', did: 'Menyimpan berkas dengan nama lain.', change: write('destinations/pantai-contoh/catatan.txt', 'x') },
  {
    code: 'bad-slug',
    did: 'Memberi nama folder dengan huruf besar.',
    change: (r) => cpSync(path.join(r, 'destinations/pantai-contoh'), path.join(r, 'destinations/Pantai-Baru'), { recursive: true }),
  },
  {
    code: 'duplicate-slug',
    did: 'Membuat dua folder dengan slug yang sama.',
    change: (r) => cpSync(path.join(r, 'destinations/pantai-contoh'), path.join(r, 'destinations/Pantai-Contoh'), { recursive: true }),
  },
  {
    code: 'missing-indonesian',
    did: 'Hanya membuat versi bahasa Inggris.',
    change: write('destinations/pantai-lain/index.en.mdx', '---\ntitle: Other\nsummary: Other.\n---\n'),
  },
  {
    code: 'unknown-folder',
    did: 'Membuat folder di luar jenis yang dikenal.',
    change: write('tempat/x/index.id.mdx', '---\ntitle: X\n---\n'),
  },
  { code: 'missing-page', did: 'Menghapus halaman wajib.', change: (r) => rmSync(path.join(r, 'pages/about'), { recursive: true }) },
  {
    code: 'missing-translation',
    did: 'Belum menulis versi bahasa Inggris.',
    change: (r) => rmSync(path.join(r, 'destinations/pantai-contoh/index.en.mdx')),
  },
  {
    code: 'stale-verification',
    did: 'Fakta lama tidak diperiksa ulang.',
    change: edit(DEST, 'lastVerified: 2026-11-28', 'lastVerified: 2024-01-10'),
  },
  { code: 'stale-price', did: 'Harga dari tahun lama.', change: edit(DEST, 'year: 2024', 'year: 2019') },

  {
    code: 'summary-too-long',
    did: 'Ringkasan terlalu panjang.',
    change: edit(DEST, /^summary: .*$/m, `summary: ${'Pantai berpasir putih yang tenang. '.repeat(6).trim()}`),
  },
  { code: 'approximate-location', did: 'Titik lokasi hanya perkiraan.', change: edit(DEST, 'precision: exact', 'precision: approximate') },
  { code: 'photo-too-large', did: 'Memakai foto asli kamera yang sangat besar.', change: withPhoto('./pantai.png', bigPng()) },
  { code: 'emoji-title', did: 'Menulis judul hanya dengan emoji.', change: edit(DEST, /^title: .*$/m, 'title: 🌊🌊') },
  {
    code: 'bad-encoding',
    did: 'Menyimpan berkas dengan pengodean selain UTF-8.',
    change: (r) => {
      const file = path.join(r, DEST);
      const text = readFileSync(file);
      const at = text.indexOf('summary: ') + 9;
      writeFileSync(file, Buffer.concat([text.subarray(0, at), Buffer.from([0xe9]), text.subarray(at)]));
    },
  },
  { code: 'past-event', did: 'Acara sekali yang sudah lewat.', change: edit(EVENT, 'recurrence: { freq: weekly, weekday: fri }\n', '') },
  // The search synonyms file, content/sinonim-pencarian.yml (src/content/synonyms.ts).
  {
    code: 'synonyms-not-list',
    did: 'Menulis sinonim tanpa tanda "-" di depan kelompok.',
    change: write(SYNONYMS, 'words: [kuliner, makanan]\n'),
  },
  { code: 'synonyms-bad-group', did: 'Menulis satu kata saja sebagai kelompok sinonim.', change: write(SYNONYMS, '- kuliner\n') },
  {
    code: 'synonyms-words',
    did: 'Menulis kelompok sinonim dengan satu kata.',
    change: write(SYNONYMS, '- words: [kuliner]\n'),
  },
  {
    code: 'synonyms-unknown-field',
    did: 'Menulis `kategori` alih-alih `categories`.',
    change: write(SYNONYMS, '- words: [kuliner, makanan]\n  kategori: [food]\n'),
  },
  {
    code: 'synonyms-duplicate',
    did: 'Menulis kata yang sama di dua kelompok sinonim.',
    change: write(SYNONYMS, '- words: [kuliner, makanan]\n- words: [makanan, food]\n'),
  },
  {
    code: 'synonyms-category',
    did: 'Salah ketik kategori di sinonim.',
    change: write(SYNONYMS, '- words: [pantai, beach]\n  categories: [beaches]\n'),
  },
  {
    code: 'synonyms-note',
    did: 'Menulis catatan sinonim tanpa bahasa.',
    change: write(SYNONYMS, '- words: [hotel, penginapan]\n  note: Belum ada penginapan.\n'),
  },
];
