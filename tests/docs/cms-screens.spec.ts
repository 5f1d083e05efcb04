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
import { FIXTURE } from '../unit/helpers';

const OUT = 'docs/img/cms';
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

test('the CMS screens of the editor guide', async ({ page }) => {
  await pickOpfsFolder(page);
  await openAdmin(page);
  await seedRepo(page, repoFiles(FIXTURE));
  await shot(page, '01-masuk');

  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('status')).toContainText('Destinasi', { timeout: 60_000 });
  await expect(page.getByText('Pantai Contoh').first()).toBeVisible({ timeout: 60_000 });
  await shot(page, '02-koleksi');

  // A destination in the editor: the form on the left, the preview on the right.
  await page.getByText('Pantai Contoh').first().click();
  const preview = page.getByRole('document', { name: 'Content Preview' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('textbox', { name: /Judul · title/ })).toHaveValue('Pantai Contoh');
  await shot(page, '03-editor');

  // An event's schedule: the "Berulang · recurrence" fields.
  await page.goBack();
  await page
    .getByRole('link', { name: /^Acara/ })
    .first()
    .click();
  await page.getByText('Acara Contoh').first().click();
  await expect(page.getByRole('textbox', { name: /Judul · title/ })).toHaveValue('Acara Contoh', { timeout: 60_000 });
  const schedule = page.getByText(/Berulang · recurrence/).first();
  await renderWholeForm(page, schedule);
  await schedule.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 250);
  await shot(page, '04-jadwal');

  // Saving: in local mode "Save" writes the files (publishing is a commit and push, ch. 10).
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeVisible();
  await page.mouse.wheel(0, -5000);
  await shot(page, '05-simpan');
});
