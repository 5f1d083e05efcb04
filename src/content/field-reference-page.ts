/**
 * Renders docs/field-reference.md, the bilingual list of every content field,
 * from the schemas (through ./schema-field-tree.ts). `npm run docs:fields` writes
 * it; a unit test fails when the committed file differs from this output.
 */
import { fieldsOf, type FieldNode, type FileKind } from './schema-field-tree';

interface Section {
  kind: FileKind;
  heading: string;
  file: string;
  intro: string;
}

const SECTIONS: Section[] = [
  {
    kind: 'destinations',
    heading: 'Destinasi · Destinations',
    file: 'content/destinations/<slug>/index.id.mdx',
    intro:
      'Tempat wisata. Buat dengan `npm run new -- destinasi "Nama Tempat" --kecamatan Balige`. · Places to visit. Create one with `npm run new -- destination "Name" --district balige`.',
  },
  {
    kind: 'events',
    heading: 'Acara · Events',
    file: 'content/events/<slug>/index.id.mdx',
    intro:
      'Festival dan acara; satu entri per edisi, atau satu entri dengan `recurrence` untuk acara rutin. Buat dengan `npm run new -- acara "Nama Acara 2027" --kecamatan Balige`. · Festivals and events: one entry per edition, or one entry with `recurrence` for a regular event. Create one with `npm run new -- event "Name 2027" --district balige`.',
  },
  {
    kind: 'products',
    heading: 'Produk · Products',
    file: 'content/products/<slug>/index.id.mdx',
    intro:
      'Produk lokal (UMKM). Buat dengan `npm run new -- produk "Nama Produk" --kecamatan Balige`. · Local products. Create one with `npm run new -- product "Name" --district balige`.',
  },
  {
    kind: 'districts',
    heading: 'Pengantar kecamatan · District intros',
    file: 'content/districts/<kecamatan>/index.id.mdx',
    intro:
      'Teks pembuka halaman kecamatan; nama folder harus slug kecamatan. · The opening text of a district page; the folder must be the district slug.',
  },
  {
    kind: 'pages',
    heading: 'Halaman informasi · Information pages',
    file: 'content/pages/<about|getting-here|about-toba>/index.id.mdx',
    intro:
      'Halaman tetap seperti "Cara ke Toba"; `index.en.mdx` memakai isian yang sama. · Fixed pages such as "Getting here"; `index.en.mdx` uses the same fields.',
  },
  {
    kind: 'itineraries',
    heading: 'Ide perjalanan · Trip ideas',
    file: 'content/itineraries/<slug>/index.id.mdx',
    intro:
      "Rencana perjalanan siap pakai: hari-hari, masing-masing berisi perhentian di destinasi yang sudah ada dan punya titik peta. Salin folder ide perjalanan yang ada lalu ubah isinya (lihat docs/panduan-editor.md). · Ready-made trip plans: days, each with stops at existing destinations that have a map point. Copy an existing trip idea's folder and change it (see docs/panduan-editor.md).",
  },
  {
    kind: 'translation',
    heading: 'Berkas bahasa Inggris · The English file',
    file: 'content/<collection>/<slug>/index.en.mdx',
    intro:
      'Hanya teks: judul, ringkasan dan isi dalam bahasa Inggris. Fakta (lokasi, harga, foto…) ditulis sekali saja di `index.id.mdx`. · Prose only: title, summary and body in English. Facts (location, prices, photos…) are written once, in `index.id.mdx`.',
  },
];

const TYPE_NAMES: Record<FieldNode['type'], string> = {
  text: 'teks · text',
  number: 'angka · number',
  integer: 'bilangan bulat · whole number',
  boolean: '`true` / `false`',
  date: 'tanggal · date (`2026-06-17`)',
  url: 'alamat web · web address (`https://…`)',
  image: 'berkas foto · photo file (`./foto.jpg`)',
  reference: 'slug destinasi · destination slug',
  choice: 'pilihan · choice',
  group: 'kelompok isian · group of fields',
  list: 'daftar · list',
  variants: 'salah satu bentuk · one of the forms',
};

