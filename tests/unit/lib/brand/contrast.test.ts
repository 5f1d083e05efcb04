import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastPairs, contrastRatio, luminance } from '../../../../src/lib/brand/contrast';

describe('WCAG contrast', () => {
  it('computes relative luminance and ratios as WCAG 2.2 defines them', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 6);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    // A known pair: #767676 on white is the classic 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('rejects what is not #rrggbb', () => {
    expect(() => luminance('#fff')).toThrow(/#rrggbb/);
  });

  it('every text pair the site uses passes AA for body text', () => {
    const pairs = contrastPairs();
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(p.ratio, `${p.fg} on ${p.bg}`).toBeGreaterThanOrEqual(AA_TEXT);
    expect(pairs.every((p) => p.aa)).toBe(true);
  });

  it('rounds the shown ratio down, so a pair shown as passing really passes', () => {
    const [p] = contrastPairs([['muted', 'white']]);
    expect(p!.ratio).toBeLessThanOrEqual(contrastRatio(p!.fgHex, p!.bgHex));
    expect(Number.isInteger(p!.ratio * 100) || Math.abs(p!.ratio * 100 - Math.round(p!.ratio * 100)) < 1e-9).toBe(true);
  });

  it('says so when a pair fails (line on white is for rules, not text)', () => {
    const [p] = contrastPairs([['line', 'white']]);
    expect(p!.aa).toBe(false);
  });
});
