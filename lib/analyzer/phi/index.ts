import type { Rule } from '../rule';
import email from './email';
import mrn from './mrn';
import phone from './phone';
import ssn from './ssn';

/** PHI rules, alphabetical by id. tests/unit/rule-structure.test.ts checks this list is complete. */
export const phiRules: readonly Rule[] = [email, mrn, phone, ssn];
