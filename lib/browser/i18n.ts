/**
 * The browser's lookup of the interface's words, installed by each composition root with
 * `setTranslator(translate)` (lib/i18n). The browser chooses the language from its own UI
 * language; `@wxt-dev/i18n` reads the `_locales` it generated from lib/i18n/locales.
 *
 * Each message is remembered once read, and a lookup never throws: a content script outlives its
 * extension after an update, and what it shows then must still have words.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { fromCatalog, setTranslator, type MessageKey, type Subs, type Translate } from '../i18n';

const seen = new Map<string, string>();
/** Told when a lookup throws: the extension context is gone (see onLookupFailure). */
let lookupFailed: (() => void) | undefined;
/** The package's own catalog file, read when the browser's lookup answers '' (see pageLanguage). */
let fallback: Translate | undefined;

export const translate: Translate = (key: MessageKey, subs?: Subs) => {
  const memo = !subs?.length;
  if (memo && seen.has(key)) return seen.get(key)!;
  let message = '';
  try {
    // Positional substitutions only ($1…$9), exactly as browser.i18n.getMessage takes them.
    message = subs?.length ? (i18n.t as (k: string, s: string[]) => string)(key, subs.map(String)) : (i18n.t as (k: string) => string)(key);
  } catch {
    // The extension context is gone (updated or removed); keep what was read before.
    lookupFailed?.();
  }
  if (!message && fallback) {
    message = fallback(key, subs);
    if (message === key) message = '';
  }
  if (!message) return key;
  if (memo) seen.set(key, message);
  return message;
};

/**
 * Calls `f` whenever a lookup throws. In Chrome a content script whose extension was updated or
 * removed gets "Extension context invalidated." from chrome.i18n.getMessage (it never answers '':
 * measured with the extension reloaded under a Spanish UI), so a message not read before would
 * show as its key; the content script retires its card at once on the first such failure instead
 * of at its next alive check.
 */
export function onLookupFailure(f: () => void): void {
  lookupFailed = f;
}

/** Reads these messages now, while the extension is surely there (see above). */
export function preload(keys: readonly MessageKey[]): void {
  for (const key of keys) translate(key);
}

function safe(f: () => string): string {
  try {
    return f() ?? '';
  } catch {
    return '';
  }
}

/**
 * Reads the catalog of the browser's language from the package's own `_locales` file when the
 * browser's lookup answers an empty string. Seen in CI: a popup opened just after a browser
 * restart showed message keys (policy-persistence restart test, 1 run in 3), as a just-started
 * service worker did (6064c28). An extension page may fetch its own files (CSP connect-src 'self').
 */
async function loadFallback(): Promise<void> {
  try {
    if ((i18n.t as (k: string) => string)('extName')) return;
  } catch {
    // the lookup itself failed: read the file
  }
  try {
    // The locale the browser picked the messages for ('@@ui_locale') is the one to copy; when the
    // lookup is down that answers '' too, and the UI language is next best (headless Chromium
    // started with --lang=es was seen answering 'en-US' here while it served Spanish messages).
    const locale = safe(() => browser.i18n.getMessage('@@ui_locale')) || safe(() => browser.i18n.getUILanguage()) || navigator.language;
    const lang = locale.toLowerCase().startsWith('es') ? 'es' : 'en';
    const res = await fetch((browser.runtime.getURL as (path: string) => string)(`/_locales/${lang}/messages.json`));
    const json = (await res.json()) as Record<string, { message?: unknown }>;
    const messages: Record<string, string> = {};
    for (const [k, v] of Object.entries(json)) if (typeof v?.message === 'string') messages[k] = v.message;
    fallback = fromCatalog(messages);
  } catch {
    // nothing more to try: the keys show, as before
  }
}

/**
 * An extension page's words in the browser's language: installs the lookup (with the package's
 * catalog file behind it when the browser's answers are empty), sets `<html lang>` and, given its
 * message, the page's title (the tab's name). Resolves when the page can be drawn.
 */
export async function pageLanguage(title?: MessageKey): Promise<void> {
  setTranslator(translate);
  await loadFallback();
  document.documentElement.lang = translate('lang');
  if (title) document.title = translate(title);
}
