/**
 * The post-build steps run in an order computed from what each declares it
 * reads (`needs`) and writes or changes (`makes`), never from their position in
 * a list. A step starts as soon as everything it needs is made, so steps that
 * do not depend on each other run side by side (Pagefind works in its own
 * process and the share images draw in libuv's pool while the service worker
 * bundles). Unit-tested in tests/unit/integrations/build-steps.test.ts.
 */

/** One post-build step. */
export interface BuildStep<Ctx> {
  name: string;
  /** What it reads: an input the build provides (e.g. 'pages') or something another step makes. */
  needs: readonly string[];
  /** What it writes or changes; each thing is made by one step only. */
  makes: readonly string[];
  run(ctx: Ctx): unknown;
}

export class BuildStepError extends Error {
  override name = 'BuildStepError';
}

/**
 * The steps in waves: every step of a wave needs only what the build provides
 * (`provided`) and what steps of earlier waves make. Within a wave, by name, so
 * the order is the same on every build. Throws on a need nothing makes, on a
 * thing two steps make, and on a cycle, naming the steps.
 */
export function stepWaves<S extends Pick<BuildStep<unknown>, 'name' | 'needs' | 'makes'>>(
  steps: readonly S[],
  provided: readonly string[],
): S[][] {
  const maker = new Map<string, string>();
  for (const p of provided) maker.set(p, '(the build)');
  for (const s of steps) {
    for (const m of s.makes) {
      const other = maker.get(m);
      if (other) throw new BuildStepError(`"${m}" is made by both ${other} and ${s.name}; one step must own it.`);
      maker.set(m, s.name);
    }
  }
  for (const s of steps) {
    const unknown = s.needs.filter((n) => !maker.has(n));
    if (unknown.length) throw new BuildStepError(`Step ${s.name} needs ${unknown.join(', ')}, which no step makes.`);
    if (s.needs.some((n) => s.makes.includes(n))) throw new BuildStepError(`Step ${s.name} needs what it makes itself.`);
  }
  const ready = new Set(provided);
  const left = [...steps].sort((a, b) => a.name.localeCompare(b.name));
  const waves: S[][] = [];
  while (left.length) {
    const wave = left.filter((s) => s.needs.every((n) => ready.has(n)));
    if (!wave.length) throw new BuildStepError(`These steps wait on each other: ${left.map((s) => s.name).join(', ')}.`);
    waves.push(wave);
    for (const s of wave) {
      left.splice(left.indexOf(s), 1);
      for (const m of s.makes) ready.add(m);
    }
  }
  return waves;
}

/**
 * Runs the steps, each as soon as what it needs is made (checked first with
 * stepWaves). A failing step fails the run with its name; steps already started
 * are waited for, so nothing is left writing to dist/ behind the error.
 */
export async function runSteps<Ctx>(
  steps: readonly BuildStep<Ctx>[],
  provided: readonly string[],
  ctx: Ctx,
  onDone?: (step: BuildStep<Ctx>, ms: number) => void,
): Promise<void> {
  stepWaves(steps, provided);
  const made = new Map<string, Promise<void>>();
  for (const p of provided) made.set(p, Promise.resolve());
  const running: Promise<void>[] = [];
  // Each step's promise is registered for what it makes before any step is awaited.
  const pending = new Map<BuildStep<Ctx>, { resolve: () => void; reject: (e: unknown) => void; promise: Promise<void> }>();
  for (const s of steps) {
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    // A failure is reported once, by the step itself; dependants only stop waiting.
    promise.catch(() => undefined);
    pending.set(s, { resolve, reject, promise });
    for (const m of s.makes) made.set(m, promise);
  }
  for (const s of steps) {
    const own = pending.get(s)!;
    running.push(
      (async () => {
        await Promise.all(s.needs.map((n) => made.get(n)));
        const started = performance.now();
        try {
          await s.run(ctx);
        } catch (e) {
          const err = new BuildStepError(`Post-build step ${s.name} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
          own.reject(err);
          throw err;
        }
        onDone?.(s, performance.now() - started);
        own.resolve();
      })(),
    );
  }
  const results = await Promise.allSettled(running);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
