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
    // Both cores: most files are import-bound, and the fixture builds overlap with them.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: INTEGRATION } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
