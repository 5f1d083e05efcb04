/** A category's glyph (the cover-art drawings of src/lib/cover.ts) as a small inline SVG for markers and legends. */
import { GLYPHS } from '../cover';

export const glyphSvg = (key: string) =>
  `<svg viewBox="0 0 100 100" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="8" stroke-linecap="round" stroke-linejoin="round">${GLYPHS[key] ?? GLYPHS.nature}</g></svg>`;
