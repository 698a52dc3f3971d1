/**
 * Composition root of the background worker: everything it does is in lib/browser/background.ts.
 * It installs no translator: the worker sends codes, and the card and the pages put them in
 * words (a just-started MV3 service worker's chrome.i18n can answer an empty string).
 * tests/unit/browser/background-words.test.ts keeps lib/i18n out of what the worker imports.
 */
import { startBackground } from '../lib/browser/background';

export default defineBackground(() => {
  startBackground();
});
