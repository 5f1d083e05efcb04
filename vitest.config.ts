import { defineConfig } from 'vitest/config';

// Unit tests of src/lib (pure TypeScript), the content checker and two small
// fixture builds. JSON results feed the CI summary line (.ci/summary.mjs).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 20_000,
  },
});
