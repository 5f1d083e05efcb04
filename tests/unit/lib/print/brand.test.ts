import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRAND_COLOURS } from '../../../../src/lib/print/brand';

describe('the print kit colours', () => {
  it('are the colours of the site CSS (global.css :root)', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const root = /:root\s*{([^}]*)}/.exec(css)![1]!;
    for (const [name, value] of Object.entries(BRAND_COLOURS))
      expect(root, `--${name}`).toMatch(new RegExp(`--${name}:\\s*${value};`, 'i'));
  });
});
