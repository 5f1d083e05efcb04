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
    files: ['src/scripts/**/*.ts', 'src/sw/**/*.ts', 'src/lib/**/*.ts', 'src/**/*.astro'],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
  },
);
