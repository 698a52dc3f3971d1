/**
 * The interface's words (issue 15). The catalogs are `locales/en.yml` and `locales/es.yml`
 * beside this file; `@wxt-dev/i18n` turns them into the browser's `_locales`, and the browser
 * picks the language from its own UI language (English when it is neither).
 *
 * This folder is pure, below every other: the card (lib/page/card) and the pages' components
 * call `t()` without touching a browser API. Each composition root but the background worker
 * (which sends codes, not sentences: its chrome.i18n can answer '' just after start) installs the browser's lookup
 * once at start (`setTranslator(translate)` from lib/browser/i18n.ts); unit tests install a
 * catalog read from the yml files (`fromCatalog`).
 */
import type { GeneratedI18nStructure } from '#i18n';

/** A message's name in the catalogs. */
export type MessageKey = keyof GeneratedI18nStructure & string;
/** Values for `$1`…`$9` in a message. */
export type Subs = readonly (string | number)[];
export type Translate = (key: MessageKey, subs?: Subs) => string;

/** Before a translator is installed a message shows its key, so a missing setup is plain to see. */
let current: Translate = (key) => key;

/** Installs the lookup every later `t()` uses. */
export function setTranslator(translate: Translate): void {
  current = translate;
}

/** The message `key` in the interface's language, with `$1`… replaced by `subs`. */
export function t(key: MessageKey, subs?: Subs): string {
  return current(key, subs);
}

/** A translator over a plain catalog (name → message), substituting as browser.i18n does. */
export function fromCatalog(messages: Readonly<Record<string, string>>): Translate {
  return (key, subs) => {
    const message = messages[key];
    if (message === undefined) return key;
    return message.replace(/\$([$1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs?.[Number(d) - 1] ?? '')));
  };
}

/** Formats a count the way the interface's language writes numbers (1,234 / 1.234). */
export function count(n: number): string {
  return n.toLocaleString(t('numberLocale'));
}

/** A category's name in the interface's language ('phi.age-over-89' → cat_phi_age_over_89). */
export function categoryLabel(category: string): string {
  return t(`cat_${category.replace(/[.-]/g, '_')}` as MessageKey);
}

/** A level's name in the interface's language (off, inform, warn, confirm, block). */
export function levelLabel(level: string): string {
  return t(`level_${level}` as MessageKey);
}

/** `one` for 1, `other` otherwise: the two plural forms English and Spanish have. */
export function plural(n: number, one: MessageKey, other: MessageKey): string {
  return n === 1 ? t(one) : t(other, [count(n)]);
}

/**
 * A language's name in the interface's language, from its English name as the analyzer gives it
 * ("Portuguese" → "portugués"); a name the catalogs lack stays as it is.
 */
export function languageName(english: string): string {
  return byEnglishName('langName_', english);
}

/** Where the draft is ("Facebook post" → "publicación de Facebook"); a name the catalogs lack stays as it is. */
export function surfaceName(english: string): string {
  return byEnglishName('surface_', english);
}

/** The message `prefix` + the English name in CamelCase, or the English name when there is none. */
function byEnglishName(prefix: string, english: string): string {
  const key = `${prefix}${english.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/\W/g, '')}` as MessageKey;
  const name = t(key);
  return name === key ? english : name;
}
