/**
 * Screenshots of the real CMS for the editor guide (docs/panduan-editor.md, ch. 12): the CMS has no
 * Indonesian interface, so the guide walks through its screens in Indonesian. Run with
 * `npm run docs:cms-screens` (never part of `npm test`); it needs a build in dist/ (`npm run build`).
 * Writes small palette PNGs to docs/img/cms/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { openAdmin, pickOpfsFolder, renderWholeForm, repoFiles, seedRepo } from '../e2e/support/cms';

const OUT = 'docs/img/cms';
// The e2e fixture corpus: invented entries (no fact about Toba in a screenshot), a dozen of each kind.
const CORPUS = 'tests/fixtures/site';
test.use({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', trace: 'off' });
test.describe.configure({ mode: 'serial', timeout: 300_000 });

/** A screenshot of the page (or of one part of it), as a 64-colour PNG: a few tens of KB. */
async function shot(page: Page, name: string, what?: Locator): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const png = await (what ?? page).screenshot({ animations: 'disabled' });
  await sharp(png)
    .png({ palette: true, colours: 64, compressionLevel: 9 })
    .toFile(path.join(OUT, `${name}.png`));
}

test('the CMS screens of the editor guide', async ({ page, request }) => {
  // The content folder the served CMS reads (content/, or another one a build was made from).
  const config = await (await request.get('admin/config.yml')).text();
  const prefix = /folder: (\S+)\/destinations/.exec(config)?.[1] ?? 'content';
  await pickOpfsFolder(page);
  await openAdmin(page);
  await seedRepo(page, repoFiles(CORPUS, prefix));
  await shot(page, '01-masuk');

  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('status')).toContainText('Destinasi', { timeout: 60_000 });
  await expect(page.getByText('Pantai Lumban Uji').first()).toBeVisible({ timeout: 60_000 });
  await shot(page, '02-koleksi');

  // A destination in the editor: the form on the left, the preview on the right.
  await page.getByText('Pantai Lumban Uji').first().click();
  const preview = page.getByRole('document', { name: 'Content Preview' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('textbox', { name: /Judul · title/ })).toHaveValue('Pantai Lumban Uji');
  await shot(page, '03-editor');

  // An event's schedule: the "Berulang · recurrence" fields.
  await page.goBack();
  await page.getByRole('treeitem', { name: 'Acara' }).first().click();
  // A race on the second Saturday of July: the schedule fields for "yearly, nth weekday of a month".
  await page.getByText('Lomba Juli Uji').first().click();
  await expect(page.getByRole('textbox', { name: /Judul · title/ })).toHaveValue('Lomba Juli Uji', { timeout: 60_000 });
  // The form's field (the preview on the right repeats its label).
  const schedule = page.getByRole('group', { name: /Berulang · recurrence/ }).first();
  await renderWholeForm(page, schedule);
  // The form's field at the top of the screen, with its sub-fields below it.
  await schedule.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, '04-jadwal');

  // Saving: in local mode "Save" writes the files (publishing is a commit and push, ch. 10).
  // An edit makes Save active (it is grey while nothing changed); the screenshot never saves.
  await page.mouse.wheel(0, -20_000);
  const summary = page.getByRole('textbox', { name: /Ringkasan · summary/ });
  await summary.fill('Lomba perahu uji setiap Sabtu kedua bulan Juli, terbuka untuk umum.');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await shot(page, '05-simpan');
});
