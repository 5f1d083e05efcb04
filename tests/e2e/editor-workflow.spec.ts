/**
 * The editor's workflow, end to end, on a fixture content folder: an entry
 * made with `npm run new`, filled in and published, appears on its index
 * page, in search and in the map data; a draft shows in `npm run dev` but
 * never in a production build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { test, expect } from './fixtures';
import { fixtureCopy } from '../unit/helpers';
import { buildSite, indexedUrls } from '../support/fixture-site';
import { serveStatic, type StaticServer } from '../support/static-server';

// One scenario at a time: Astro keeps generated content modules in the project's .astro/ folder, so a
// fixture build and a dev server on another content folder must not run side by side.
test.describe.configure({ mode: 'serial' });

const PUBLISHED = { slug: 'air-terjun-pelangiwara', title: 'Air Terjun Pelangiwara', en: 'Pelangiwara Waterfall', word: 'pelangiwara' };
const DRAFT = { slug: 'bukit-sembunyiwara', title: 'Bukit Sembunyiwara', word: 'sembunyiwara' };

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

/** A content folder with one scaffolded, filled-in, published destination (with a photo) and one scaffolded draft. */
async function editorContent(): Promise<string> {
  const root = fixtureCopy();
  scaffold(root, 'destinasi', PUBLISHED.title, '--kecamatan', 'Balige', '--en', PUBLISHED.en);
  scaffold(root, 'destinasi', DRAFT.title, '--kecamatan', 'Laguboti');
  const dir = path.join(root, 'destinations', PUBLISHED.slug);
  await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 30, g: 110, b: 160 } } })
    .jpeg()
    .toFile(path.join(dir, 'foto-1.jpg'));
  const file = path.join(dir, 'index.id.mdx');
  let text = uncomment(readFileSync(file, 'utf8'), 'photos');
  text = text
    .replace('draft: true', 'draft: false')
    .replace('Tulis apa yang tampak di foto', 'Air terjun di antara pepohonan')
    .replace(/^summary: .*$/m, `summary: Air terjun ${PUBLISHED.word} yang jernih di Balige.`);
  writeFileSync(file, text);
  const en = path.join(dir, 'index.en.mdx');
  writeFileSync(en, readFileSync(en, 'utf8').replace(/^summary: .*$/m, `summary: The clear ${PUBLISHED.word} waterfall in Balige.`));
  const draft = path.join(root, 'destinations', DRAFT.slug, 'index.id.mdx');
  writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^summary: .*$/m, `summary: Bukit ${DRAFT.word} yang belum siap.`));
  return root;
}

test.describe('an entry made with npm run new, once published', () => {
  let site: string;
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = await buildSite(await editorContent());
    server = await serveStatic(site);
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
