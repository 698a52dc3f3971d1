// Lint, with the project's layering enforced (CONVENTIONS.md "The shape: a pure core, thin glue"):
// - lib/analyzer is pure: no browser APIs, DOM, Dexie, Preact, or extension glue;
// - only lib/analyzer/nlp.ts imports compromise;
// - lib/dom touches the document but never `browser.*`, Dexie or messaging glue;
// - content scripts never import Dexie (IndexedDB there lands in the page's origin);
// - every regex literal is checked for super-linear backtracking (eslint-plugin-regexp).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const BROWSER_GLUE = [
  { name: 'wxt/browser', message: 'Only entrypoints/ talk to browser APIs.' },
  { name: 'webextension-polyfill', message: 'Import { browser } from "wxt/browser" in entrypoints/ instead.' },
  { name: 'dexie', message: 'Dexie is opened only in the background and extension pages.' },
];
const COMPROMISE = [
  { name: 'compromise', message: 'Only lib/analyzer/nlp.ts imports compromise; use its read-only views.' },
  { name: 'compromise-dates', message: 'Only lib/analyzer/nlp.ts imports compromise plugins.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/dist/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['lib/analyzer/**'],
    ignores: ['lib/analyzer/nlp.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...BROWSER_GLUE, ...COMPROMISE, { name: 'preact', message: 'The analyzer has no UI.' }, { name: '@preact/signals', message: 'The analyzer has no UI.' }],
        patterns: [{ group: ['**/dom/**', '**/components/**', '**/messaging/**', '**/sites/**', '**/policy/**', '**/entrypoints/**', 'preact/*'], message: 'lib/analyzer depends on nothing but itself.' }],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'chrome', 'browser', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    files: ['lib/analyzer/nlp.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: BROWSER_GLUE }],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'fetch'],
    },
  },
  {
    files: ['lib/dom/**', 'lib/sites/**', 'components/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [...BROWSER_GLUE, ...COMPROMISE] }], 'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch'] },
  },
  {
    files: ['entrypoints/content/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [...COMPROMISE, { name: 'dexie', message: 'IndexedDB opened in a content script lands in the page origin.' }], patterns: [{ group: ['**/policy/db*'], message: 'No Dexie in content scripts.' }] }] },
  },
  {
    files: ['tests/fixtures/**/*.{js,mjs}', 'scripts/**/*.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', process: 'readonly', console: 'readonly', Date: 'readonly', URL: 'readonly', location: 'readonly' } },
  },
);
