/** How an event repeats (`recurrence`): the schedule patterns an editor can write, each documented for editors. */
import { z } from 'astro/zod';
import { doc } from './shared-field-schemas';
import { dateValue } from './date-value-schema';
import { WEEKDAYS, WEEKS } from './vocab';

const weekdayField = () =>
  z.enum(WEEKDAYS).meta(
    doc('Hari', 'Hari dalam minggu: mon, tue, wed, thu, fri, sat, sun.', 'Day of the week: mon, tue, wed, thu, fri, sat, sun.', {
      hint: { id: `Pilih salah satu: ${WEEKDAYS.join(', ')}.`, en: `Use one of: ${WEEKDAYS.join(', ')}.` },
    }),
  );
const weekField = () =>
  z.enum(WEEKS).meta(
    doc(
      'Minggu ke-',
      'Hari itu yang ke berapa dalam bulan: first (pertama), second (kedua), third (ketiga), fourth (keempat) atau last (terakhir).',
      'Which one in the month: first, second, third, fourth or last.',
      {
        hint: {
          id: 'Tulis `first`, `second`, `third`, `fourth` atau `last`, misalnya `week: second` untuk Sabtu kedua.',
          en: 'Write `first`, `second`, `third`, `fourth` or `last`, e.g. `week: second` for the second Saturday.',
        },
      },
    ),
  );
const monthField = () =>
  z
    .number()
    .int()
    .min(1)
    .max(12)
    .meta(
      doc('Bulan', 'Nomor bulan, 1 (Januari) sampai 12 (Desember).', 'Month number, 1 (January) to 12 (December).', {
        hint: {
          id: 'Tulis nomor bulan tanpa tanda kutip, 1 sampai 12, misalnya `month: 7` untuk Juli.',
          en: 'Write the month number without quotes, 1 to 12, e.g. `month: 7` for July.',
        },
      }),
    );

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
        {
          hint: {
            id: 'Tulis tanggal yang batal sebagai daftar, misalnya `except: [2028-07-08]`.',
            en: 'List cancelled days, e.g. `except: [2028-07-08]`.',
          },
        },
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
        {
          hint: {
            id: 'Tulis setiap pemindahan seperti `- { from: 2029-07-14, to: 2029-07-21 }`.',
            en: 'Write each move like `- { from: 2029-07-14, to: 2029-07-21 }`.',
          },
        },
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
      .meta(
        doc('Hari-hari', 'Beberapa hari seminggu, misalnya `[tue, fri]`.', 'Several days a week, e.g. `[tue, fri]`.', {
          hint: { id: 'Tulis daftar hari, misalnya `weekdays: [tue, fri]`.', en: 'Write a list of days, e.g. `weekdays: [tue, fri]`.' },
        }),
      ),
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
