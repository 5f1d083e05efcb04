/** A photo stored next to an entry, with alt text, a credit and a licence (the `photos` of every entry). */
import { z } from 'astro/zod';
import { doc, localized, type SchemaContext } from './shared-field-schemas';

/** A photo stored next to the entry, with alt text and a credit. */
export const photo = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({
    /** File next to the entry, e.g. `./pantai.jpg`. */
    src: ctx.image().meta(
      doc(
        'Berkas foto',
        'Berkas foto di folder yang sama dengan entri, misalnya `./pantai.jpg` (.jpg, .png, .webp).',
        "Photo file in the entry's own folder, e.g. `./pantai.jpg` (.jpg, .png, .webp).",
        {
          hint: {
            id: 'Letakkan file foto di folder yang sama dan tulis `src: ./nama-foto.jpg`.',
            en: 'Put the photo file in the same folder and write `src: ./photo-name.jpg`.',
          },
        },
      ),
    ),
    /** What the photo shows, for people who cannot see it. */
    alt: localized().meta(
      doc(
        'Teks alternatif',
        'Apa isi foto, bagi orang yang tidak bisa melihatnya (pembaca layar) dan saat foto gagal dimuat.',
        'What the photo shows, for people who cannot see it (screen readers) and when it fails to load.',
        {
          hint: {
            id: 'Setiap foto perlu teks alternatif yang menjelaskan isi foto bagi orang yang tidak bisa melihatnya:\n  alt:\n    id: Pasir putih dan perahu di tepi danau\n    en: White sand and boats on the lake shore',
            en: 'Every photo needs alt text describing it for people who cannot see it:\n  alt:\n    id: Pasir putih dan perahu di tepi danau\n    en: White sand and boats on the lake shore',
          },
        },
      ),
    ),
    /** Who took it (or who owns it), shown under the photo. */
    credit: z
      .string()
      .trim()
      .min(1)
      .meta(
        doc(
          'Kredit foto',
          'Siapa pemotret atau pemilik foto; tampil di bawah foto.',
          'Who took the photo (or owns it); shown under the photo.',
          {
            hint: {
              id: 'Tulis siapa pemotret atau pemilik foto, misalnya `credit: Dinas Pariwisata Kabupaten Toba`. Jangan memakai foto yang pemiliknya tidak diketahui.',
              en: 'Write who took or owns the photo, e.g. `credit: Dinas Pariwisata Kabupaten Toba`. Do not use photos whose owner is unknown.',
            },
          },
        ),
      ),
    /** The licence the site may use it under, shown under the photo, e.g. `CC BY 4.0` or `Milik Pemkab Toba`. */
    license: z
      .string()
      .trim()
      .min(1)
      .meta(
        doc(
          'Lisensi foto',
          'Lisensi pemakaian foto, tampil di bawah foto, misalnya `CC BY 4.0`, atau `Milik Pemkab Toba` bila milik Pemerintah Kabupaten.',
          'The licence the site uses it under, shown under the photo, e.g. `CC BY 4.0`, or `Milik Pemkab Toba` when the regency owns it.',
          {
            hint: {
              id: 'Tulis lisensi foto, misalnya `license: CC BY 4.0`, atau `license: Milik Pemkab Toba` bila foto milik Pemerintah Kabupaten. Tanpa izin pemiliknya, jangan pakai fotonya.',
              en: "Write the licence, e.g. `license: CC BY 4.0`, or `license: Milik Pemkab Toba` when the regency owns it. Without the owner's permission, do not use the photo.",
            },
          },
        ),
      ),
  });
