/** Composition root of the background worker: everything it does is in lib/browser/background.ts. */
import { startBackground } from '../lib/browser/background';
import { translate } from '../lib/browser/i18n';
import { setTranslator } from '../lib/i18n';

export default defineBackground(() => {
  // Answers to a warning (shown on the card) in the browser's language.
  setTranslator(translate);
  startBackground();
});
