import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Documentation screenshots (`npm run docs:cms-screens`), kept apart from every test run: the same
 * browser and live-build server as the e2e tests, the specs of tests/docs/, and no JSON report.
 */
const [live] = [base.webServer].flat();
export default defineConfig({
  ...base,
  testDir: 'tests/docs',
  reporter: 'list',
  projects: [{ name: 'docs' }],
  webServer: live,
});
