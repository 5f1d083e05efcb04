/**
 * The post-build steps run in the order their declarations give, whatever
 * order they are listed in, and a missing, doubled or circular declaration
 * stops the build with the steps named.
 */
import { describe, expect, it } from 'vitest';
import { runSteps, stepWaves, type BuildStep } from '../../../src/build/build-steps';
import { BUILD_OUTPUTS, POST_BUILD_STEPS } from '../../../src/build/post-build';

const step = (name: string, needs: string[], makes: string[], log: string[] = []): BuildStep<unknown> => ({
  name,
  needs,
  makes,
  run: async () => {
    log.push(`start ${name}`);
    await new Promise((r) => setTimeout(r, 5));
    log.push(`end ${name}`);
  },
});
const names = (waves: { name: string }[][]) => waves.map((w) => w.map((s) => s.name));

describe('stepWaves', () => {
  it('orders by what each step needs, not by position', () => {
    const a = step('headers', ['pages', 'policy'], ['_headers']);
    const b = step('cms', ['pages'], ['policy']);
    const c = step('search', ['pages'], ['index']);
    expect(names(stepWaves([a, b, c], ['pages']))).toEqual([['cms', 'search'], ['headers']]);
    expect(names(stepWaves([c, b, a], ['pages']))).toEqual([['cms', 'search'], ['headers']]);
  });
  it('names a need no step makes', () => {
    expect(() => stepWaves([step('a', ['pages', 'nothing'], ['x'])], ['pages'])).toThrow(/a needs nothing/);
  });
  it('names two steps making the same thing', () => {
    expect(() => stepWaves([step('a', [], ['x']), step('b', [], ['x'])], [])).toThrow(/both a and b/);
  });
  it('names steps waiting on each other', () => {
    expect(() => stepWaves([step('a', ['y'], ['x']), step('b', ['x'], ['y'])], [])).toThrow(/wait on each other: a, b/);
  });
  it('accepts the site’s own steps, the headers after the CMS page’s policy', () => {
    const waves = names(stepWaves(POST_BUILD_STEPS, BUILD_OUTPUTS));
    const waveOf = (n: string) => waves.findIndex((w) => w.includes(n));
    expect(waveOf('headers')).toBeGreaterThan(waveOf('cms-page'));
    expect(waves.flat().sort()).toEqual(POST_BUILD_STEPS.map((s) => s.name).sort());
  });
});

describe('runSteps', () => {
  it('starts a step only once what it needs is made, and independent steps side by side', async () => {
    const log: string[] = [];
    await runSteps(
      [step('late', ['x'], ['y'], log), step('first', ['pages'], ['x'], log), step('other', ['pages'], ['z'], log)],
      ['pages'],
      {},
    );
    expect(log.indexOf('start late')).toBeGreaterThan(log.indexOf('end first'));
    expect(log.indexOf('start other')).toBeLessThan(log.indexOf('end first'));
  });
  it('fails with the failing step’s name, and does not run what depended on it', async () => {
    const log: string[] = [];
    const broken: BuildStep<unknown> = { name: 'broken', needs: [], makes: ['x'], run: () => Promise.reject(new Error('disk full')) };
    await expect(runSteps([broken, step('after', ['x'], ['y'], log)], [], {})).rejects.toThrow(/step broken failed: disk full/);
    expect(log).toEqual([]);
  });
});
