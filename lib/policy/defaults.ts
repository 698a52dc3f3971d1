import type { AnalyzerPolicy } from '../analyzer/policy';
import { CATEGORIES, type Category, type PolicyAction } from '../analyzer/types';
import type { Policy } from './schema';

/**
 * Out-of-the-box actions: identifiers that name a patient outright, an identifiable patient story
 * and a reply that confirms someone is a patient are `confirm` (Post is held until the user
 * looks, when the analyzer is sure: see HOLD_THRESHOLD); everything else warns. Organizations
 * raise or lower these centrally.
 */
export const DEFAULT_ACTIONS: Record<Category, PolicyAction> = Object.fromEntries(
  CATEGORIES.map((c) => [c, 'warn' as PolicyAction]),
) as Record<Category, PolicyAction>;
for (const c of ['phi.ssn', 'phi.mrn', 'phi.health-plan-id', 'phi.account-number', 'phi.patient-context', 'phi.relationship-confirmation'] as const) {
  DEFAULT_ACTIONS[c] = 'confirm';
}

/** `confirm` and `block` hold Post from this confidence up; a less certain finding warns. */
export const HOLD_THRESHOLD = 0.8;

/** How sure a rule must be to raise a warning, per sensitivity setting. */
export const SENSITIVITY_THRESHOLDS = { low: 0.7, balanced: 0.5, high: 0.3 } as const;
export type Sensitivity = keyof typeof SENSITIVITY_THRESHOLDS;

/** The analyzer's view of the default policy: what `npm run scan` and a fresh install use. */
export const DEFAULT_ANALYZER_POLICY_FULL: AnalyzerPolicy = {
  actions: DEFAULT_ACTIONS,
  warnThreshold: SENSITIVITY_THRESHOLDS.balanced,
  holdThreshold: HOLD_THRESHOLD,
  reportThreshold: 0.15,
};

/**
 * The full default policy, before any user setting or managed policy. Every site on, balanced
 * sensitivity, empty lists, a 300 ms check delay, text in attached photos read, and a decision log kept for 90 days with times rounded to the hour.
 */
export const DEFAULT_POLICY: Policy = {
  actions: { ...DEFAULT_ACTIONS },
  sites: { facebook: true, x: true, linkedin: true, instagram: true },
  sensitivity: 'balanced',
  allowList: { names: [], phones: [], addresses: [], websites: [], phrases: [] },
  checksOff: { bySite: [] },
  denyList: { facilities: [], patterns: [] },
  debounceMs: 300,
  photoText: true,
  decisionLog: { enabled: true, retentionDays: 90, timePrecision: 'hour' },
};
