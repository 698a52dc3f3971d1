import type { Rule } from '../rule';
import accountNumber from './account-number';
import age from './age';
import date from './date';
import denyList from './deny-list';
import deviceId from './device-id';
import email from './email';
import geo from './geo';
import healthPlanId from './health-plan-id';
import ip from './ip';
import licenseNumber from './license-number';
import mrn from './mrn';
import name from './name';
import otherId from './other-id';
import patientContext from './patient-context';
import phone from './phone';
import photoContext from './photo-context';
import relationshipConfirmation from './relationship-confirmation';
import ssn from './ssn';
import url from './url';
import vehicleId from './vehicle-id';

/** PHI rules, alphabetical by id. tests/unit/rule-structure.test.ts checks this list is complete. */
export const phiRules: readonly Rule[] = [
  accountNumber,
  age,
  date,
  denyList,
  deviceId,
  email,
  geo,
  healthPlanId,
  ip,
  licenseNumber,
  mrn,
  name,
  otherId,
  patientContext,
  phone,
  photoContext,
  relationshipConfirmation,
  ssn,
  url,
  vehicleId,
];
