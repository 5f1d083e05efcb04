/**
 * Contact details the office fills in for a destination, an event or a product (and a product's sellers):
 * WhatsApp, phone, e-mail, Instagram, website and marketplace shops. One factory, so every entry type, the CMS,
 * the field reference, `npm run new` and the checker's messages read the same fields and the same advice.
 *
 * Only publish what the owner has made public (a number printed on a sign, a shop page): never a private number.
 * The reading of a number (E.164, the common mistakes) lives in src/lib/contact/phone.ts; the words of the
 * messages in ./custom-issue-messages.ts.
 */
import { z } from 'astro/zod';
import { checkPhone, PHONE_PATTERN } from '../lib/contact/phone';
import { EMAIL_RE, instagramHandle } from '../lib/contact/links';
import { doc, text, url } from './shared-field-schemas';
import { once } from './entry-fields';

const PHONE_HINT = {
  id: 'Tulis nomor dalam bentuk internasional, dalam tanda kutip: +62 lalu nomornya tanpa 0 di depan, tanpa spasi atau tanda hubung, misalnya `"+6281234567890"` (bukan 0812-3456-7890).',
  en: 'Write the number in international form, in quotes: +62 then the number without its leading 0, no spaces or hyphens, e.g. `"+6281234567890"` (not 0812-3456-7890).',
};

/**
 * A phone or WhatsApp number in E.164 (`+6281234567890`). A malformed one is refused with what is wrong and,
 * where the mistake has one reading, the number as it should be written (`phone-format`).
 */
export const phoneNumber = (label: string, id: string, en: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = checkPhone(value);
      if (problem) ctx.addIssue({ code: 'custom', message: 'phone-format', params: { value, ...problem } });
    })
    // `pattern` travels into the JSON Schema, so the CMS checks the form before saving (src/content/cms/config.ts).
    .meta({ ...doc(label, id, en, { hint: PHONE_HINT, example: '+6281234567890' }), pattern: PHONE_PATTERN });

/** The contact group of an entry. Every field is optional; leave out what is not public. */
export const contact = () =>
  z.strictObject({
    /** WhatsApp number, +62…: the page shows a button that opens a chat naming the entry. */
    whatsapp: phoneNumber(
      'WhatsApp',
      'Nomor WhatsApp yang terbuka untuk umum, ditulis +62… (misalnya "+6281234567890"); halaman menampilkan tombol yang membuka obrolan.',
      'Public WhatsApp number, written +62… (e.g. "+6281234567890"); the page shows a button that opens a chat.',
    ).optional(),
    /** Phone number, +62…: the page shows a button that calls it (`tel:`). */
    phone: phoneNumber(
      'Telepon',
      'Nomor telepon yang terbuka untuk umum, ditulis +62… (misalnya "+62632123456" untuk telepon rumah di Balige).',
      'Public phone number, written +62… (e.g. "+62632123456" for a Balige landline).',
    ).optional(),
    /** E-mail address. */
    email: z
      .string()
      .trim()
      .regex(EMAIL_RE)
      .optional()
      .meta(
        doc('Surel', 'Alamat surel (e-mail), misalnya info@contoh.id.', 'E-mail address, e.g. info@example.id.', {
          hint: {
            id: 'Tulis alamat surel lengkap, misalnya `info@contoh.id`.',
            en: 'Write a full e-mail address, e.g. `info@example.id`.',
          },
        }),
      ),
    /** Instagram account: `@name`, `name` or its address; the site always links https://www.instagram.com/name/. */
    instagram: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        if (instagramHandle(value) === undefined) ctx.addIssue({ code: 'custom', message: 'instagram-format', params: { value } });
      })
      .optional()
      .meta(
        doc(
          'Instagram',
          'Akun Instagram: `@nama`, `nama` atau alamatnya (https://www.instagram.com/nama/).',
          'Instagram account: `@name`, `name` or its address (https://www.instagram.com/name/).',
          {
            hint: {
              id: 'Tulis nama akun seperti `"@namaakun"` (dalam tanda kutip) atau alamat lengkapnya `https://www.instagram.com/namaakun/`.',
              en: 'Write the account as `"@accountname"` (in quotes) or its full address `https://www.instagram.com/accountname/`.',
            },
          },
        ),
      ),
    /** Website. */
    website: url()
      .optional()
      .meta(doc('Situs web', 'Alamat situs web resminya (https://…).', 'Its official website (https://…).')),
    /** Shops on online marketplaces, each with its name and address. */
    marketplaces: z
      .array(
        z.strictObject({
          /** The marketplace's name, e.g. Tokopedia. */
          name: text('Nama', 'Nama lapak atau marketplace-nya, misalnya Tokopedia.', 'Name of the marketplace, e.g. Tokopedia.'),
          /** The shop's address. */
          url: url().meta(doc('Alamat', 'Alamat lapaknya (https://…).', "The shop's address (https://…).")),
        }),
      )
      .optional()
      .meta(
        doc(
          'Lapak daring',
          'Lapak di marketplace daring, masing-masing dengan nama dan alamatnya.',
          'Shops on online marketplaces, each with its name and address.',
        ),
      ),
  });
export type Contact = z.infer<ReturnType<typeof contact>>;

/** The `contact` field as it stands in an entry: optional, documented (built once: see `once`). */
export const contactField = once(() =>
  contact()
    .optional()
    .meta(
      doc(
        'Kontak',
        'Kontak yang terbuka untuk umum: WhatsApp, telepon, surel, Instagram, situs web, lapak daring. Semua boleh kosong; jangan menulis nomor pribadi tanpa izin pemiliknya.',
        'Public contacts: WhatsApp, phone, e-mail, Instagram, website, online shops. All optional; never publish a private number without its owner’s consent.',
        { example: { whatsapp: '+6281234567890', instagram: '@namaakun' } },
      ),
    ),
);
