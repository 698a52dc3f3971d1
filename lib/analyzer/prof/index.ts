import type { Rule } from '../rule';
import coi from './coi';
import hostile from './hostile';
import individualAdvice from './individual-advice';

/** Professionalism rules, alphabetical by id. tests/unit/rule-structure.test.ts checks this list is complete. */
export const profRules: readonly Rule[] = [coi, hostile, individualAdvice];
