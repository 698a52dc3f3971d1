import type { AnalysisContext, Category, Fix } from './types';

/** A span a rule reports before the policy assigns it an action. */
export interface Match {
  start: number;
  end: number;
  /** 0..1: how sure the rule is that this span is a real problem. */
  confidence: number;
  /** Overrides the rule's message, e.g. a myth's own correction. */
  message?: string;
  fix?: Fix;
  /** A more specific id, e.g. 'misinfo.myth.vaccines-autism' under rule 'misinfo.known-myth'. */
  ruleId?: string;
  /** A rule may report a neighbouring category (e.g. an age over 89 from the age rule). */
  category?: Category;
}

/** A rule's match with its rule filled in, before the policy assigns an action. */
export interface RawMatch extends Match {
  category: Category;
  ruleId: string;
  message: string;
}

/** What every rule sees: the draft (zero-width characters removed) and who is writing where. */
export interface RuleInput {
  text: string;
  context: AnalysisContext;
}

/** An example draft, optionally with the context it is written in (e.g. a review reply). */
export type Example = string | { text: string; context: AnalysisContext };

/**
 * Examples every rule carries; tests/unit/rule-examples.test.ts runs them all. A flag example
 * must raise at least one warning (confidence at or above the default threshold) from the rule,
 * and may mark the exact span(s) it expects with [[double brackets]]: each marked span must be
 * overlapped by one of those warnings. A pass example must raise no warning from the rule.
 */
export interface RuleExamples {
  flag: readonly Example[];
  pass: readonly Example[];
}

export interface Rule {
  /** Equals the file name under lib/analyzer/<family>/ with the family as prefix: 'phi.ssn'. */
  id: string;
  category: Category;
  /** One plain sentence shown to the user. */
  message: string;
  find(input: RuleInput): Match[];
  examples: RuleExamples;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
