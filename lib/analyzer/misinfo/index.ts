import type { Rule } from '../rule';

/** Misinformation rules, alphabetical by id. */
export const misinfoRules: readonly Rule[] = [];
