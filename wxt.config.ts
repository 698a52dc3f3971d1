import { defineConfig } from 'wxt';

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
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
