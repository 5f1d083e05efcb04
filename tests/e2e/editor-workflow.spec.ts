/**
 * The editor's workflow, end to end, on a fixture content folder: an entry
 * made with `npm run new`, filled in and published, appears on its index
 * page, in search and in the map data; a draft shows in `npm run dev` but
 * never in a production build.
 *
 * It is also the proof of the one gate (issue #17): a destination, a product
 * and a yearly event that has never been held, each made with `npm run new`
 * and published the way the editor guide says, pass the content tests, the
 * build, the HTML validator and axe. One build serves all of it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { createRequire } from 'node:module';
import { test, expect } from './fixtures';
import { axeViolations, withAxe } from './support/axe';
import { fixtureCopy } from '../unit/helpers';
import { routeUrl } from '../../src/lib/routes';
import { todayInJakarta } from '../../src/lib/events/dates';
import { buildSite, indexedUrls } from '../support/fixture-site';
import { serveStatic, type StaticServer } from '../support/static-server';

// One scenario at a time: Astro keeps generated content modules in the project's .astro/ folder, so a
// fixture build and a dev server on another content folder must not run side by side.
test.describe.configure({ mode: 'serial' });

const PUBLISHED = { slug: 'air-terjun-pelangiwara', title: 'Air Terjun Pelangiwara', en: 'Pelangiwara Waterfall', word: 'pelangiwara' };
const DRAFT = { slug: 'bukit-sembunyiwara', title: 'Bukit Sembunyiwara', word: 'sembunyiwara' };
const PRODUCT = { slug: 'kopi-pelangiwara', title: 'Kopi Pelangiwara', en: 'Pelangiwara Coffee' };
/** A yearly festival whose first edition is next year: never held, so it has no "last held" date. */
const FESTIVAL = { slug: 'festival-pelangiwara', title: 'Festival Pelangiwara', en: 'Pelangiwara Festival' };
/** The pages of the entries published by editorContent(), in both languages. */
const NEW_PAGES = (
  [
    ['destinations', PUBLISHED.slug],
    ['products', PRODUCT.slug],
    ['events', FESTIVAL.slug],
  ] as const
).flatMap(([route, slug]) => (['id', 'en'] as const).map((lang) => routeUrl('/', lang, route, slug).slice(1)));

/** What an editor writes below the frontmatter: enough words for the checker (80). */
const BODY = {
  id: `Tempat ini cocok dikunjungi bersama keluarga pada pagi hari, ketika udara masih sejuk dan cahaya matahari lembut. Dari pusat kota perjalanan memakan waktu kira-kira setengah jam dengan mobil atau sepeda motor, melewati sawah dan kampung. Pengunjung sebaiknya membawa air minum, topi dan uang tunai secukupnya karena warung di sekitar lokasi belum menerima pembayaran digital. Jaga kebersihan, bawa pulang sampah Anda, dan hormati warga setempat yang tinggal di dekatnya. Tanyakan keadaan jalan kepada penduduk bila turun hujan deras pada malam sebelumnya.\n`,
  en: `This is a good place to visit with the family in the morning, when the air is still cool and the light is soft. From the town centre the trip takes about half an hour by car or motorbike, past rice fields and villages. Bring drinking water, a hat and some cash, because the stalls nearby do not take digital payments yet. Keep the place clean, take your rubbish home, and respect the people who live close by. Ask locals about the road if it rained hard the night before.\n`,
};

/** Replaces the body (everything after the frontmatter) of an entry file. */
function writeBody(file: string, body: string): void {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  writeFileSync(file, `${text.slice(0, end)}\n${body}`);
}

/** Publishes a scaffolded entry the way the guide says: real summary and body in both languages, `draft: false`. */
function publish(dir: string, summary: { id: string; en: string }, edit: (text: string) => string = (t) => t): void {
  const id = path.join(dir, 'index.id.mdx');
  writeFileSync(
    id,
    edit(
      readFileSync(id, 'utf8')
        .replace('draft: true', 'draft: false')
        .replace(/^summary: .*$/m, `summary: ${summary.id}`),
    ),
  );
  writeBody(id, BODY.id);
  const en = path.join(dir, 'index.en.mdx');
  writeFileSync(en, readFileSync(en, 'utf8').replace(/^summary: .*$/m, `summary: ${summary.en}`));
  writeBody(en, BODY.en);
}

