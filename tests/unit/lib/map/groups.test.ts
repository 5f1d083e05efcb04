import { describe, expect, it } from 'vitest';
import { planGroups } from '../../../../src/lib/map/groups';

const all = ['a', 'b', 'c', 'd', 'e'];

describe('how the markers follow a filter', () => {
  it('swaps to the group of every place when the filter keeps them all', () => {
    expect(planGroups(all, new Set(['a']), all)).toEqual({ show: 'all' });
  });

  it('adds and removes only the difference', () => {
    expect(planGroups(all, new Set(['a', 'b', 'c']), ['b', 'c', 'd'])).toEqual({
      show: 'filtered',
      clear: false,
      remove: ['a'],
      add: ['d'],
    });
    // The first filter fills the empty group.
    expect(planGroups(all, new Set(), ['a', 'b'])).toEqual({ show: 'filtered', clear: false, remove: [], add: ['a', 'b'] });
  });

  it('clears and refills when more would go than stay', () => {
    expect(planGroups(all, new Set(['a', 'b', 'c', 'd']), ['e'])).toEqual({ show: 'filtered', clear: true, remove: [], add: ['e'] });
  });
});
