#!/usr/bin/env node
/**
 * Builds the e2e fixture corpus (tests/fixtures/site/) into dist-fixture/, the site the behavioural
 * end-to-end specs run against (Playwright's `fixture` project). The live content/ is never what those
 * specs assert on: it belongs to the office and changes every week. dist/ is left alone.
 *
 * Usage: npm run build:fixture            (always builds; `npm test` runs it after `npm run build`)
 *        node scripts/build-fixture-site.mjs --if-missing   (Playwright's web server: builds only when
 *        there is no fixture build yet, so `npm run test:e2e -- some.spec.ts` works on a fresh clone)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const FIXTURE_CONTENT = 'tests/fixtures/site';
export const FIXTURE_OUT = 'dist-fixture';

if (process.argv.includes('--if-missing') && existsSync(`${FIXTURE_OUT}/index.html`)) process.exit(0);
const res = spawnSync('node_modules/.bin/astro', ['build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    JELAJAH_CONTENT_DIR: FIXTURE_CONTENT,
    JELAJAH_OUT_DIR: FIXTURE_OUT,
    // Inside the project: Vite loads the content store by a root-relative URL.
    JELAJAH_CACHE_DIR: 'node_modules/.astro-fixture-site',
    JELAJAH_SHARE_CACHE_DIR: 'node_modules/.cache/jelajah-toba-share-fixture',
    ASTRO_TELEMETRY_DISABLED: '1',
    // An invented press contact, so tests/e2e/brand.spec.ts sees the press page with one (the live build has none).
    JELAJAH_PRESS_NAME: 'Humas Contoh',
    JELAJAH_PRESS_EMAIL: 'pers@example.org',
  },
});
process.exit(res.status ?? 1);
