/**
 * Colour contrast as WCAG 2.2 defines it (relative luminance, contrast ratio),
 * for the checks that the focus ring stands out from what is behind it (WCAG
 * 1.4.11, at least 3:1): the unit test on the site's colour pairs and the e2e
 * test that reads the computed colours of every focusable element
 * (tests/e2e/targets.spec.ts). Pure; accepts the colours as CSS writes them
 * in hex or as getComputedStyle() returns them (`rgb(…)`, `rgba(…)`).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1. */
  a: number;
}

/** Parses `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)`, `rgba(r, g, b, a)` and `rgb(r g b / a)`; undefined for anything else. */
export function parseColor(css: string): Rgba | undefined {
  const c = css.trim().toLowerCase();
  if (c === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(c);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((x) => x + x).join('') : hex[1]!;
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(c);
  if (!fn) return undefined;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const num = (p: string, max: number) => (p.endsWith('%') ? (parseFloat(p) / 100) * max : parseFloat(p));
  const [r, g, b] = parts.slice(0, 3).map((p) => num(p, 255)) as [number, number, number];
  const a = parts[3] === undefined ? 1 : num(parts[3], 1);
  return [r, g, b, a].every(Number.isFinite) ? { r, g, b, a } : undefined;
}

/** `top` painted over an opaque `bottom` (alpha compositing). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG's relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The contrast ratio of two colours, 1 to 21; a translucent `fg` is first painted over `bg`. */
export function contrast(fg: Rgba | string, bg: Rgba | string): number {
  const b = typeof bg === 'string' ? parseColor(bg) : bg;
  const f = typeof fg === 'string' ? parseColor(fg) : fg;
  if (!b || !f) throw new Error(`not a colour: ${String(!f ? fg : bg)}`);
  const [l1, l2] = [luminance(over(f, b)), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The colour behind an element, from the background colours of it and its ancestors (innermost first),
 * composited over white (the page's own background): what a focus ring drawn just outside the element sits on.
 */
export function effectiveBackground(layers: readonly string[]): Rgba {
  let colour: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  for (const layer of [...layers].reverse()) {
    const c = parseColor(layer);
    if (c && c.a > 0) colour = over(c, colour);
  }
  return colour;
}
