import { describe, expect, it } from 'vitest';
import { leaveStart, nextTry, placesRequest, START_KEY, takeStart } from '../../../../src/lib/map/retry';

/** A Storage stand-in; `broken` throws as Safari's private mode and blocked storage do. */
function store(broken = false) {
  const data = new Map<string, string>();
  const guard = () => {
    if (broken) throw new DOMException('denied', 'SecurityError');
  };
  return {
    data,
    getItem: (k: string) => (guard(), data.get(k) ?? null),
    setItem: (k: string, v: string) => (guard(), void data.set(k, v)),
    removeItem: (k: string) => (guard(), void data.delete(k)),
  };
}

describe('trying the map again', () => {
  it('runs the first start in the page', () => {
    expect(nextTry({ codeLoaded: false, failures: 0 })).toBe('in-page');
  });

  it('reloads the page after the code failed, never importing the failed module URL again', () => {
    expect(nextTry({ codeLoaded: false, failures: 1 })).toBe('reload');
    expect(nextTry({ codeLoaded: false, failures: 3 })).toBe('reload');
  });

  it('retries in the page once the code has arrived and only the places failed', () => {
    expect(nextTry({ codeLoaded: true, failures: 1 })).toBe('in-page');
    expect(nextTry({ codeLoaded: true, failures: 5 })).toBe('in-page');
  });

  it('fetches the places from the network on a retry, past the HTTP cache', () => {
    expect(placesRequest(0)).toEqual({});
    expect(placesRequest(1)).toEqual({ cache: 'reload' });
    expect(placesRequest(2)).toEqual({ cache: 'reload' });
  });
});

describe('the start a reload leaves for the reloaded page', () => {
  it('is taken once, with how the map was started', () => {
    const s = store();
    expect(leaveStart(s, 'form')).toBe(true);
    expect(s.data.get(START_KEY)).toBe('form');
    expect(takeStart(s)).toBe('form');
    expect(takeStart(s)).toBeUndefined();
    leaveStart(s, 'tap');
    expect(takeStart(s)).toBe('tap');
  });

  it('ignores anything else under its key', () => {
    const s = store();
    s.setItem(START_KEY, 'open-everything');
    expect(takeStart(s)).toBeUndefined();
    expect(s.data.has(START_KEY)).toBe(false);
  });

  it('is given up without an error where storage is unavailable', () => {
    expect(leaveStart(store(true), 'tap')).toBe(false);
    expect(takeStart(store(true))).toBeUndefined();
    expect(leaveStart(undefined, 'tap')).toBe(false);
    expect(takeStart(undefined)).toBeUndefined();
  });
});