/** Runs `npm run new` (the script itself) on a content folder. */
function scaffold(root: string, ...args: string[]): void {
  const res = spawnSync('node_modules/.bin/tsx', ['scripts/new-entry.ts', ...args, '--dir', root], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (res.status !== 0) throw new Error(res.stderr);
}

/** What the guide tells an editor to do: turn on a commented-out field by deleting its "# ". */
function uncomment(text: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`# ${key}:`));
  if (start < 0) throw new Error(`no commented-out ${key}`);
  // The field's lines run to the next blank line.
  for (let i = start; lines[i]?.startsWith('# '); i++) lines[i] = lines[i]!.slice(2);
  return lines.join('\n');
}

/**
 * A content folder with scaffolded, filled-in, published entries (a destination with a photo, a product and
 * a yearly event never held yet) and one scaffolded draft.
 */
async function editorContent(): Promise<string> {
  const root = fixtureCopy();
  const nextYear = Number(todayInJakarta().slice(0, 4)) + 1;
  scaffold(root, 'destinasi', PUBLISHED.title, '--kecamatan', 'Balige', '--en', PUBLISHED.en);
  scaffold(root, 'destinasi', DRAFT.title, '--kecamatan', 'Laguboti');
  scaffold(root, 'produk', PRODUCT.title, '--kecamatan', 'Habinsaran', '--en', PRODUCT.en);
  scaffold(root, 'acara', FESTIVAL.title, '--kecamatan', 'Balige', '--tanggal', `${nextYear}-07-10`, '--en', FESTIVAL.en);
  const dir = path.join(root, 'destinations', PUBLISHED.slug);
  await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 30, g: 110, b: 160 } } })
    .jpeg()
    .toFile(path.join(dir, 'foto-1.jpg'));
  publish(
    dir,
    { id: `Air terjun ${PUBLISHED.word} yang jernih di Balige.`, en: `The clear ${PUBLISHED.word} waterfall in Balige.` },
    (text) => uncomment(text, 'photos').replace('Tulis apa yang tampak di foto', 'Air terjun di antara pepohonan'),
  );
  publish(path.join(root, 'products', PRODUCT.slug), { id: 'Kopi dari lereng bukit Habinsaran.', en: 'Coffee from the Habinsaran hills.' });
  publish(path.join(root, 'events', FESTIVAL.slug), { id: 'Festival tahunan di Balige.', en: 'A yearly festival in Balige.' }, (text) =>
    uncomment(text, 'recurrence'),
  );
  const draft = path.join(root, 'destinations', DRAFT.slug, 'index.id.mdx');
  writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^summary: .*$/m, `summary: Bukit ${DRAFT.word} yang belum siap.`));
  return root;
}

