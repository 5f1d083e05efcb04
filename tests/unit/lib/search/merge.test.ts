import { describe, expect, it } from 'vitest';
import { mergeCounts, mergeResults } from '../../../../src/lib/search/merge';

describe('merging two readings', () => {
  it('keeps each page once, with its best score, best first', () => {
    const a = [
      { id: 'gibeon', score: 2 },
      { id: 'bulbul', score: 5 },
    ];
    const b = [
      { id: 'festival', score: 3 },
      { id: 'gibeon', score: 4 },
    ];
    expect(mergeResults(a, b)).toEqual([
      { id: 'bulbul', score: 5 },
      { id: 'gibeon', score: 4 },
      { id: 'festival', score: 3 },
    ]);
  });
  it('counts the union by inclusion–exclusion', () => {
    const a = { type: { destination: 5, event: 0 }, district: { balige: 2 } };
    const b = { type: { destination: 1, event: 1 }, district: { balige: 2, ajibata: 1 } };
    const both = { type: { destination: 1, event: 0 }, district: { balige: 1 } };
    expect(mergeCounts(a, b, both)).toEqual({ type: { destination: 5, event: 1 }, district: { balige: 3, ajibata: 1 } });
  });
});