const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|');

function valueOf(f: FieldNode): string {
  if (f.type === 'choice') return f.values!.length === 1 ? code(f.values![0]) : `${TYPE_NAMES.choice}: ${f.values!.map(code).join(', ')}`;
  if (f.type === 'list' && f.item) {
    const inner = f.item.type === 'choice' ? `${TYPE_NAMES.choice}: ${f.item.values!.map(code).join(', ')}` : TYPE_NAMES[f.item.type];
    return `${TYPE_NAMES.list} · ${inner}`;
  }
  if (f.type === 'list') return `${TYPE_NAMES.list} · ${TYPE_NAMES.group}`;
  return TYPE_NAMES[f.type];
}

function requiredOf(f: FieldNode): string {
  if (f.required) return 'ya · yes';
  return f.default !== undefined ? `tidak · no (bawaan · default ${code(f.default)})` : 'tidak · no';
}

/** Table rows for a field and everything inside it; `form` labels the shape of a union. */
function rows(f: FieldNode, form = ''): string[] {
  const name = `${code(f.path)}${form ? ` (${form})` : ''}`;
  const own = `| ${name} | ${requiredOf(f)} | ${cell(valueOf(f))} | ${cell(f.label === f.name ? '' : `**${f.label}.** `)}${cell(f.id)} | ${cell(f.en)} |`;
  const inner = (f.fields ?? []).flatMap((c) => rows(c, form));
  const forms = (f.variants ?? []).flatMap((v, i) => v.flatMap((c) => rows(c, String.fromCharCode(65 + i))));
  return [own, ...inner, ...forms];
}

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');

function section(s: Section): string {
  return [
    `## ${s.heading}`,
    '',
    `Berkas · File: \`${s.file}\``,
    '',
    s.intro,
    '',
    '| Isian · Field | Wajib · Required | Isi · Value | Keterangan | Description |',
    '| --- | --- | --- | --- | --- |',
    ...fieldsOf(s.kind).flatMap((f) => rows(f)),
  ].join('\n');
}

/** The whole of docs/field-reference.md. */
export function renderFieldReference(): string {
  const toc = SECTIONS.map((s) => `- [${s.heading}](#${anchor(s.heading)})`);
  return [
    '<!-- Dibuat otomatis oleh `npm run docs:fields` dari src/content/schema.ts; jangan diubah langsung. -->',
    '<!-- Generated by `npm run docs:fields` from src/content/schema.ts; do not edit by hand. -->',
    '',
    '# Daftar isian konten · Content field reference',
    '',
    'Setiap entri adalah satu folder di `content/`, berisi `index.id.mdx` (semua fakta dan teks bahasa Indonesia) dan `index.en.mdx` (teks bahasa Inggris). Isian ditulis di bagian atas berkas, di antara dua baris `---`; isi halaman ditulis di bawahnya. Panduan langkah demi langkah: [panduan-editor.md](panduan-editor.md).',
    '',
    'Each entry is a folder in `content/` holding `index.id.mdx` (all facts and the Indonesian text) and `index.en.mdx` (the English text). Fields go at the top of the file, between two `---` lines; the body text goes below. Step-by-step guide: [editor-guide.md](editor-guide.md).',
    '',
    '- **Wajib · Required**: "ya" harus diisi; "tidak" boleh dihapus. Isian di dalam kelompok (misalnya `location.lat`) atau daftar (`photos[].alt`) wajib hanya bila kelompok atau butir daftarnya ada. · "yes" must be filled in; "no" may be left out. A field inside a group (e.g. `location.lat`) or a list item (`photos[].alt`) is required only when that group or item is there.',
    '- **(A) / (B)**: isian yang punya beberapa bentuk; tulis salah satu saja. · Fields with several forms; write one of them.',
    '- `[]` berarti setiap butir daftar. · `[]` means each item of a list.',
    '',
    ...toc,
    '',
    ...SECTIONS.map(section).flatMap((s) => [s, '']),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
