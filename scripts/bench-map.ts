/**
 * Map benchmark: how long the big map takes to apply a filter with 5,000
 * places, in headless Chromium, against the production build in dist/.
 *
 *   npm run build && npm run bench:map          # writes docs/benchmarks-map.md
 *   npm run bench:map -- --places 2000 --runs 15
 *
 * The places are synthetic (a seeded generator, so every run sees the same
 * corpus), spread around the real district centres inside the regency's
 * bounds, and served in place of /data/places.geojson. The site itself is
 * served from dist/ through Playwright's request routing: no server, no port.
 * Tiles are blocked, as on the test machines.
 *
 * A "filter update" is timed in the page from the input event (a chip click
 * or a keystroke) until the markers are re-clustered, the list is redrawn and
 * the next frame is painted. Each scenario runs several times; the median is
 * reported. Nothing here is a test: it measures and writes a report.
 *
 * The machines this runs on are shared and often overloaded, which stretches
 * wall-clock times many times over. So the script also reads, from Linux's
 * /proc/<pid>/schedstat, how much CPU time the page's renderer main thread
 * actually spent on each update: that is what the update costs, and what it
 * takes on the same machine when nothing else is running.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser.mjs';
import { syntheticPlaces } from './bench-map/synthetic-places';
import { findBrowserPid, rendererCpuMs } from './bench-map/renderer-cpu';
import { click, DIST, open, ORIGIN, timeUpdate, typeText } from './bench-map/map-page';
import { kb, mapReport } from './bench-map/report';

// Scratch profilers in reports/ import these from here.
export { open, ORIGIN, syntheticPlaces };

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? '']] : [])));
const COUNT = Number(args.get('places') ?? 5000);
const RUNS = Number(args.get('runs') ?? 9);
const OUT = path.resolve('docs/benchmarks-map.md');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  if (!existsSync(path.join(DIST, 'peta/index.html'))) {
    console.error(`No build in ${DIST}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const places = syntheticPlaces(COUNT);
  const geojson = JSON.stringify(places);
  const { path: executablePath } = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
  // Playwright does not expose the browser's pid; its launched process is the newest chromium child of this one.
  const browserPid = findBrowserPid();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await open(page, geojson);
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.body());
  });

  // The page opens on its static overview; the map starts when the visitor clicks it (src/client/map/element.ts).
  await page.goto(`${ORIGIN}/en/map/`);
  await page.waitForLoadState('networkidle');
  const before = await Promise.all(scripts);
  const beforeGzip = before.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const t0 = Date.now();
  await page.click('[data-map-start]');
  await page.waitForSelector('jt-map[data-ready]', { state: 'attached', timeout: 120_000 });
  const ready = Date.now() - t0;
  console.log(`map ready with ${places.features.length} places in ${ready} ms`);
  const js = await Promise.all(scripts);
  const jsGzip = js.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const jsRaw = js.reduce((n, b) => n + b.length, 0);

  const scenarios: [string, string, string][] = [
    ['Untick the "Events" chip', click('jt-map input[name="type"][value="event"]'), click('jt-map input[name="type"][value="event"]')],
    [
      'Tick the "Beach" category chip',
      click('jt-map input[name="category"][value="beach"]'),
      click('jt-map input[name="category"][value="beach"]'),
    ],
    ['Type "pantai" in the name filter', typeText('pantai'), typeText('')],
    ['Type a name that matches nothing', typeText('tidak ada'), typeText('')],
  ];
  const rows: string[] = [];
  for (const [label, apply, undo] of scenarios) {
    const on: number[] = [];
    const off: number[] = [];
    const onCpu: number[] = [];
    const offCpu: number[] = [];
    let shown = 0;
    for (let i = 0; i < RUNS; i++) {
      let cpu = rendererCpuMs(browserPid);
      const a = await timeUpdate(page, apply);
      onCpu.push(rendererCpuMs(browserPid) - cpu);
      on.push(a.total);
      shown = a.shown;
      cpu = rendererCpuMs(browserPid);
      off.push((await timeUpdate(page, undo)).total);
      offCpu.push(rendererCpuMs(browserPid) - cpu);
    }
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    rows.push(
      `| ${label} | ${shown.toLocaleString('en')} | ${browserPid ? ms(median(onCpu)) : 'n/a'} | ${ms(median(on))} | ${browserPid ? ms(median(offCpu)) : 'n/a'} | ${ms(median(off))} |`,
    );
    console.log(rows.at(-1));
  }
  await browser.close();

  const report = mapReport({
    places,
    runs: RUNS,
    browserVersion: browser.version(),
    rows,
    ready,
    geojson,
    before,
    beforeGzip,
    jsRaw,
    jsGzip,
  });
  writeFileSync(OUT, report);
  console.log(`ready in ${ready} ms; JS ${kb(jsGzip)} gzip; wrote ${path.relative(process.cwd(), OUT)}`);
}

// Run when executed, not when imported (reports/ scratch profilers import syntheticPlaces).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
