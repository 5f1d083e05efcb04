/**
 * The web app manifest of each language and its icons (src/pages/icons/,
 * src/build/pwa-icons.ts). Apart from the worker's rules (./caches.ts) because it needs the UI
 * strings, which the service worker and the page scripts must not carry.
 */
import { routeUrl } from '../routes';
import { t } from '../i18n';
import { LOCALE, type Lang } from '../locales';
import { COLORS } from '../brand/tokens';

/** Icons written by src/pages/icons/[icon].png.ts. */
export const ICONS = [
  { name: 'icon-192', size: 192, maskable: false },
  { name: 'icon-512', size: 512, maskable: false },
  { name: 'maskable-512', size: 512, maskable: true },
] as const;

/** The deep lake blue of the design tokens (src/lib/brand/tokens.ts). */
export const THEME_COLOR = COLORS.deep.value;
export const BACKGROUND_COLOR = '#ffffff';

/** The web app manifest of a language: start at that language's home page. */
export function webManifest(base: string, lang: Lang, name: string) {
  const home = routeUrl(base, lang, 'home');
  return {
    id: home,
    name: `${name}: ${t(lang, 'pwa.tagline')}`,
    short_name: name,
    description: t(lang, 'pwa.description'),
    lang: LOCALE[lang],
    start_url: home,
    scope: base,
    display: 'standalone',
    background_color: BACKGROUND_COLOR,
    theme_color: THEME_COLOR,
    icons: ICONS.map((i) => ({
      src: `${base}icons/${i.name}.png`,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.maskable ? 'maskable' : 'any',
    })),
    shortcuts: (['map', 'events', 'saved'] as const).map((r) => ({ name: t(lang, `nav.${r}`), url: routeUrl(base, lang, r) })),
  };
}

/** Where each language's manifest is served. */
export const manifestUrl = (base: string, lang: Lang) => `${routeUrl(base, lang, 'home')}manifest.webmanifest`;
