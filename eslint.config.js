// Lint, with the project's layering enforced by folder (ARCHITECTURE.md, CONVENTIONS.md "a pure core,
// thin glue"). Imports are checked on their resolved paths (import-x/no-restricted-paths), so a
// relative import of lib/browser/db from lib/page fails exactly like a package import would.
// Layers, lowest first; a folder imports only folders below it:
//   lib/i18n → lib/sites → lib/analyzer → lib/policy → lib/protocol | lib/audit → lib/page | lib/browser → components → entrypoints
// - lib/audit (export readers for the audit of past posts) sits beside lib/protocol: pure, it uses
//   the analyzer and the policy's defaults, and the two siblings do not import each other;
// - lib/analyzer/text is the one text toolkit; the rule families (phi, misinfo, prof) use it and
//   never import each other; only text/nlp.ts imports compromise;
// - lib/browser is the only importer of wxt/browser, webextension-polyfill and Dexie;
// - the content script takes only the runtime client from lib/browser (Dexie there would open
//   IndexedDB in the page's origin);
// - every regex literal is checked for super-linear backtracking (eslint-plugin-regexp).
// tests/unit/lint-layers.test.ts lints small bad files to prove each of these is caught.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

const LAYERS = ['lib/sites', 'lib/analyzer', 'lib/policy', 'lib/protocol', 'lib/audit', 'lib/page', 'lib/browser', 'components', 'entrypoints'];
/** What each folder may not import: everything above it (protocol and audit are siblings, and so are page and browser). */
const ABOVE = {
  'lib/sites': LAYERS.slice(1),
  'lib/analyzer': LAYERS.slice(2),
  'lib/policy': LAYERS.slice(3),
  'lib/protocol': LAYERS.slice(4),
  'lib/audit': ['lib/protocol', ...LAYERS.slice(5)],
  'lib/page': ['lib/browser', 'components', 'entrypoints'],
  'lib/browser': ['lib/page', 'components', 'entrypoints'],
  components: ['lib/page', 'lib/browser', 'entrypoints'],
};
const FAMILIES = ['phi', 'misinfo', 'prof'];
const zones = [
  ...Object.entries(ABOVE).flatMap(([target, froms]) =>
    froms.map((from) => ({ target: `./${target}`, from: `./${from}`, message: `${target} sits below ${from} and may not import it.` })),
  ),
  ...FAMILIES.flatMap((fam) =>
    FAMILIES.filter((o) => o !== fam).map((o) => ({
      target: `./lib/analyzer/${fam}`,
      from: `./lib/analyzer/${o}`,
      message: 'Rule families share code only through lib/analyzer/text.',
    })),
  ),
  ...FAMILIES.map((fam) => ({ target: './lib/analyzer/text', from: `./lib/analyzer/${fam}`, message: 'The text toolkit knows no rule family.' })),
  // lib/i18n (the interface's words) is the lowest folder of all: every layer may call t().
  ...LAYERS.map((from) => ({ target: './lib/i18n', from: `./${from}`, message: 'lib/i18n sits below every other folder.' })),
  {
    target: './entrypoints/content',
    from: './lib/browser',
    except: ['./content-runtime.ts'],
    message: 'The content script takes only the runtime client from lib/browser (no Dexie in the page origin).',
  },
];

const GLUE = [
  { name: 'wxt/browser', message: 'Only lib/browser talks to browser APIs.' },
  { name: 'webextension-polyfill', message: 'Only lib/browser talks to browser APIs.' },
  { name: 'dexie', message: 'Dexie is opened only from lib/browser (background and extension pages).' },
  { name: '#i18n', allowTypeImports: true, message: "Only lib/browser reads the browser's i18n; elsewhere call t() from lib/i18n." },
];
const COMPROMISE = [
  { name: 'compromise', message: 'Only lib/analyzer/text/nlp.ts imports compromise; use its read-only views.' },
  { name: 'compromise/two', message: 'Only lib/analyzer/text/nlp.ts imports compromise; use its read-only views.' },
];
const UI = [
  { name: 'preact', message: 'This layer has no UI.' },
  { name: '@preact/signals', message: 'This layer has no UI.' },
];
const PURE_GLOBALS = ['document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'chrome', 'browser', 'fetch', 'XMLHttpRequest'];
const restrict = (paths) => ['error', { paths, patterns: [{ group: ['preact/*'], message: 'This layer has no UI.' }].filter(() => paths.includes(UI[0])) }];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/dist/**', 'test-results/**', 'playwright-report/**', 'tests/unit/lint-fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty-pattern': 'off',
      'no-restricted-imports': ['error', { paths: [...GLUE, ...COMPROMISE] }],
    },
  },
  {
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['lib/i18n/**', 'lib/sites/**', 'lib/analyzer/**', 'lib/policy/**', 'lib/protocol/**', 'lib/audit/**'],
    ignores: ['lib/analyzer/text/nlp.ts'],
    rules: { 'no-restricted-imports': restrict([...GLUE, ...COMPROMISE, ...UI]), 'no-restricted-globals': ['error', ...PURE_GLOBALS] },
  },
  {
    files: ['lib/analyzer/text/nlp.ts'],
    rules: { 'no-restricted-imports': restrict([...GLUE, ...UI]), 'no-restricted-globals': ['error', ...PURE_GLOBALS] },
  },
  {
    files: ['lib/page/**'],
    ignores: ['lib/page/card/**'],
    rules: { 'no-restricted-imports': restrict([...GLUE, ...COMPROMISE, ...UI]), 'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch', 'XMLHttpRequest'] },
  },
  {
    files: ['lib/page/card/**', 'components/**', 'entrypoints/**'],
    rules: { 'no-restricted-imports': restrict([...GLUE, ...COMPROMISE]), 'no-restricted-globals': ['error', 'chrome', 'browser', 'fetch', 'XMLHttpRequest'] },
  },
  {
    files: ['lib/browser/**'],
    rules: { 'no-restricted-imports': ['error', { paths: COMPROMISE }] },
  },
  {
    // Tests drive the glue directly (fake IndexedDB, WXT's fake browser).
    files: ['tests/**'],
    rules: { 'no-restricted-imports': ['error', { paths: COMPROMISE }] },
  },
  {
    files: ['tests/fixtures/**/*.{js,mjs}', 'scripts/**/*.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', process: 'readonly', console: 'readonly', Date: 'readonly', URL: 'readonly', location: 'readonly' } },
  },
);
