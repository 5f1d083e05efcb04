import { defineConfig } from 'vitest/config';

/**
 * Integration checks that need more than one production build of a fixture
 * (two builds on different days for the calendar's UIDs). They run in the
 * quality job (`npm run test:quality`), not in the fast gate `npm test`.
 */
const INTEGRATION = ['tests/unit/content/calendar-build.test.ts'];

/**
 * The unit tests that run a whole `astro build` of a fixture. Each build writes the project's .astro/
 * folder (Astro keeps the content module list of the build it runs there, whatever the output folder),
 * so two builds at once would race: these files run one at a time, beside the pure unit tests.
 */
const BUILDS = [
  'tests/unit/content/fixture-build.test.ts',
  'tests/unit/content/fixture-site-build.test.ts',
  'tests/unit/content/payload-build.test.ts',
];

// Unit tests of src/lib (pure TypeScript), the content checker and a few fixture builds (`unit`, in `npm test`),
// and the slower integration builds (`integration`, in `npm run test:quality`). JSON results feed the CI summary
// line (.ci/summary.mjs); the integration run writes its own file (package.json).
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // A test that spawns the checker or reads a large schema can wait a long time for the CPU on a busy
    // 2-core machine (seen: 20 s under a load of 30); the timeout only has to catch a hang.
    testTimeout: 60_000,
    // Two files at a time (Vitest's default on 2 cores is one): most of a unit file's time is importing
    // its modules, which a second worker overlaps. The fixture builds run in their own project, one file
    // at a time, in the same group so a build overlaps the pure tests.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...INTEGRATION, ...BUILDS], maxWorkers: 2 },
      },
      { extends: true, test: { name: 'unit-builds', include: BUILDS, maxWorkers: 1 } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
