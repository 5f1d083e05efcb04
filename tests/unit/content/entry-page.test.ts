/**
 * The props every entry page hands its layout (src/content/views/entry-page.ts), and the words of an entry in
 * a language beneath them (src/content/translation.ts): the translation where it is written, Indonesian with
 * the notice where it is not, and the breadcrumbs through the entry's listing; and the props of the pages
 * the site writes about itself.
 */
import { describe, expect, it } from 'vitest';
import { entryPageProps, sitePageProps, type PageEntry } from '../../../src/content/views/entry-page';
import { kitUrl } from '../../../src/lib/brand/kit';
import { BASE } from '../../../src/lib/paths';
import { t } from '../../../src/lib/i18n';
import { routeUrl } from '../../../src/lib/paths';

const translated: PageEntry = {
  slug: 'pantai-uji',
  data: { title: 'Pantai Uji', summary: 'Pantai berpasir putih.' },
  source: { body: 'Teks Indonesia.' },
  en: { data: { title: 'Uji Beach', summary: 'A white sand beach.' }, body: 'English text.' },
};
const untranslated: PageEntry = { ...translated, en: undefined };

describe('entryPageProps', () => {
  it('gives the English page the English title, summary and body, without the notice', () => {
    expect(entryPageProps(translated, 'en', 'destinations')).toEqual({
      lang: 'en',
      title: 'Uji Beach',
      summary: 'A white sand beach.',
      fallback: false,
      breadcrumbs: [{ label: t('en', 'destinations.title'), href: routeUrl('en', 'destinations') }, { label: 'Uji Beach' }],
      text: 'English text.',
    });
  });

  it('falls back to the Indonesian words, with the notice, where the translation is not written', () => {
    const props = entryPageProps(untranslated, 'en', 'events');
    expect(props).toMatchObject({ title: 'Pantai Uji', summary: 'Pantai berpasir putih.', text: 'Teks Indonesia.', fallback: true });
    expect(props.breadcrumbs).toEqual([{ label: t('en', 'events.title'), href: routeUrl('en', 'events') }, { label: 'Pantai Uji' }]);
  });

  it('shows the Indonesian page in Indonesian, whether or not a translation exists', () => {
    for (const entry of [translated, untranslated]) {
      expect(entryPageProps(entry, 'id', 'products')).toMatchObject({
        lang: 'id',
        title: 'Pantai Uji',
        text: 'Teks Indonesia.',
        fallback: false,
      });
    }
  });

  it('keeps the Indonesian title when the English file gives none, and the slug when neither does', () => {
    const noEnglishTitle: PageEntry = { ...translated, en: { data: { summary: 'A white sand beach.' } } };
    expect(entryPageProps(noEnglishTitle, 'en').title).toBe('Pantai Uji');
    expect(entryPageProps(noEnglishTitle, 'en').text).toBeUndefined();
    expect(entryPageProps({ ...untranslated, data: { summary: 'Tanpa judul.' } }, 'id').title).toBe('pantai-uji');
  });

  it('puts a practical page under the home page alone, and a trip idea under its listing', () => {
    expect(entryPageProps(translated, 'id').breadcrumbs).toEqual([{ label: 'Pantai Uji' }]);
    expect(entryPageProps(translated, 'id', 'itineraries').breadcrumbs[0]).toEqual({
      label: t('id', 'itineraries.title'),
      href: routeUrl('id', 'itineraries'),
    });
  });
});

describe('sitePageProps', () => {
  it('gives a page about the site its own words in every language, under the home page, with the mark as thumbnail', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(sitePageProps(lang, 'Merek', 'Ringkasan.')).toEqual({
        lang,
        title: 'Merek',
        summary: 'Ringkasan.',
        fallback: false,
        breadcrumbs: [{ label: 'Merek' }],
        text: undefined,
        search: { kind: 'page' },
        image: { src: kitUrl(BASE, 'jelajah-toba-mark.svg') },
      });
    }
  });
});
