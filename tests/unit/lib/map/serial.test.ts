import { describe, expect, it } from 'vitest';
import { serial } from '../../../../src/lib/map/serial';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('updates one at a time', () => {
  it('runs a burst of calls as the current run and one more, never two at once', async () => {
    let runs = 0;
    let at = 0;
    let most = 0;
    const busy: boolean[] = [];
    const run = serial(
      async () => {
        runs++;
        most = Math.max(most, ++at);
        await tick();
        at--;
      },
      (on) => busy.push(on),
    );
    const first = run();
    const more = [run(), run(), run()];
    // Every call waits for the same series of runs.
    expect(more.every((p) => p === first)).toBe(true);
    await first;
    expect(runs).toBe(2);
    expect(most).toBe(1);
    expect(busy).toEqual([true, false]);
    await run();
    expect(runs).toBe(3);
    expect(busy).toEqual([true, false, true, false]);
  });

  it('is no longer busy when a run fails, and runs again on the next call', async () => {
    let fail = true;
    const busy: boolean[] = [];
    const run = serial(
      async () => {
        if (fail) throw new Error('no');
      },
      (on) => busy.push(on),
    );
    await expect(run()).rejects.toThrow('no');
    expect(busy).toEqual([true, false]);
    fail = false;
    await expect(run()).resolves.toBeUndefined();
  });
});
