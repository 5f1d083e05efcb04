// Flat config: typescript-eslint + eslint-plugin-astro + eslint-config-prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import compat from 'eslint-plugin-compat';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      'dist-fixture/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    rules: {
      // Unused function arguments named _x document an interface; flag everything else.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code must run on every browser of the support matrix (package.json "browserslist",
    // docs/browser-support.md): the compat rule flags web APIs that some of them lack.
    files: ['src/client/**/*.ts', 'src/lib/**/*.ts', 'src/**/*.astro'],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
  },
  // Where code runs (docs/architecture.md): each folder imports only what can run where it runs, and the
  // build never ships a test helper or a command-line tool.
  ...boundaries(),
);

/**
 * The architecture's import rules as lint errors, one entry per folder. A later entry replaces an earlier
 * one's `no-restricted-imports` for the same files, so each list is complete in itself. Type-only imports
 * are allowed across the lines: they vanish from the built code.
 */
function boundaries() {
  const neverShips = {
    group: ['**/tests/**', '**/scripts/**'],
    message: 'Code under src/ ships in the build: it never imports a test helper (tests/) or a command-line tool (scripts/).',
  };
  const noNode = {
    group: ['node:*', 'fs', 'path'],
    message: 'This code also runs in the browser: Node code belongs in src/build/ or src/content/.',
  };
  const noAstroRuntime = {
    group: ['astro:*'],
    message: "Astro's runtime modules (astro:content, astro:assets) belong in src/content/, src/build/, pages and components.",
  };
  const rule = (...patterns) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [...patterns, neverShips].map((p) => ({ ...p, allowTypeImports: true })) },
    ],
  });
  return [
    { files: ['src/**/*.ts', 'src/**/*.mjs', 'src/**/*.astro'], rules: rule() },
    {
      files: ['src/lib/**/*.ts'],
      rules: rule(noNode, noAstroRuntime, {
        group: ['**/client/**', '**/build/**', '**/content/load', '**/content/views/**', '**/content/validate'],
        message: 'src/lib/ is pure TypeScript shared by the browser, the build and the checker: no browser, build or content-loading code.',
      }),
    },
    {
      files: ['src/client/**/*.ts'],
      rules: rule(noNode, noAstroRuntime, {
        group: ['**/build/**', '**/content/**', '!**/content/vocab', '!**/content/districts'],
        message:
          'Browser code learns about content from the built pages and data files (and the shared vocabulary), never from src/content/.',
      }),
    },
  ];
}
