import { describe, expect, it } from 'vitest';
import { statusText, type StatusStrings } from '../../../../src/lib/search/status';

const s: StatusStrings = {
  hint: 'hint',
  none: 'No results for “{q}”.',
  noneFiltered: 'Nothing matches.',
  offline: 'You are offline.',
  offlinePartial: '(offline: maybe more)',
  countOne: '{count} result',
  countOther: '{count} results',
  countForOne: '{count} result for “{q}”',
  countForOther: '{count} results for “{q}”',
};
const base = { q: 'waterfall', n: 0, blank: false, lacking: false, offlineUnknown: false, plural: 'other' as const };

describe('statusText', () => {
  it('says offline, not "no results", when nobody can tell what is missing', () => {
    expect(statusText(s, { ...base, offlineUnknown: true })).toBe('You are offline.');
    expect(statusText(s, { ...base, lacking: true })).toBe('You are offline.');
  });
  it('says "no results" when the answer is known to be nothing', () => {
    expect(statusText(s, base)).toBe('No results for “waterfall”.');
    expect(statusText(s, { ...base, q: '' })).toBe('Nothing matches.');
  });
  it('counts results, and says when part of the index was missing', () => {
    expect(statusText(s, { ...base, n: 1, plural: 'one' })).toBe('1 result for “waterfall”');
    expect(statusText(s, { ...base, n: 3, lacking: true })).toBe('3 results for “waterfall” (offline: maybe more)');
    expect(statusText(s, { ...base, blank: true })).toBe('hint');
  });
});
