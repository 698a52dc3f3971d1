/**
 * The analyzer's contracts (see DESIGN.md, "Contracts"). Pure data types: this folder never
 * touches the DOM, `browser.*`, Dexie or Preact, so it runs the same in Node, tests and the
 * extension's background worker.
 */

export const PHI_CATEGORIES = [
  'phi.name',
  'phi.date',
  'phi.age',
  'phi.age-over-89',
  'phi.geo',
  'phi.phone',
  'phi.fax',
  'phi.email',
  'phi.ssn',
  'phi.mrn',
  'phi.health-plan-id',
  'phi.account-number',
  'phi.license-number',
  'phi.vehicle-id',
  'phi.device-id',
  'phi.url',
  'phi.ip',
  'phi.other-id',
  'phi.patient-context',
  'phi.relationship-confirmation',
  'phi.photo-context',
] as const;

export const MISINFO_CATEGORIES = [
  'misinfo.known-myth',
  'misinfo.miracle-cure',
  'misinfo.conspiracy',
  'misinfo.anti-treatment',
  'misinfo.unsourced-stat',
] as const;

export const PROF_CATEGORIES = ['prof.hostile', 'prof.coi', 'prof.individual-advice'] as const;

export const CATEGORIES = [...PHI_CATEGORIES, ...MISINFO_CATEGORIES, ...PROF_CATEGORIES] as const;

export type Category = (typeof CATEGORIES)[number];
export const FAMILIES = ['phi', 'misinfo', 'prof'] as const;
export type Family = (typeof FAMILIES)[number];

/** What the policy does with a finding of a category. `off` findings are never reported. */
export const ACTIONS = ['off', 'inform', 'warn', 'confirm', 'block'] as const;
export type PolicyAction = (typeof ACTIONS)[number];
export type Action = Exclude<PolicyAction, 'off'>;

/** How strongly each action interrupts the user, for picking the strongest of several. */
export const ACTION_RANK: Readonly<Record<Action, number>> = { inform: 0, warn: 1, confirm: 2, block: 3 };

// Site and surface ids come from the one site list (lib/sites, the layer below the analyzer).
export { SITES, SURFACES, type Site, type Surface } from '../sites';
import type { Site, Surface } from '../sites';

export interface Fix {
  kind: 'replace' | 'add-source' | 'remove';
  replacement?: string;
  link?: string;
}

/** One problem in the draft, as offsets into the analysed text (UTF-16 code units). */
export interface Finding {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
  confidence: number;
  action: Action;
  message: string;
  fix?: Fix;
  /**
   * 'es' when `message` (and a rule-written replacement) is in Spanish (issue 15: a finding in a
   * Spanish sentence reads in Spanish); absent when English. The card marks a reason whose
   * language is not the interface's with `lang`, for screen readers.
   */
  lang?: 'es';
}

/** Who is writing where; lets rules tell a review reply from a post, and skip allowed strings. */
export interface AnalysisContext {
  platform?: Site;
  surface?: Surface;
  /** Strings that are never PHI for this author: own name, practice phone, address, website. */
  allow?: readonly string[];
  /** The organization's deny-list: facility names (literal) and local MRN formats (patterns). */
  deny?: DenyList;
  /** Where the text came from: typed in the draft (the default) or read from an attached photo (issue 16). */
  source?: 'draft' | 'photo';
}

/** Strings an organization names as identifying: checked by the phi.deny-list rule. */
export interface DenyList {
  /** Facility names, matched as whole words, ignoring case. */
  terms?: readonly string[];
  /** Regex bodies for local record-number formats; only linear-time-safe ones run (safe-pattern.ts). */
  patterns?: readonly string[];
}

export function familyOf(category: Category): Family {
  return category.slice(0, category.indexOf('.')) as Family;
}

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
