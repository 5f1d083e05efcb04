/**
 * The brand kit: the files under /merek-kit/ that the brand page links to
 * (the logo and mark as SVG masters and PNGs, the tokens as CSS and JSON),
 * and the text of the token files. The files are written at build time by
 * src/pages/merek-kit/[file].ts (the logos drawn by src/build/brand-kit.ts).
 */
import { COLORS, SIZES, TYPEFACES, cssCustomProperties } from './tokens';
import type { LogoTheme } from './logo';
import { joinPath } from '../routes';

/** The folder of the kit's files, beside the site's pages: /merek-kit/. */
export const KIT_SEGMENT = 'merek-kit';

/** URL of a file of the kit, e.g. kitUrl('/', 'tokens.css') → '/merek-kit/tokens.css'. */
export const kitUrl = (base: string, file: string): string => `${joinPath(base, KIT_SEGMENT)}${file}`;

/** Widths of the PNG copies, in pixels. */
export const PNG_SIZES = [256, 512, 1024] as const;

export type LogoShape = 'logo' | 'mark';
/** A logo file: its SVG master, or a PNG copy `width` pixels wide. */
export interface LogoFile {
  kind: 'svg' | 'png';
  name: string;
  shape: LogoShape;
  theme: LogoTheme;
  width?: number;
}
export type KitFile = LogoFile | { kind: 'css' | 'json'; name: string };

export const isLogoFile = (f: KitFile): f is LogoFile => f.kind === 'svg' || f.kind === 'png';

const stem = (shape: LogoShape, theme: LogoTheme) => `jelajah-toba-${shape}${theme === 'dark' ? '-dark' : ''}`;

/** Every file of the kit, in the order the page lists them. */
export function kitFiles(): KitFile[] {
  const logos = (['logo', 'mark'] as const).flatMap((shape) =>
    (['light', 'dark'] as const).flatMap((theme): KitFile[] => [
      { kind: 'svg', name: `${stem(shape, theme)}.svg`, shape, theme },
      ...PNG_SIZES.map((width): KitFile => ({ kind: 'png', name: `${stem(shape, theme)}-${width}.png`, shape, theme, width })),
    ]),
  );
  return [...logos, { kind: 'css', name: 'tokens.css' }, { kind: 'json', name: 'tokens.json' }];
}

/** The tokens as a CSS file of custom properties, the same `:root` block as src/styles/global/tokens.css. */
export function tokensCss(siteName: string, pageUrl: string): string {
  const lines = cssCustomProperties().map(([k, v]) => `  --${k}: ${v};`);
  return `/* ${siteName} design tokens. Guidance: ${pageUrl} */\n:root {\n${lines.join('\n')}\n}\n`;
}

/** The tokens as JSON in the Design Tokens Community Group format ($value, $type, $description). */
export function tokensJson(siteName: string, pageUrl: string): string {
  const color = Object.fromEntries(
    Object.entries(COLORS).map(([k, c]) => [k, { $type: 'color', $value: c.value, $description: `${c.name.en}: ${c.use.en}` }]),
  );
  const tokens = {
    $description: `${siteName} design tokens. Guidance: ${pageUrl}`,
    color,
    font: {
      body: { $type: 'fontFamily', $value: SIZES.font.split(',').map((f) => f.trim().replace(/^'|'$/g, '')) },
      regular: { $type: 'fontWeight', $value: TYPEFACES[0]!.weights[0] },
      bold: { $type: 'fontWeight', $value: TYPEFACES[0]!.weights[1] },
    },
    radius: { $type: 'dimension', $value: SIZES.radius },
    wrap: { $type: 'dimension', $value: SIZES.wrap, $description: 'Widest text column' },
    focus: {
      $type: 'color',
      $value: '{color.red}',
      $description: 'Focus ring on light backgrounds; white on the navy header and dark footer',
    },
  };
  return `${JSON.stringify(tokens, null, 2)}\n`;
}
