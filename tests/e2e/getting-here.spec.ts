/**
 * The getting-here page draws its routes from data (tests/fixtures/site/pages/getting-here: an invented ferry
 * and road): dated figures, the warning to check, what is unknown, and destination pages that link to it.
 */
import { test, expect } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

test('a traveller sees the ferry’s timetable and fares with their year, the warning, and what is unknown', async ({ page }) => {
  await page.goto('cara-ke-toba/');
  const ferry = page.locator('[data-leg="feri-uji"]');
  await expect(ferry.getByRole('heading', { name: 'Feri Uji – Pulau Uji' })).toBeVisible();
  await expect(ferry).toContainText('Data tahun 2019');
  await expect(ferry).toContainText('Jadwal keberangkatan (2019)');
  await expect(ferry).toContainText('08:00, 11:00');
  await expect(ferry).toContainText('dilaporkan 2019');
  await expect(ferry).toContainText('60 menit');
  await expect(ferry.locator('[data-caution]')).toContainText('Periksa sebelum berangkat: Tarif penumpang uji belum pasti.');
  const road = page.locator('[data-leg="jalan-uji"]');
  await expect(road).toContainText('235–250 km');
  await expect(road).toContainText('6 jam');
  await expect(road).toContainText('Tahun data tidak diketahui');
  const unknown = page.locator('[data-unknown]');
  await expect(unknown.getByRole('heading', { name: 'Yang belum kami ketahui' })).toBeVisible();
  await expect(unknown).toContainText('Bus uji dan mobil travel uji.');
});

test('the English page says the same in English', async ({ page }) => {
  await page.goto('en/getting-here/');
  await expect(page.locator('[data-leg="feri-uji"]')).toContainText('Figures from 2019');
  await expect(page.locator('[data-unknown]')).toContainText('Test buses and test travel minibuses.');
});

test('a destination in a district the ferry serves links to its part of the page', async ({ page }) => {
  await page.goto('destinasi/onan-ujian/');
  const facts = page.locator('[data-getting-here]');
  await expect(facts.getByRole('link', { name: 'Feri Uji – Pulau Uji' })).toHaveAttribute('href', /\/cara-ke-toba\/#feri-uji$/);
  await facts.getByRole('link', { name: /Semua cara ke Toba/ }).click();
  await expect(page).toHaveURL(/\/cara-ke-toba\/$/);
});
