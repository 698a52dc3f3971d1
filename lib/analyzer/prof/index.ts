import type { Rule } from '../rule';

/** Professionalism rules, alphabetical by id. */
export const profRules: readonly Rule[] = [];
