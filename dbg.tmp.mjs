import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.route(/tile\.openstreetmap\.org/, (r) => r.abort('internetdisconnected'));
await page.goto('http://127.0.0.1:4401/en/map/?zoom=10&lat=2.55&lng=98.95');
await page.waitForSelector('jt-map[data-ready]');
console.log(await page.evaluate(() => {
  const pane = document.querySelector('.leaflet-outline-pane');
  return { pane: pane?.outerHTML.slice(0, 600), lakes: document.querySelectorAll('.jt-lake').length, note: document.querySelector('.jt-map-note')?.textContent };
}));
await page.locator('.map-canvas').screenshot({ path: '/tmp/map2.png' });
await browser.close();
