import { misinfoRules } from './misinfo';
import { phiRules } from './phi';
import { profRules } from './prof';
import type { Rule } from './rule';

/** Every rule the analyzer runs. */
export const RULES: readonly Rule[] = [...phiRules, ...misinfoRules, ...profRules];
