import type { Category, DenyList, PolicyAction } from './types';

/**
 * The part of the policy the analyzer needs: an action per category and how sure a rule must
 * be before a finding is raised above `inform`. The full policy (sites, lists, log) lives in
 * lib/policy and is reduced to this before analysis.
 */
export interface AnalyzerPolicy {
  actions: Partial<Record<Category, PolicyAction>>;
  /** Findings below this confidence are shown only as `inform` hints. */
  warnThreshold: number;
  /**
   * Findings whose category is set to `confirm` or `block` hold Post only at or above this
   * confidence; below it they warn. Identifiers are near-certain; a patient story is held when
   * the post-level judgement is sure.
   */
  holdThreshold?: number;
  /** Findings below this confidence are not reported at all. */
  reportThreshold: number;
  /** Extra strings that are never PHI (merged with the context's allow-list). */
  allow?: readonly string[];
  /**
   * Exact words the user chose to always allow from a warning: a finding of any family whose
   * flagged text is one of these (compared by letters and digits) is not reported.
   */
  allowExact?: readonly string[];
  /** The organization's deny-list (merged with the context's): reported by phi.deny-list. */
  deny?: DenyList;
}

export const DEFAULT_ANALYZER_POLICY: AnalyzerPolicy = {
  actions: {},
  warnThreshold: 0.5,
  reportThreshold: 0.15,
};
