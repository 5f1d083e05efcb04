import { describe, expect, it } from 'vitest';
import { tileNotice } from '../../../../src/lib/map/tiles';

describe('the note when the background tiles fail', () => {
  it('shows while no tile has loaded, and goes with the first that does', () => {
    const notice = tileNotice('Background map unavailable');
    expect(notice.failed()).toBe('Background map unavailable');
    expect(notice.failed()).toBe('Background map unavailable');
    expect(notice.loaded()).toBe('');
  });

  it('does not come back for a tile that fails after one has loaded', () => {
    const notice = tileNotice('Background map unavailable');
    notice.loaded();
    expect(notice.failed()).toBeUndefined();
  });
});

describe('closing the note', () => {
  it('stays closed when more tiles fail', () => {
    const notice = tileNotice('Background map unavailable');
    expect(notice.failed()).toBe('Background map unavailable');
    expect(notice.dismissed()).toBe('');
    expect(notice.failed()).toBeUndefined();
  });
});
