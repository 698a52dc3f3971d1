import type { Category, PolicyAction } from './types';

/** What each category is called in the user's words. */
export const CATEGORY_LABELS: Record<Category, string> = {
  'phi.name': 'Patient name',
  'phi.date': 'Date tied to a patient',
  'phi.age': 'Patient age',
  'phi.age-over-89': 'Age over 89',
  'phi.geo': 'Place: street, town, room or bed',
  'phi.phone': 'Phone number',
  'phi.fax': 'Fax number',
  'phi.email': 'Email address',
  'phi.ssn': 'Social Security number',
  'phi.mrn': 'Medical record number',
  'phi.health-plan-id': 'Health plan or member ID',
  'phi.account-number': 'Account or card number',
  'phi.license-number': 'License or certificate number',
  'phi.vehicle-id': 'Vehicle identifier',
  'phi.device-id': 'Device identifier',
  'phi.url': 'Personal web address',
  'phi.ip': 'IP address',
  'phi.other-id': 'Identifying number',
  'phi.patient-context': 'Identifiable patient details',
  'phi.relationship-confirmation': 'Confirms someone is a patient',
  'phi.photo-context': 'Photo of a patient or record',
  'misinfo.known-myth': 'Known health myth',
  'misinfo.miracle-cure': 'Cure claim',
  'misinfo.conspiracy': 'Conspiracy claim',
  'misinfo.anti-treatment': 'Advice against treatment',
  'misinfo.unsourced-stat': 'Statistic without a source',
  'prof.hostile': 'Hostile or disparaging',
  'prof.coi': 'Promotion without disclosure',
  'prof.individual-advice': 'Advice to a specific person',
};

/**
 * What each level is called, in one set of words everywhere: the card's tag on a finding, the
 * popup and options pages, the admin guide (which adds the policy value: `confirm`).
 */
export const LEVEL_LABELS: Record<PolicyAction, string> = {
  off: 'Off',
  inform: 'Hint',
  warn: 'Warn',
  confirm: 'Ask before posting',
  block: 'Block posting',
};
