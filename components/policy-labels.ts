/** Words for the policy controls, shared by the popup and the options page. */
import type { Family } from '../lib/analyzer/types';
import { categoryLabel, levelLabel, t, type MessageKey } from '../lib/i18n';
import { isCategory } from '../lib/analyzer/types';
import type { PolicyAction } from '../lib/analyzer/types';
import { FIELD_BY_KEY, type Problem, type ProblemCode, type Refusal, type RefusalCode, type Sensitivity, type TimePrecision } from '../lib/policy/schema';
import { SITE_LABELS } from '../lib/sites';

export { SITE_LABELS } from '../lib/sites';

// Getters: each word is read in the interface's language when shown, not when this file loads
// (before the page has installed its translator).

/** The levels' words: one set for the card, popup, options and the admin guide. */
export const ACTION_LABELS: Readonly<Record<PolicyAction, string>> = {
  get off() { return levelLabel('off'); },
  get inform() { return levelLabel('inform'); },
  get warn() { return levelLabel('warn'); },
  get confirm() { return levelLabel('confirm'); },
  get block() { return levelLabel('block'); },
};

export const SENSITIVITY_LABELS: Readonly<Record<Sensitivity, { label: string; hint: string }>> = {
  get low() { return { label: t('sens_low'), hint: t('sens_lowHint') }; },
  get balanced() { return { label: t('sens_balanced'), hint: t('sens_balancedHint') }; },
  get high() { return { label: t('sens_high'), hint: t('sens_highHint') }; },
};

export const FAMILY_LABELS: Readonly<Record<Family, string>> = {
  get phi() { return t('family_phi'); },
  get misinfo() { return t('family_misinfo'); },
  get prof() { return t('family_prof'); },
};

/** The options page's name for each setting that is not a category, a site or the sensitivity. */
const SETTING_LABELS: Readonly<Record<string, MessageKey>> = {
  'allowList.names': 'opt_names',
  'allowList.phones': 'opt_phones',
  'allowList.addresses': 'opt_addresses',
  'allowList.websites': 'opt_websites',
  'allowList.phrases': 'opt_phrases',
  'checksOff.bySite': 'opt_offTitle',
  'denyList.facilities': 'opt_facilities',
  'denyList.patterns': 'opt_patterns',
  debounceMs: 'opt_debounce',
  photoText: 'opt_photoText',
  'decisionLog.enabled': 'opt_logEnabled',
  'decisionLog.retentionDays': 'opt_logDays',
  'decisionLog.timePrecision': 'opt_logPrecision',
};

/**
 * A setting's name in the interface's language, by its dotted key ('denyList.patterns'); the
 * schema's English title (lib/policy/schema.ts, which the managed schema for administrators
 * keeps) when the catalogs have none.
 */
export function settingLabel(key: string): string {
  const message = Object.hasOwn(SETTING_LABELS, key) ? SETTING_LABELS[key] : undefined;
  return message ? t(message) : (FIELD_BY_KEY.get(key)?.title ?? key);
}

/**
 * Any setting's name in the interface's language, by its dotted key: a category's name for its
 * action, "Check drafts on X" for a site, the sensitivity, or settingLabel.
 */
export function fieldLabel(key: string): string {
  const [top, sub] = FIELD_BY_KEY.get(key)?.path ?? [];
  if (top === 'actions' && sub && isCategory(sub)) return categoryLabel(sub);
  if (top === 'sites' && sub) return t('popup_checkOn', [SITE_LABELS[sub as keyof typeof SITE_LABELS] ?? sub]);
  if (top === 'sensitivity') return t('popup_sensitivity');
  return settingLabel(key);
}

/** The decision log's time precisions in the interface's language. */
export const PRECISION_LABELS: Readonly<Record<TimePrecision, string>> = {
  get hour() { return t('opt_precisionHour'); },
  get day() { return t('opt_precisionDay'); },
};

const REFUSAL_KEYS: Readonly<Record<RefusalCode, MessageKey>> = {
  empty: 'ref_empty',
  'too-long': 'ref_tooLong',
  invalid: 'ref_invalid',
  lookaround: 'ref_lookaround',
  backreference: 'ref_backreference',
  'open-repeat': 'ref_openRepeat',
  feature: 'ref_feature',
  'too-many-paths': 'ref_tooManyPaths',
  'match-too-long': 'ref_matchTooLong',
  'match-too-short': 'ref_matchTooShort',
  length: 'ref_length',
  'check-off': 'ref_checkOff',
  'max-items': 'ref_maxItems',
};

/**
 * Why a list entry or a pattern was refused, in the interface's language, from its code; the
 * English reason when it has none (a refusal stored by an older version).
 */
export function refusalText(r: Pick<Refusal, 'reason' | 'code' | 'subs'>): string {
  if (!r.code || !Object.hasOwn(REFUSAL_KEYS, r.code)) return r.reason;
  // The regex parser's own words (English, from the browser) stay in parentheses.
  if (r.code === 'invalid') return t('ref_invalid', [r.subs?.length ? ` (${r.subs[0]})` : '']);
  return t(REFUSAL_KEYS[r.code], r.subs ?? []);
}

const PROBLEM_KEYS: Readonly<Record<ProblemCode, MessageKey>> = {
  'not-one-of': 'prob_notOneOf',
  'not-boolean': 'prob_notBoolean',
  'not-number': 'prob_notNumber',
  'not-list': 'prob_notList',
  clamped: 'prob_clamped',
  'entry-not-text': 'prob_entryNotText',
  'entry-skipped': 'prob_entrySkipped',
  'kept-first': 'prob_keptFirst',
  'unknown-setting': 'prob_unknownSetting',
  'not-group': 'prob_notGroup',
  'policy-not-object': 'prob_policyNotObject',
  'settings-not-object': 'prob_settingsNotObject',
  'no-migration': 'prob_noMigration',
  'newer-version': 'prob_newerVersion',
  'settings-unreadable': 'prob_settingsUnreadable',
  'file-not-json': 'prob_fileNotJson',
  managed: 'prob_managed',
};

/** Problems about one field: their first value is the field's key, named here as "its name (key)". */
const FIELD_PROBLEMS: ReadonlySet<ProblemCode> = new Set(['not-one-of', 'not-boolean', 'not-number', 'not-list', 'clamped', 'entry-not-text', 'entry-skipped', 'kept-first', 'managed']);

/**
 * A problem with settings or an imported file, in the interface's language, from its code; the
 * English sentence when it has none this version knows. A field is named as "its name (key)",
 * the key kept so an administrator can find it in the file.
 */
export function problemText(p: Pick<Problem, 'reason' | 'code' | 'subs' | 'refusal'>): string {
  if (!p.code || !Object.hasOwn(PROBLEM_KEYS, p.code)) return p.reason;
  const subs = [...(p.subs ?? [])];
  if (FIELD_PROBLEMS.has(p.code) && subs.length) subs[0] = `${fieldLabel(String(subs[0]))} (${subs[0]})`;
  if (p.code === 'entry-skipped') subs.push(p.refusal ? refusalText(p.refusal) : '');
  return t(PROBLEM_KEYS[p.code], subs);
}

export const lockedText = (): string => t('lockedText');
export const lockedHint = (): string => t('lockedHint');
