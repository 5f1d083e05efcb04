import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Documentation screenshots (`npm run docs:cms-screens`), kept apart from every test run: the same
 * browser and live-build server as the e2e tests, the specs of tests/docs/, and no JSON report.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  // Its own folder: Playwright empties its output folder when it starts, and a test run beside it uses test-results/.
  outputDir: `${root}test-results/docs`,
  reporter: 'list',
  projects: [{ name: 'docs' }],
  // The live build's server only (the first one); the fixture site has no part in the screenshots.
  // Paths in this file are relative to tests/docs/; the server runs from the project root, as in the test runs.
  webServer: [base.webServer ?? []]
    .flat()
    .slice(0, 1)
    .map((server) => ({ ...server, cwd: root })),
});
