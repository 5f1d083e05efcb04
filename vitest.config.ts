import { defineConfig } from 'vitest/config';

/**
 * Integration checks that need more than one production build of a fixture
 * (two builds on different days for the calendar's UIDs). They run in the
 * quality job (`npm run test:quality`), not in the fast gate `npm test`.
 */
const INTEGRATION = ['tests/unit/content/calendar-build.test.ts'];

// Unit tests of src/lib (pure TypeScript), the content checker and a few fixture builds (`unit`, in `npm test`),
// and the slower integration builds (`integration`, in `npm run test:quality`). JSON results feed the CI summary
// line (.ci/summary.mjs); the integration run writes its own file (package.json).
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 20_000,
    // Vitest's default on 2 cores is one file at a time, and it must stay so: the fixture builds of
    // several files (fixture-site-build, payload-build, fixture-build) share the project's .astro/ folder,
    // where Astro writes the content module list of the build it runs, so two at once would race.
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: INTEGRATION } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
