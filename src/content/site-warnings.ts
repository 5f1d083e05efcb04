/**
 * Warnings about the site configuration (src/config/site.ts) rather than an
 * entry: settings the site builds without but that a reader would miss.
 * `npm run check:content` prints them with the content warnings.
 */
import type { ContentIssue } from './messages';
import { pressContact, type PressConfig } from '../lib/brand/press';

/** The warnings for a configuration; `file` is where the setting lives. */
export function siteWarnings(config: { press: PressConfig }, file = 'src/config/site.ts'): ContentIssue[] {
  if (pressContact(config.press)) return [];
  return [
    {
      file,
      field: 'press',
      code: 'press-contact-missing',
      message: {
        id: 'Halaman media (/media/) tidak menampilkan kontak media karena belum ada yang diisi.',
        en: 'The press page (/en/press/) shows no press contact because none is set.',
      },
      fix: {
        id: 'Isi variabel lingkungan JELAJAH_PRESS_EMAIL (dan/atau JELAJAH_PRESS_PHONE, dengan JELAJAH_PRESS_NAME) saat membangun situs, atau isian `press` di src/config/site.ts.',
        en: 'Set the environment variable JELAJAH_PRESS_EMAIL (and/or JELAJAH_PRESS_PHONE, with JELAJAH_PRESS_NAME) for the build, or the `press` setting in src/config/site.ts.',
      },
    },
  ];
}
