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
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './find-browser.mjs';
import { buildPlaces, type DestinationInput, type EventInput, type ProductInput } from '../src/lib/geojson';
import { CATEGORIES, PRODUCT_KINDS } from '../src/content/vocab';
import { DISTRICTS } from '../src/content/districts';
import { inBounds, site } from '../src/config/site';

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1] ?? '']] : [])));
const COUNT = Number(args.get('places') ?? 5000);
const RUNS = Number(args.get('runs') ?? 9);
const DIST = path.resolve(process.env.JELAJAH_OUT_DIR ?? 'dist');
export const ORIGIN = 'http://bench.local';
const OUT = path.resolve('docs/benchmarks-map.md');

/** mulberry32: a tiny seeded PRNG, so the corpus is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD: Record<string, string> = {
  beach: 'Pantai',
  waterfall: 'Air Terjun',
  viewpoint: 'Bukit',
  nature: 'Hutan',
  culture: 'Rumah Adat',
  history: 'Tugu',
  religious: 'Gereja',
  culinary: 'Lapo',
  village: 'Desa',
  adventure: 'Jalur',
};
const SYLLABLES = ['si', 'ma', 'ra', 'to', 'ba', 'li', 'ge', 'hu', 'ta', 'pa', 'nga', 'ron', 'bu', 'lu', 'gol'];

/** 5,000 places in the shapes the real content has, around the districts, inside the bounds. */
export function syntheticPlaces(count: number) {
  const r = prng(20260101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SYLLABLES)).join('');
  const near = () => {
    for (;;) {
      const d = pick(DISTRICTS);
      // Box–Muller: a normal spread of ~4 km around the district centre.
      const [u, v] = [r() || 1e-9, r()];
      const g = Math.sqrt(-2 * Math.log(u));
      const lat = d.center.lat + 0.04 * g * Math.cos(2 * Math.PI * v);
      const lng = d.center.lng + 0.04 * g * Math.sin(2 * Math.PI * v);
      if (inBounds(lat, lng))
        return { district: d.slug, location: { lat, lng, precision: r() < 0.3 ? ('approximate' as const) : ('exact' as const) } };
    }
  };
  const destinations: DestinationInput[] = [];
  const events: EventInput[] = [];
  const products: ProductInput[] = [];
  for (let i = 0; i < count; i++) {
    const { district, location } = near();
    const name = word();
    const kind = r();
    const slug = `tempat-${i}`;
    const texts = (title: string) => ({ title, summary: `${title}: tempat sintetis nomor ${i} untuk uji kecepatan peta.` });
    if (kind < 0.6) {
      const category = pick(CATEGORIES);
      const title = `${WORD[category]} ${name[0]!.toUpperCase()}${name.slice(1)}`;
      destinations.push({ slug, data: { ...texts(title), category, district, location, aliases: r() < 0.3 ? [`${name} ${i}`] : [] } });
    } else if (kind < 0.85) {
      events.push({ slug, data: { ...texts(`Pesta ${name} ${i}`), venue: { name: `Lapangan ${name}`, district, location } } });
    } else {
      products.push({
        slug,
        data: {
          ...texts(`Produk ${name}`),
          kind: pick(PRODUCT_KINDS),
          origin: [{ district }],
          sellers: [{ name: `Toko ${name} ${i}`, district, location }],
        },
      });
    }
  }
  return buildPlaces({ destinations, events, products }, { base: '/', license: site.dataLicense });
}

/** The pid of the Chromium this script launched: the newest process whose parent is this one and runs chromium. */
function findBrowserPid(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const mine = process.pid;
  const kids = readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((n) => {
      try {
        const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
        return Number(stat.split(') ')[1]!.split(' ')[1]) === mine && /chrom/i.test(readFileSync(`/proc/${n}/cmdline`, 'utf8'));
      } catch {
        return false;
      }
    })
    .map(Number);
  return kids.sort((a, b) => b - a)[0];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export async function open(page: Page, geojson: string) {
  await page.route(/tile\.openstreetmap\.org/, (r) => r.abort('internetdisconnected'));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/data/places.geojson')) return route.fulfill({ body: geojson, contentType: 'application/geo+json' });
    let file = path.join(DIST, decodeURIComponent(url.pathname));
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: readFileSync(file), contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  });
}