test.describe('an entry made with npm run new, once published', () => {
  let site: string;
  let server: StaticServer;
  let root: string;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    root = await editorContent();
    site = await buildSite(root);
    server = await serveStatic(site);
  });

  test('the new entries pass the content tests that run on content/', () => {
    test.setTimeout(120_000);
    const run = spawnSync(
      'node_modules/.bin/vitest',
      ['run', '--reporter=dot', 'tests/unit/content/corpus.test.ts', 'tests/unit/lib/calendar.test.ts'],
      // --reporter: the outer run's JSON report (reports/vitest.json) is not overwritten.
      { encoding: 'utf8', env: { ...process.env, JELAJAH_CONTENT_DIR: root } },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  test('the new pages are valid HTML (Nu Html Checker)', () => {
    const java = process.env.JAVA ?? 'java';
    test.skip(spawnSync(java, ['-version'], { stdio: 'ignore' }).status !== 0, 'no Java: the Nu Html Checker needs it');
    test.setTimeout(120_000);
    const vnu = String(createRequire(import.meta.url)('vnu-jar'));
    const files = NEW_PAGES.map((p) => path.join(site, p, 'index.html'));
    const run = spawnSync(java, ['-jar', vnu, '--format', 'gnu', '--errors-only', ...files], { encoding: 'utf8' });
    expect(run.stderr.trim() || run.stdout.trim(), files.join('\n')).toBe('');
    expect(run.status).toBe(0);
  });

  test('the new pages pass axe', async ({ page, context }) => {
    await withAxe(context);
    for (const p of NEW_PAGES) {
      await page.goto(`${server.url}${p}`);
      expect(await axeViolations(page), p).toEqual([]);
    }
  });

  test('a yearly event never held says nothing about when it was last held', async ({ page }) => {
    await page.goto(`${server.url}${routeUrl('/', 'id', 'events', FESTIVAL.slug).slice(1)}`);
    await expect(page.locator('[data-previous]')).toBeHidden();
    await expect(page.locator('[data-previous] time')).toHaveCount(0);
  });
  test.afterAll(async () => server?.close());

  test('an editor’s new destination appears on the destinations page, with its photo', async ({ page, consoleErrors }) => {
    await page.goto(`${server.url}destinasi/`);
    const card = page.locator('article', { has: page.getByRole('link', { name: PUBLISHED.title }) });
    await expect(card).toBeVisible();
    await expect(card.locator('img[alt="Air terjun di antara pepohonan"]')).toBeVisible();
    await page.getByRole('link', { name: PUBLISHED.title }).click();
    await expect(page.locator('h1')).toHaveText(PUBLISHED.title);
    expect(consoleErrors).toEqual([]);
  });

  test('a tourist finds the editor’s new destination by searching for its name', async ({ page }) => {
    await page.goto(`${server.url}cari/?q=${PUBLISHED.word}`);
    // Generous wait: the search index loads on first use, and a fixture build may be running beside this test.
    await expect(page.locator('[data-results] a', { hasText: PUBLISHED.title }).first()).toBeVisible({ timeout: 15_000 });
    await page.goto(`${server.url}en/search/?q=${PUBLISHED.word}`);
    await expect(page.locator('[data-results] a', { hasText: PUBLISHED.en }).first()).toBeVisible({ timeout: 15_000 });
  });

  test('the editor’s new destination is on the map', async () => {
    const geojson = path.join(site, 'data', 'places.geojson');
    const text = readFileSync(geojson, 'utf8');
    expect(text).toContain(PUBLISHED.slug);
    expect(text).not.toContain(DRAFT.slug);
  });

  test('a draft is not published: no page, no card, no search result', async ({ page }) => {
    expect(existsSync(path.join(site, 'destinasi', DRAFT.slug))).toBe(false);
    expect(existsSync(path.join(site, 'destinasi', PUBLISHED.slug, 'index.html'))).toBe(true);
    const urls = indexedUrls(site);
    expect(urls).toContain(`/destinasi/${PUBLISHED.slug}/`);
    expect(urls.filter((u) => u.includes(DRAFT.slug))).toEqual([]);
    await page.goto(`${server.url}destinasi/`);
    await expect(page.getByRole('link', { name: PUBLISHED.title })).toBeVisible();
    await expect(page.getByRole('link', { name: DRAFT.title })).toHaveCount(0);
    await page.goto(`${server.url}cari/?q=${DRAFT.word}`);
    await expect(page.locator('[data-results]')).not.toContainText(DRAFT.title);
  });
});

/** A free TCP port, chosen by the OS. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

test.describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  let url: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const root = await editorContent();
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    // Its own process group, so stopping it stops Astro's children too.
    dev = spawn('node_modules/.bin/astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        JELAJAH_CONTENT_DIR: root,
        JELAJAH_CACHE_DIR: path.join('node_modules', '.astro-fixtures', `dev-${port}`),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    // Ready when it serves a content page (the content store is synced), not just when it listens.
    for (let i = 0; i < 120; i++) {
      if (
        await fetch(`${url}destinasi/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error('astro dev did not start');
  });
  test.afterAll(() => {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  });

  test('an editor previews a draft in npm run dev', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${url}destinasi/${DRAFT.slug}/`);
    // main: in development Astro's toolbar adds headings of its own.
    await expect(page.locator('main h1')).toHaveText(DRAFT.title);
    await page.goto(`${url}destinasi/`);
    await expect(page.getByRole('link', { name: DRAFT.title })).toBeVisible();
  });
});
