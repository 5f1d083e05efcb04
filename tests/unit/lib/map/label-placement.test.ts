import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type LabelBox } from '../../../../src/lib/map/label-placement';

const view = { width: 300, height: 200 };
const box = (id: number, rank: number, x: number, y: number, w = 50, h = 10, alternatives?: LabelBox['alternatives']): LabelBox => ({
  id,
  rank,
  x,
  y,
  w,
  h,
  ...(alternatives ? { alternatives } : {}),
});

describe('placeLabels', () => {
  it('shows labels that do not collide, the more important first', () => {
    const placed = placeLabels([box(1, 2, 10, 10), box(2, 0, 30, 12), box(3, 2, 200, 100)], view);
    expect(placed.map((p) => p.id)).toEqual([2, 3]);
  });

  it('keeps a gap between labels', () => {
    expect(placeLabels([box(1, 0, 0, 0), box(2, 0, 52, 0)], view, 4).map((p) => p.id)).toEqual([1]);
    expect(placeLabels([box(1, 0, 0, 0), box(2, 0, 55, 0)], view, 4).map((p) => p.id)).toEqual([1, 2]);
  });

  it('hides a label cut by the edge of the view', () => {
    expect(placeLabels([box(1, 0, -5, 10), box(2, 0, 280, 10), box(3, 0, 10, 195)], view)).toEqual([]);
  });

  it('keeps equal ranks in the order given', () => {
    expect(placeLabels([box(7, 1, 0, 0), box(3, 1, 10, 0)], view).map((p) => p.id)).toEqual([7]);
  });

  it('moves a label to its first free alternative, and says where', () => {
    const placed = placeLabels(
      [
        box(1, 0, 100, 100),
        box(2, 1, 110, 100, 50, 10, [
          { x: 300, y: 0 },
          { x: 100, y: 150 },
        ]),
      ],
      view,
    );
    expect(placed).toEqual([
      { id: 1, x: 100, y: 100 },
      { id: 2, x: 100, y: 150 },
    ]);
  });

  it('lets obstacles (rank below 0: markers, controls) keep labels off them, even when partly outside the view', () => {
    const placed = placeLabels([box(-1, -1, 20, 20, 10, 10), box(5, 0, 0, 15), box(-1, -1, -20, 100, 40, 40), box(6, 0, 10, 110)], view);
    expect(placed.map((p) => p.id)).toEqual([-1, -1]);
  });
});

describe('textWidth', () => {
  it('grows with the text, the size and the letter spacing', () => {
    expect(textWidth('Balige', 10)).toBeCloseTo(36);
    expect(textWidth('Balige', 20)).toBeCloseTo(72);
    expect(textWidth('Balige', 10, 1)).toBeCloseTo(42);
  });
});
