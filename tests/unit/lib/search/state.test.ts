import { describe, expect, it } from 'vitest';
import { isBlank, pagefindFilters, readState, selectedCount, writeState } from '../../../../src/lib/search/state';

describe('search state in the URL', () => {
  it('reads the query and repeated filter parameters', () => {
    const s = readState(new URLSearchParams('q=air+terjun&type=destination&category=waterfall&category=beach'));
    expect(s).toEqual({ q: 'air terjun', selected: { type: ['destination'], category: ['beach', 'waterfall'] } });
  });
  it('writes what the search form would submit, in a stable order', () => {
    const params = writeState({ q: ' air terjun ', selected: { category: ['waterfall', 'beach'], type: ['destination'] } });
    expect(params.toString()).toBe('q=air+terjun&type=destination&category=beach&category=waterfall');
  });
  it('round-trips', () => {
    const url = 'q=ulos&category=weaving&district=balige&district=tampahan&when=upcoming';
    expect(writeState(readState(new URLSearchParams(url))).toString()).toBe(url);
  });
  it('drops unknown and repeated values', () => {
    const known = { type: new Set(['event']), category: new Set(['beach']) };
    const s = readState(new URLSearchParams('type=event&type=event&type=volcano&category=beach&district=balige&foo=1'), known);
    expect(s.selected).toEqual({ type: ['event'], category: ['beach'] });
  });
  it('knows a blank search', () => {
    expect(isBlank(readState(new URLSearchParams('q=+')))).toBe(true);
    expect(isBlank(readState(new URLSearchParams('district=balige')))).toBe(false);
    expect(selectedCount({ type: ['event'], category: ['beach', 'waterfall'] })).toBe(3);
  });
});

describe('pagefindFilters', () => {
  it('makes the values of one group an OR and leaves the groups ANDed', () => {
    expect(pagefindFilters({ type: ['destination'], category: ['beach', 'waterfall'], district: [] })).toEqual({
      type: { any: ['destination'] },
      category: { any: ['beach', 'waterfall'] },
    });
  });
  it('can leave one group out, for that group’s counts', () => {
    expect(pagefindFilters({ type: ['destination'], category: ['beach'] }, 'category')).toEqual({ type: { any: ['destination'] } });
  });
});
