import { describe, expect, it } from 'vitest';
import { qrPath, qrSvg, QUIET_ZONE } from '../../../../src/lib/print/qr-path';

describe('qrPath', () => {
  it('draws each run of dark modules in a row as one rectangle', () => {
    const dark = [
      [1, 1, 0],
      [0, 1, 1],
      [0, 0, 0],
    ];
    expect(qrPath({ size: 3, isDark: (r, c) => dark[r]![c] === 1 })).toBe('M0 0h2v1h-2zM1 1h2v1h-2z');
  });
  it('scales the code into its box with the quiet zone around it', () => {
    const svg = qrSvg({ size: 21, isDark: () => true }, 10, 20, 290);
    const unit = 290 / (21 + 2 * QUIET_ZONE);
    expect(svg).toContain(`scale(${unit})`);
    expect(svg).toContain(`translate(${10 + 4 * unit} ${20 + 4 * unit})`);
  });
});
