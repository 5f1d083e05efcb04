import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Documentation screenshots (`npm run docs:cms-screens`), kept apart from every test run: the same
 * browser and live-build server as the e2e tests, the specs of tests/docs/, and no JSON report.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/docs',
  // Its own folder: Playwright empties its output folder when it starts, and a test run beside it uses test-results/.
  outputDir: 'test-results/docs',
  reporter: 'list',
  projects: [{ name: 'docs' }],
  // The live build's server only (the first one); the fixture site has no part in the screenshots.
  webServer: [base.webServer ?? []].flat().slice(0, 1),
});
