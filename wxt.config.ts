import path from 'node:path';
import { defineConfig } from 'wxt';

/**
 * OCR of attached photos (issue 16): Tesseract's worker, one core (SIMD + LSTM only: every
 * browser we support has WebAssembly SIMD, and the LSTM engine is the only one we run) and the
 * English model, copied from node_modules into the package's `ocr/` folder, so they load from
 * the extension and never from a CDN. The core's .wasm sits beside the worker, where the core
 * looks for it. lib/browser/ocr-engine.ts names these paths.
 */
const OCR_FILES: [string, string][] = [
  ['tesseract.js/dist/worker.min.js', 'ocr/worker.min.js'],
  ['tesseract.js-core/tesseract-core-simd-lstm.js', 'ocr/tesseract-core-simd-lstm.js'],
  ['tesseract.js-core/tesseract-core-simd-lstm.wasm', 'ocr/tesseract-core-simd-lstm.wasm'],
  ['@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', 'ocr/eng.traineddata.gz'],
];
/**
 * WebAssembly (the OCR core) needs 'wasm-unsafe-eval'; nothing else is loosened. `connect-src`
 * lets extension pages, the worker and the offscreen document (with Tesseract's worker) fetch only
 * the package's own files and in-memory data: the browser itself refuses any network request.
 */
const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self' data: blob:";

/**
 * Public half of the extension's signing key (base64 DER SubjectPublicKeyInfo). It pins the
 * extension id to kbcnljnglgginepcpgcnjkmcclhokpkp for unpacked builds, so an organization's
 * managed policy (keyed by extension id) and the e2e tests reach the same extension.
 * The private key is not in the repository; a store build gets its id from the store.
 */
const PUBLIC_KEY =
  
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0jKUBnl8mLYCPOpZkdeGQQx5ZRQwo/KjwHhKq2KV1xORknMi1NVg7rAt' +
  '1zsxxpcsV2vYwfRgCgCcfCuxKvl9biLKc6MMoiASwSa0lvmONSSvBDFf2cdrwRyLGZEOdSXYvT8v2C3eSBpa9oNbujAu3utQbOCa' +
  '2BQaL5cPkJrumVDztkb1hpTvIuwA2rkTf2H8xU44JrOkM3Va48bgUlkGTZq84y2kZ8YOFrLvCQyEUr+tZj25cJvVyddcogq2lUEa' +
  'A7oPxNIbur6oQs7RobTy73PTDMrj1ji/eGs/daFj3lWaPcSRIVNWFiiG+RTc60vwwkJG1Nc4kZMzqKEXUBG1KQIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  // The interface's words, one file per language (lib/i18n/locales/en.yml, es.yml); the module
  // writes them to _locales/<lang>/messages.json and the browser picks by its UI language.
  i18n: { localesDir: 'lib/i18n/locales' },
  // One icon source (public/icon.svg); the 16, 32, 48 and 128 px PNGs and the manifest's `icons`
  // (which the toolbar button also uses) are generated from it at build time.
  autoIcons: { baseIconPath: 'public/icon.svg', developmentIndicator: false },
  zip: {
    // The sources zip for Mozilla's review: the code, not the bundled editor fixtures, test output
    // or an organization's signing key (scripts/package.mjs checks the result).
    excludeSources: ['tests/fixtures/dist/**', 'test-results/**', 'playwright-report/**', 'demo-screenshots/**', 'keys/**', '**/*.pem'],
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const [from, to] of OCR_FILES) files.push({ absoluteSrc: path.resolve('node_modules', from), relativeDest: to });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `offscreen` (Chrome): the page that reads text in attached photos (issue 16); no warning at install.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'offscreen'],
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    // Keyboard access to the card from inside any compose box (users can change it at
    // chrome://extensions/shortcuts).
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenCard__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'second-look@example.org',
              // 140 (the ESR since 2025): the first Firefox that reads data_collection_permissions,
              // and past what the content script needs: `:has()` in site selectors (121). The
              // underlines are positioned boxes in our shadow root, not the CSS Highlight API, so
              // they set no higher floor (underline-geometry.spec checks them).
              strict_min_version: '140.0',
              // Nothing is collected or transmitted: Firefox's install prompt says so.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Store uploads must not carry a key (the store assigns the id): SECOND_LOOK_STORE_BUILD=1.
          ...(process.env.SECOND_LOOK_STORE_BUILD ? {} : { key: PUBLIC_KEY }),
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
