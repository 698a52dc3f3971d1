import type { Rule } from '../rule';
import antiTreatment from './anti-treatment';
import conspiracy from './conspiracy';
import knownMyth from './known-myth';
import miracleCure from './miracle-cure';
import unsourcedStat from './unsourced-stat';

/** Misinformation rules, alphabetical by id. tests/unit/rule-structure.test.ts checks this list is complete. */
export const misinfoRules: readonly Rule[] = [antiTreatment, conspiracy, knownMyth, miracleCure, unsourcedStat];
