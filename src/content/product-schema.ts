/** The content model of a local product (`content/products/<slug>/index.id.mdx`). Each field carries its documentation for editors (`doc()`). */
import { z } from 'astro/zod';
import { doc, localized, location, price, text, type SchemaContext } from './shared-field-schemas';
import { CERTIFICATIONS, PRODUCT_KINDS } from './vocab';
import { contactField, phoneNumber } from './contact-schema';
import { common, destinationReference, district, districtDoc, perReference } from './entry-fields';

/** A district or a destination, used for where a product comes from and where to buy it. */
const placeRef = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.union([
    z.strictObject({
      /** Slug of a kecamatan. */ district: district().meta(districtDoc('asal atau tempat membeli', 'it comes from or is sold in')),
    }),
    z.strictObject({
      /** Slug of a destination. */
      destination: destinationReference(ctx, '', 'desa-meat'),
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
          { hint: { id: `Pilih salah satu: ${PRODUCT_KINDS.join(', ')}.`, en: `Use one of: ${PRODUCT_KINDS.join(', ')}.` } },
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
          {
            hint: {
              id: 'Tulis asal produk sebagai daftar: `- district: balige` atau `- destination: desa-meat`.',
              en: 'List where it comes from: `- district: balige` or `- destination: desa-meat`.',
            },
          },
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
          {
            hint: {
              id: 'Tulis tempat membeli sebagai daftar: `- district: balige` atau `- destination: onan-balerong`.',
              en: 'List where to buy it: `- district: balige` or `- destination: onan-balerong`.',
            },
          },
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
          /** Phone number in E.164, e.g. +6281234567890. */
          phone: phoneNumber(
            'Telepon',
            'Nomor telepon yang terbuka untuk umum, ditulis +62… (misalnya "+6281234567890").',
            'Public phone number, written +62… (e.g. "+6281234567890").',
          ).optional(),
          /** WhatsApp number in E.164. */
          whatsapp: phoneNumber(
            'WhatsApp',
            'Nomor WhatsApp yang terbuka untuk umum, ditulis +62… (misalnya "+6281234567890").',
            'Public WhatsApp number, written +62… (e.g. "+6281234567890").',
          ).optional(),
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

export const productSchema = <Img, Ref>(ctx: SchemaContext<Img, Ref>) =>
  z.strictObject({ ...common(ctx), ...productFields(ctx), contact: contactField() });
