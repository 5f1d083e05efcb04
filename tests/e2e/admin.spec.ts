/**
 * The CMS at /admin, on the built site: served from the site itself, kept out
 * of search and search engines, and what it saves passes the content checker.
 * Local editing runs on a copy of the fixture content in the browser's private
 * file system (tests/e2e/support/cms.ts).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { openAdmin, pickOpfsFolder, renderWholeForm, repoFiles, scrollUntilDrawn, seedRepo } from './support/cms';
import { test, expect } from './fixtures';
import { FIXTURE, fixtureCopy } from '../unit/helpers';
import { checkContent } from '../../src/content/validate';
import { indexedUrls } from '../support/fixture-site';

// The CMS is a large single-page app: on a busy machine it needs far longer than our pages to start and
// respond, so these scenarios run one at a time with generous time limits. Trace snapshots of its very
// large form would slow it further.
test.use({ trace: 'off' });
test.describe.configure({ mode: 'serial', timeout: 300_000 });

test('an editor opens /admin and can choose local or GitHub editing, with everything served by the site', async ({
  page,
  consoleErrors,
  baseURL,
}) => {
  const loaded: string[] = [];
  page.on('requestfinished', (r) => loaded.push(r.url()));
  await openAdmin(page);
  await expect(page.getByRole('button', { name: /Sign In with .*GitHub/ })).toBeVisible();
  const origin = new URL(baseURL!).origin;
  expect(loaded.filter((u) => !u.startsWith(origin) && !u.includes('githubstatus.com'))).toEqual([]);
  expect(loaded.some((u) => /\/_astro\/.*\.js$/.test(u))).toBe(true);
  // No CSP block either: the CMS's fonts come from the site, never from a CDN (src/build/cms.ts).
  expect(consoleErrors).toEqual([]);
});

test('/admin is kept out of site search, the sitemap and search engines', async ({ page }) => {
  const res = await page.request.get('admin/');
  const html = await res.text();
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
  expect(html).not.toContain('data-pagefind-body');
  expect(html).toContain('http-equiv="Content-Security-Policy"');
  const urls = indexedUrls(path.resolve(process.env.JELAJAH_OUT_DIR ?? 'dist'));
  expect(urls.some((u) => u.includes('/destinasi/'))).toBe(true);
  expect(urls.filter((u) => u.includes('/admin'))).toEqual([]);
});

const BODY_ID =
  'Air terjun kecil ini mengalir di antara pepohonan rindang tidak jauh dari jalan desa. Pengunjung bisa berjalan kaki sekitar sepuluh menit dari tempat parkir melalui jalan setapak yang kadang licin setelah hujan. Bawalah sepatu yang nyaman, air minum dan kantong untuk sampah Anda. Pagi hari adalah waktu terbaik untuk datang, ketika udara masih sejuk dan cahaya matahari menembus dedaunan. Hormati warga desa, mintalah izin sebelum memotret rumah mereka, dan jangan memetik tanaman di sekitar kolam. Warung kecil di dekat parkir menjual kopi dan makanan ringan.';
const BODY_EN =
  'This small waterfall runs between shady trees not far from the village road. Visitors can walk about ten minutes from the car park along a footpath that is sometimes slippery after rain. Bring comfortable shoes, drinking water and a bag for your rubbish. Morning is the best time to come, when the air is still cool and the sunlight comes through the leaves. Respect the villagers, ask before photographing their houses, and do not pick the plants around the pool.';

test('an editor adds a destination with a photo in the CMS, and the files it saves pass the content checker', async ({
  page,
  consoleErrors,
}) => {
  await pickOpfsFolder(page);
  await openAdmin(page);
  await seedRepo(page, repoFiles(FIXTURE));

  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  // The CMS has read the folder and opened the first collection.
  await expect(page.getByRole('status')).toContainText('Destinasi', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Create New Entry' }).click();
  // Text typed into a field reaches the entry a moment later (the preview shows it then); moving on before
  // that can lose it, which an editor typing at human speed never sees.
  const preview = page.getByRole('document', { name: 'Content Preview' });
  const type = async (field: RegExp, text: string) => {
    const box = page.getByRole('textbox', { name: field });
    // As an editor does: type once the field can take text, and see it in the box and then in the preview.
    await expect(box).toBeEditable();
    // On a busy machine the CMS can still reset a field while it sets the new entry up (1 run in 10 under
    // load lost the title after the preview showed): an editor who saw the box empty would type again.
    await expect(async () => {
      if ((await box.inputValue()) !== text) await box.fill(text);
      await expect(box).toHaveValue(text, { timeout: 3_000 });
      await expect(preview).toContainText(text, { timeout: 3_000 });
    }).toPass({ timeout: 45_000 });
  };
  // The editor is ready when its preview is on screen: text typed before that can be dropped as the entry
  // is set up (one run in twenty on a busy machine lost the first title).
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await type(/Judul · title/, 'Air Terjun Uji CMS');
  await type(/Ringkasan · summary/, 'Air terjun kecil yang ditambahkan lewat CMS.');
  await page.getByRole('combobox', { name: /Kategori · category/ }).click();
  await page.getByRole('option', { name: 'Air terjun (waterfall)' }).click();
  await page.getByRole('combobox', { name: /Kecamatan · district/ }).click();
  await page.getByRole('option', { name: 'Balige', exact: true }).click();
  // The point must lie in the desa named (the checker places it in the official boundaries).
  await page.getByRole('textbox', { name: /Desa\/kelurahan · village/ }).fill('Lumban Bulbul');
  await renderWholeForm(page, page.getByText('Isi · body'));
  // A location is optional (a place nobody has pinned yet shows without one): the editor adds it.
  await page.getByRole('checkbox', { name: /Add\W*Lokasi · location/ }).check();
  await page.getByRole('spinbutton', { name: /Lintang · lat/ }).fill('2.3485');
  await page.getByRole('spinbutton', { name: /Bujur · lng/ }).fill('99.074');
  await page.getByRole('radio', { name: /Perkiraan/ }).click();
  await page.getByRole('button', { name: /Add\W*Foto · photos/ }).click();
  const jpeg = await sharp({ create: { width: 640, height: 427, channels: 3, background: { r: 20, g: 110, b: 160 } } })
    .jpeg()
    .toBuffer();
  const fileInput = page.locator('input[type=file]').first();
  await scrollUntilDrawn(page, fileInput);
  await fileInput.setInputFiles({ name: 'air-terjun.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(page.getByText('air-terjun.jpg').first()).toBeVisible({ timeout: 60_000 });
  // The CMS draws a field's inputs once they scroll into view; the photo's fields are far above the location's.
  // Bring the uploaded photo on screen, then turn the wheel over the form (not the preview pane beside it) until
  // its fields are drawn: one CI run waited 5 minutes for a field that was never drawn.
  await page.getByText('air-terjun.jpg').first().scrollIntoViewIfNeeded();
  const alt = page.getByRole('textbox', { name: /Indonesia · id/ }).first();
  await scrollUntilDrawn(page, alt);
  await expect(alt).toBeEditable({ timeout: 30_000 });
  await alt.fill('Air terjun di antara pepohonan');
  await page.getByRole('textbox', { name: /Kredit foto · credit/ }).fill('Dinas Pariwisata Kabupaten Toba');
  // The form draws fields as they scroll into view; the licence is below the credit.
  const license = page.getByRole('textbox', { name: /Lisensi foto · license/ });
  await renderWholeForm(page, license);
  await license.fill('CC BY 4.0');
  // A published entry needs a page text of 80 words or more, in each language (the checker's body-too-short).
  const body = async (text: string) => {
    const field = page.getByRole('group', { name: /Isi · body.*Field/ });
    await renderWholeForm(page, field);
    await field.getByRole('textbox').first().fill(text, { timeout: 20_000 });
    await expect(preview).toContainText(text.slice(0, 40));
  };
  await body(BODY_ID);
  await page
    .getByRole('radio', { name: /^English/ })
    .first()
    .click();
  await type(/Judul · title/, 'CMS Test Waterfall');
  await type(/Ringkasan · summary/, 'A small waterfall added through the CMS.');
  await body(BODY_EN);
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const slug = 'air-terjun-uji-cms';
  const read = () =>
    page.evaluate(async (slug) => {
      const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
      try {
        const dir = await (await (await repo.getDirectoryHandle('content')).getDirectoryHandle('destinations')).getDirectoryHandle(slug);
        const out: Record<string, number[]> = {};
        for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
          out[name] = [...new Uint8Array(await (await handle.getFile()).arrayBuffer())];
        }
        return out;
      } catch {
        return {};
      }
    }, slug);
  await expect
    .poll(async () => Object.keys(await read()).sort(), { timeout: 60_000 })
    .toEqual(['air-terjun.jpg', 'index.en.mdx', 'index.id.mdx']);

  // The saved folder, dropped into a copy of the fixture, passes the same checker the build runs.
  const root = fixtureCopy();
  const dir = path.join(root, 'destinations', slug);
  mkdirSync(dir);
  for (const [name, bytes] of Object.entries(await read())) writeFileSync(path.join(dir, name), Buffer.from(bytes));
  const { errors, entries } = checkContent(root, { cwd: root });
  expect(errors).toEqual([]);
  const saved = entries.find((e) => e.slug === slug)!;
  expect(saved.data).toMatchObject({
    category: 'waterfall',
    district: 'balige',
    location: { lat: 2.3485, lng: 99.074, precision: 'approximate' },
    photos: [{ src: 'air-terjun.jpg', credit: 'Dinas Pariwisata Kabupaten Toba', license: 'CC BY 4.0' }],
  });
  expect(saved.en?.title).toBe('CMS Test Waterfall');
  expect(readFileSync(path.join(dir, 'index.en.mdx'), 'utf8')).not.toMatch(/category|district|photos/);
  // No CSP block either: the CMS's fonts come from the site, never from a CDN (src/build/cms.ts).
  expect(consoleErrors).toEqual([]);
});
