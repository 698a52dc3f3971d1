/**
 * The browser's lookup of the interface's words, installed by each composition root with
 * `setTranslator(translate)` (lib/i18n). The browser chooses the language from its own UI
 * language; `@wxt-dev/i18n` reads the `_locales` it generated from lib/i18n/locales.
 *
 * Each message is remembered once read, and a lookup never throws: a content script outlives its
 * extension after an update, and what it shows then must still have words.
 */
import { i18n } from '#i18n';
import { setTranslator, type MessageKey, type Subs, type Translate } from '../i18n';

const seen = new Map<string, string>();

export const translate: Translate = (key: MessageKey, subs?: Subs) => {
  const memo = !subs?.length;
  if (memo && seen.has(key)) return seen.get(key)!;
  let message = '';
  try {
    // Positional substitutions only ($1…$9), exactly as browser.i18n.getMessage takes them.
    message = subs?.length ? (i18n.t as (k: string, s: string[]) => string)(key, subs.map(String)) : (i18n.t as (k: string) => string)(key);
  } catch {
    // The extension context is gone (updated or removed); keep what was read before.
  }
  if (!message) return key;
  if (memo) seen.set(key, message);
  return message;
};

/** Reads these messages now, while the extension is surely there (see above). */
export function preload(keys: readonly MessageKey[]): void {
  for (const key of keys) translate(key);
}

/**
 * An extension page's words in the browser's language: installs the lookup, sets `<html lang>`
 * and, given its message, the page's title (the tab's name).
 */
export function pageLanguage(title?: MessageKey): void {
  setTranslator(translate);
  document.documentElement.lang = translate('lang');
  if (title) document.title = translate(title);
}
