/**
 * Which basemap labels to show so that none covers another: greedy by rank, the most important first
 * (the capital, then the towns, the kecamatan, the neighbouring regencies, the desa). A label that would
 * overlap one already placed, or falls outside the view, is hidden, so zooming in reveals more. Used by
 * the Leaflet basemap (src/client/map/basemap.ts) on every view and by the static overview (./overview.ts).
 *
 * Boxes of rank below 0 are obstacles, not labels: markers, controls, a town's dot. They always stand
 * (even when partly outside the view) and no label may cover one.
 *
 * A label may offer other places to stand (a town's name left of, above or below its dot, when right of
 * it is taken); the first free one is used.
 *
 *   placeLabels(boxes, view, gap) → the labels to show, each with where it stands, in rank order
 */

/** A label's box on screen (or in the overview's units): x, y is its top-left corner. */
export interface LabelBox {
  id: number;
  /** Lower is more important. */
  rank: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Other top-left corners to try, in order, when x, y is taken. */
  alternatives?: readonly { x: number; y: number }[];
}

/** A label that is shown, and where its box stands. */
export interface Placed {
  id: number;
  x: number;
  y: number;
}

export interface View {
  width: number;
  height: number;
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

/** Inside the view as a whole: a name cut by the view's edge is harder to read than none. */
const inside = (b: LabelBox, v: View) => b.x >= 0 && b.y >= 0 && b.x + b.w <= v.width && b.y + b.h <= v.height;

export function placeLabels(boxes: readonly LabelBox[], view: View, gap = 4): Placed[] {
  const shown: LabelBox[] = [];
  // Stable: equal ranks keep the order they came in (the data lists larger areas first).
  const order = boxes.map((b, i) => [b, i] as const).sort(([a, i], [b, j]) => a.rank - b.rank || i - j);
  for (const [box] of order) {
    if (box.rank < 0) {
      shown.push(box);
      continue;
    }
    const spot = [box, ...(box.alternatives ?? [])]
      .map((at) => ({ ...box, x: at.x, y: at.y }))
      .find((b) => inside(b, view) && !shown.some((s) => overlaps(s, b, gap)));
    if (spot) shown.push(spot);
  }
  return shown.map(({ id, x, y }) => ({ id, x, y }));
}

/** A label's width estimated from its text (for the overview, which cannot measure): about 0.6 em a letter. */
export const textWidth = (text: string, fontSize: number, letterSpacing = 0) => text.length * (fontSize * 0.6 + letterSpacing);
