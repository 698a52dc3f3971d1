/** The interface's catalogs as the browser gets them (name → message), read from lib/i18n/locales. */
import fs from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fromCatalog, type Translate } from '../../../lib/i18n';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** One language's messages, exactly as written to _locales/<lang>/messages.json. */
export function catalog(lang: Lang): Record<string, string> {
  const text = fs.readFileSync(path.join(__dirname, '../../../lib/i18n/locales', `${lang}.yml`), 'utf8');
  const chrome = generateChromeMessages(parseMessagesText(text, 'YAML'));
  return Object.fromEntries(Object.entries(chrome).map(([k, v]) => [k, v.message]));
}

export function translator(lang: Lang): Translate {
  return fromCatalog(catalog(lang));
}
