/** Words for the policy controls, shared by the popup and the options page. */
import type { Family } from '../lib/analyzer/types';
import { levelLabel, t } from '../lib/i18n';
import type { PolicyAction } from '../lib/analyzer/types';
import type { Sensitivity } from '../lib/policy/schema';

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

export const lockedText = (): string => t('lockedText');
export const lockedHint = (): string => t('lockedHint');
