/**
 * Lighthouse 12 (mobile, default simulated throttling) on the pages a
 * visitor meets first, in both languages: Accessibility, Best Practices and
 * SEO must score 100, Performance at least 90. Runs in its own Playwright
 * project after the others, one page at a time, so the measurements do not
 * compete with other tests for the CPU. Scores go to reports/lighthouse.json
 * (`npm run bench:site`, scripts/bench/site-report.ts, copies them into docs/benchmarks.md).
 *
 * Alone: playwright test --project lighthouse --no-deps
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { chromium, test, expect } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.mjs';
import { content } from './fixtures';
import { routeUrl } from '../../src/lib/routes';
import { site } from '../../src/config/site';
import { BASE } from './support/built-site';
import { waitForQuietCpu } from './support/quiet-cpu';
import type { Lang } from '../../src/content/vocab';

const REQUIRED = { accessibility: 1, 'best-practices': 1, seo: 1, performance: 0.9 } as const;
type Category = keyof typeof REQUIRED;
/** Runs per page at most (see the test). */
const RUNS = 3;
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const destination = content.destinations[0]!.slug;
const PAGES = (['id', 'en'] as Lang[]).flatMap((lang) => [
  { name: 'home', lang, path: routeUrl(BASE, lang, 'home') },
  { name: 'a destination', lang, path: routeUrl(BASE, lang, 'destinations', destination) },
  { name: 'events index', lang, path: routeUrl(BASE, lang, 'events') },
  { name: 'map', lang, path: routeUrl(BASE, lang, 'map') },
  { name: 'search', lang, path: routeUrl(BASE, lang, 'search') },
]);

let chrome: LaunchedChrome | undefined;

const REPORT = 'reports/lighthouse.json';
interface PageScores {
  page: string;
  lang: Lang;
  url: string;
  scores: Record<Category, number>;
  /** Lighthouse's measure of the CPU (a quiet desktop is about 1,000+); low means the scores are the machine's. */
  benchmarkIndex: number;
  /** One-minute load average when the page was measured. */
  load: number;
  /** Share of the CPUs idle in the second before the run (the run waits up to 30 s for 85%). */
  cpuIdle: number;
}
/** Adds one page's scores to the report (a worker restarts after a failure, so nothing is kept in memory). */
function record(r: PageScores) {
  mkdirSync('reports', { recursive: true });
  const prev = existsSync(REPORT) ? (JSON.parse(readFileSync(REPORT, 'utf8')) as { pages: PageScores[] }).pages : [];
  const pages = [...prev.filter((x) => x.url !== r.url), r];
  writeFileSync(REPORT, `${JSON.stringify({ lighthouse: '12.2.3', date: new Date().toISOString(), pages }, null, 2)}\n`);
}

test.beforeAll(async ({ browserName }) => {
  test.skip(browserName !== 'chromium', 'Lighthouse drives Chromium only');
  // Chromium is started by chrome-launcher, as Lighthouse's own CLI does, not by Playwright: Playwright
  // attaches to every tab of a browser it launched, Lighthouse's tab included, and its instrumentation
  // made the map page's total blocking time 2–4× what the same build measures without it (617–1,300 ms
  // vs 220–350 ms, measured 2026-11-28).
  chrome = await launch({
    chromePath: findChromium().path ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
});

test.afterAll(() => {
  chrome?.kill();
});

for (const p of PAGES) {
  // Every page, the map's included, is held to the same scores. The map page opens on a static overview and
  // starts Leaflet when the visitor reaches for it (src/client/map/element.ts): started on load, its dozen
  // start-up tasks of 10–40 ms each scored it 0.76–0.98 here, and it was held to 80 (docs/benchmarks.md).
  const required: Record<Category, number> = REQUIRED;
  test(`Lighthouse scores the ${p.name} page in ${p.lang === 'id' ? 'Indonesian' : 'English'} 100 for accessibility, best practices and SEO, and at least ${required.performance * 100} for performance`, async ({
    baseURL,
  }) => {
    test.setTimeout(300_000);
    const url = new URL(p.path, baseURL).href;
    // Up to three runs, as Lighthouse CI does: on a shared 2-core machine one run's total blocking time can
    // double with the load (measured 460 ms vs 0–120 ms on the same build). The page passes when one run
    // meets every requirement; every run's scores are recorded. Accessibility, Best Practices and SEO do not
    // depend on the load, so they must hold in the run that passes.
    let lhr!: Lhr;
    let got!: Record<Category, number>;
    let failing: string[] = [];
    for (let attempt = 1; attempt <= RUNS; attempt++) {
      // Measure on a quiet machine: Lighthouse scales the CPU time it observes, so another process's work
      // (a browser still closing after the other tests) would be counted against the page.
      const quiet = await waitForQuietCpu();
      if (!quiet.quiet)
        test
          .info()
          .annotations.push({ type: 'busy machine', description: `CPUs ${Math.round(quiet.idle * 100)}% idle after ${quiet.waitedMs} ms` });
      const result = await lighthouse(url, {
        port: chrome!.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(REQUIRED),
        // Screenshots that no score uses (the filmstrip behind Speed Index is taken anyway): about 1.4 s a run.
        disableFullPageScreenshot: true,
        skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
        // This machine is offline: map tiles come from another server. Blocked requests
        // are logged as ERR_BLOCKED_BY_CLIENT.Inspector, which Lighthouse does not count as page errors.
        blockedUrlPatterns: [`*://${new URL(site.tiles.url.replace(/\{[a-z]\}/g, 'x')).host}/*`],
      });
      expect(result, 'Lighthouse returned no result').toBeTruthy();
      lhr = result!.lhr;
      expect(lhr.runtimeError, JSON.stringify(lhr.runtimeError)).toBeUndefined();
      got = Object.fromEntries(Object.keys(REQUIRED).map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<Category, number>;
      record({
        page: p.name,
        lang: p.lang,
        url: p.path,
        scores: got,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        load: loadavg()[0]!,
        cpuIdle: Math.round(quiet.idle * 100) / 100,
      });
      failing = (Object.keys(REQUIRED) as Category[])
        .filter((c) => got[c] < required[c])
        .map((c) => {
          const audits = lhr.categories[c]!.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map(
            (r) => `${r.id} ${lhr.audits[r.id]!.displayValue ?? ''} (${lhr.audits[r.id]!.score})`,
          );
          return `${c} ${Math.round(got[c] * 100)}: ${audits.join(', ')}`;
        });
      test.info().annotations.push({ type: `run ${attempt}`, description: JSON.stringify(got) });
      if (!failing.length) break;
    }
    test.info().annotations.push({ type: 'scores', description: JSON.stringify(got) });
    // The full report, to open in the Lighthouse viewer when a score falls short.
    if (failing.length) await test.info().attach('lighthouse-report.json', { body: JSON.stringify(lhr), contentType: 'application/json' });
    expect(failing).toEqual([]);
  });
}
