/**
 * Practical travel facts as data (`travel:` in content/pages/getting-here/index.id.mdx): each way of getting to
 * or around Toba is a leg with its distance, time, timetable and fares, the year they were reported, how sure we
 * are, and its sources. The page draws them (src/components/entry/TravelFacts.astro) and destination pages in the
 * leg's districts link to it; `unknown` says plainly what nobody has confirmed yet, so the office can add it.
 */
import { z } from 'astro/zod';
import { doc, localized, price, slug, url } from './shared-field-schemas';
import { district, districtDoc } from './entry-fields';

export const TRAVEL_MODES = ['air', 'road', 'ferry', 'boat'] as const;
/** The fact sheet's confidence tags: several sources agree, one decent source, a weak source, sources conflict. */
export const CONFIDENCES = ['solid', 'ok', 'weak', 'flag'] as const;

const TIME_RE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const num = (label: string, id: string, en: string) =>
  z
    .number()
    .positive()
    .optional()
    .meta(doc(label, id, en));

/** One way of getting somewhere: a flight, a road, a ferry, a boat. */
const leg = z.strictObject({
  /** Short slug, the leg's anchor on the page (`#feri-ajibata-ambarita`). */
  id: slug().meta(
    doc(
      'Kode',
      'Kode pendek (slug) bagian ini, dipakai sebagai jangkar tautan, misalnya `feri-ajibata-ambarita`.',
      'Short slug, the anchor of the leg, e.g. `feri-ajibata-ambarita`.',
      {
        hint: {
          id: 'Tulis huruf kecil, angka dan tanda hubung, misalnya `id: feri-ajibata-ambarita`.',
          en: 'Write lower-case letters, digits and hyphens, e.g. `id: feri-ajibata-ambarita`.',
        },
      },
    ),
  ),
  /** air, road, ferry or boat. */
  mode: z
    .enum(TRAVEL_MODES)
    .meta(doc('Moda', 'air (pesawat), road (jalan darat), ferry (kapal feri) atau boat (perahu).', 'air, road, ferry or boat.')),
  /** Name of the leg, e.g. `{ id: Bandara Silangit – Balige, en: Silangit airport – Balige }`. */
  title: localized().meta(
    doc('Nama', 'Nama rute, misalnya "Bandara Silangit – Balige".', 'Name of the route, e.g. "Silangit airport – Balige".'),
  ),
  /** `true` when the starting point lies outside Kabupaten Toba (Silangit is in Tapanuli Utara). */
  outsideToba: z
    .boolean()
    .default(false)
    .meta(
      doc(
        'Di luar Toba',
        '`true` bila titik awalnya di luar Kabupaten Toba (Silangit ada di Tapanuli Utara).',
        '`true` when it starts outside Kabupaten Toba (Silangit is in Tapanuli Utara).',
      ),
    ),
  /** Distance in km (the lower figure when sources differ). */
  distanceKm: num(
    'Jarak (km)',
    'Jarak dalam km (angka terendah bila sumber berbeda).',
    'Distance in km (the lower figure when sources differ).',
  ),
  /** Upper figure when sources differ. */
  distanceKmMax: num('Jarak terjauh (km)', 'Angka tertinggi bila sumber menyebut jarak berbeda.', 'Upper figure when sources differ.'),
  /** `true` when the distance is a straight line, not by road. */
  straightLine: z
    .boolean()
    .default(false)
    .meta(
      doc(
        'Garis lurus',
        '`true` bila jaraknya garis lurus, bukan lewat jalan.',
        '`true` when the distance is a straight line, not by road.',
      ),
    ),
  /** Time in minutes (the shortest quoted). */
  minutes: num(
    'Waktu (menit)',
    'Waktu tempuh dalam menit (yang tersingkat bila sumber berbeda).',
    'Time in minutes (the shortest quoted).',
  ),
  /** The longest time quoted. */
  minutesMax: num('Waktu terlama (menit)', 'Waktu tempuh terlama yang disebut sumber.', 'The longest time quoted.'),
  /** Departures, by the place they leave from. */
  departures: z
    .array(
      z.strictObject({
        /** Where they leave from. */
        from: localized().meta(doc('Dari', 'Tempat berangkat.', 'Where they leave from.')),
        /** Times as "08:00". */
        times: z
          .array(z.string().regex(TIME_RE))
          .min(1)
          .meta(doc('Jam', 'Jam berangkat, misalnya ["08:00", "11:00"].', 'Departure times, e.g. ["08:00", "11:00"].')),
        /** What is uncertain about these times. */
        note: localized()
          .optional()
          .meta(doc('Catatan', 'Hal yang belum pasti tentang jadwal ini.', 'What is uncertain about these times.')),
      }),
    )
    .default([])
    .meta(doc('Jadwal', 'Jadwal keberangkatan, per tempat berangkat.', 'Departures, by the place they leave from.')),
  /** Fares, each with the year it was reported. */
  fares: z
    .array(price())
    .default([])
    .meta(doc('Tarif', 'Tarif, masing-masing dengan tahun dilaporkan.', 'Fares, each with the year it was reported.')),
  /** The year these facts were reported (the latest, when sources differ). */
  year: z
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .meta(
      doc(
        'Tahun data',
        'Tahun fakta ini dilaporkan (yang terbaru bila sumber berbeda). Kosongkan bila sumbernya tidak bertanggal: halaman lalu menulis "tahun tidak diketahui".',
        'The year these facts were reported (the latest, when sources differ). Leave out when the source is undated: the page then says so.',
      ),
    ),
  /** How sure we are: solid, ok, weak or flag (sources conflict). */
  confidence: z
    .enum(CONFIDENCES)
    .meta(
      doc(
        'Keyakinan',
        'Seberapa yakin: solid (beberapa sumber sepakat), ok (satu sumber baik), weak (sumber lemah), flag (sumber bertentangan).',
        'How sure we are: solid (several sources agree), ok (one decent source), weak (a weak source), flag (sources conflict).',
      ),
    ),
  /** What to check before travelling, shown as a warning. */
  caution: localized()
    .optional()
    .meta(
      doc(
        'Periksa dulu',
        'Hal yang harus diperiksa sebelum berangkat; tampil sebagai peringatan.',
        'What to check before travelling, shown as a warning.',
      ),
    ),
  /** Anything else worth knowing. */
  note: localized()
    .optional()
    .meta(doc('Catatan', 'Keterangan lain yang berguna.', 'Anything else worth knowing.')),
  /** Destination pages in these kecamatan link to this leg. */
  districts: z
    .array(district().meta(districtDoc('yang dilayani', 'served')))
    .default([])
    .meta(
      doc(
        'Kecamatan terdekat',
        'Halaman destinasi di kecamatan ini menautkan ke bagian ini.',
        'Destination pages in these kecamatan link to this leg.',
      ),
    ),
  /** Web pages the facts come from. */
  sources: z
    .array(url())
    .default([])
    .meta(doc('Sumber', 'Alamat web sumber fakta ini.', 'Web pages the facts come from.')),
});
export type TravelLeg = z.output<typeof leg>;

/** The `travel` field of a practical page. */
export const travel = () =>
  z
    .strictObject({
      /** The ways of getting here and around. */
      legs: z
        .array(leg)
        .min(1)
        .meta(doc('Rute', 'Cara menuju dan berkeliling Toba, satu per rute.', 'The ways of getting here and around, one per route.')),
      /** What nobody has confirmed yet (current fares, buses, travel minibuses), said plainly on the page. */
      unknown: z
        .array(localized())
        .default([])
        .meta(
          doc(
            'Belum diketahui',
            'Hal yang belum diketahui (tarif terbaru, bus, travel), ditulis terus terang di halaman. Hapus butirnya bila sudah dilengkapi.',
            'What nobody has confirmed yet (current fares, buses, travel minibuses), said plainly on the page. Remove an item once it is filled in.',
          ),
        ),
    })
    .superRefine((t, ctx) => {
      const seen = new Set<string>();
      t.legs.forEach((l, i) => {
        if (seen.has(l.id)) ctx.addIssue({ code: 'custom', message: 'duplicate-leg', path: ['legs', i, 'id'], params: { value: l.id } });
        seen.add(l.id);
      });
    });
export type Travel = z.output<ReturnType<typeof travel>>;