/** Runs `action` in the page and times it until the map reports the update and the next frame is painted. */
function timeUpdate(page: Page, action: string): Promise<{ total: number; update: number; shown: number }> {
  return page.evaluate(async (code) => {
    const root = document.querySelector('jt-map')!;
    const done = new Promise<{ ms: number; shown: number }>((resolve) =>
      root.addEventListener('jt-map:updated', (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
    const t0 = performance.now();
    new Function(code)();
    const detail = await done;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return { total: performance.now() - t0, update: detail.ms, shown: detail.shown };
  }, action);
}

/** CPU time (ms) the main threads of all of Chromium's renderer processes have used so far (Linux only; 0 elsewhere). */
function rendererCpuMs(browserPid: number | undefined): number {
  if (!browserPid || !existsSync('/proc/self/schedstat')) return 0;
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid (after the parenthesised command name).
      parent.set(Number(name), Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === browserPid) return true;
    return false;
  };
  let ns = 0;
  for (const pid of parent.keys()) {
    if (!descends(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      ns += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // Gone already.
    }
  }
  return ns / 1e6;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const click = (selector: string) => `document.querySelector(${JSON.stringify(selector)}).click()`;
const typeText = (text: string) =>
  `const q = document.querySelector('jt-map input[name="q"]'); q.value = ${JSON.stringify(text)}; q.dispatchEvent(new Event('input', { bubbles: true }))`;

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

  const html = (f: string) => readFileSync(path.join(DIST, f));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const [load1, load5] = loadavg();
  const report = `# Map benchmark

Generated by \`npm run bench:map\` (scripts/bench-map.ts) on ${new Date().toISOString().slice(0, 10)}. Re-run it after changing
the map; the numbers depend on the machine, so compare runs made on the same one.

- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${load1!.toFixed(1)} (1 min) / ${load5!.toFixed(1)} (5 min) when the run ended.
  These machines are shared: a high load average means the figures are pessimistic.
- Browser: headless Chromium ${browser.version()}, 1280 × 900 viewport, tiles blocked.
- Corpus: ${places.features.length.toLocaleString('en')} synthetic places (seeded), ${RUNS} runs per scenario, median shown.

## Filtering ${places.features.length.toLocaleString('en')} places

"CPU" is the time the page's renderer main thread spent on the update (JavaScript, style, layout, paint): what it
takes on this machine when nothing else runs. "Wall" runs from the input event until the markers are re-clustered,
the list of places in view is redrawn and the next frame is painted, on the machine as loaded as it was (see the load
average above); markercluster's chunked loading also yields to the browser between chunks when a chunk runs long.
"Undo" is the reverse action (untick, clear the text), back to all ${places.features.length.toLocaleString('en')} places.

| Scenario | Places left | CPU | Wall | Undo CPU | Undo wall |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Target: under 100 ms for every scenario.

## Start-up

- Map ready (markers clustered, list drawn) ${(ready / 1000).toFixed(1)} s after a click on the page's overview, with ${places.features.length.toLocaleString('en')} places.
- Synthetic places.geojson: ${kb(geojson.length)} raw, ${kb(gzipSync(geojson).length)} gzip (the real one: ${kb(html('data/places.geojson').length)}).

## Weight of the map page (the real build)

| What | Raw | Gzip |
| --- | ---: | ---: |
| JavaScript loaded by /en/map/ as it opens, before the map starts (the site's scripts and the map's bootstrap) | ${kb(before.reduce((n, b) => n + b.length, 0))} | ${kb(beforeGzip)} |
| The static overview it shows until then (/peta/ikhtisar.svg, the real places) | ${kb(html('peta/ikhtisar.svg').length)} | ${kb(gzipSync(html('peta/ikhtisar.svg')).length)} |
| JavaScript loaded by /en/map/ once the map has started (the above, Leaflet, markercluster, map code, lake outline) | ${kb(jsRaw)} | ${kb(jsGzip)} |
| HTML of /peta/ | ${kb(html('peta/index.html').length)} | ${kb(gzipSync(html('peta/index.html')).length)} |
| HTML of /en/map/ | ${kb(html('en/map/index.html').length)} | ${kb(gzipSync(html('en/map/index.html')).length)} |

Budget: 80 KB of JavaScript (gzip). The HTML carries no place data; only the no-JavaScript list of places by district
grows with the content.
`;
  writeFileSync(OUT, report);
  console.log(`ready in ${ready} ms; JS ${kb(jsGzip)} gzip; wrote ${path.relative(process.cwd(), OUT)}`);
}

// Run when executed, not when imported (reports/ scratch profilers import syntheticPlaces).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
