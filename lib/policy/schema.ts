/**
 * The policy model: what a user, an organization and the defaults can set, as one table of
 * fields. Everything else is derived from that table: validation and repair of stored or
 * imported settings, the managed-policy JSON schema (public/managed_schema.json), the keys a
 * managed policy can lock, and the effective policy (resolve.ts).
 *
 * Settings are repaired on read, never thrown away (after Dark Reader's validateSettings): a
 * field with a bad value is dropped (and falls back to its default), a list keeps its good
 * items, a number out of range is clamped, and each repair is reported as a plain sentence.
 */
import { checkPattern } from '../analyzer/text/safe-pattern';
import { ACTIONS, CATEGORIES, type Category, type PolicyAction } from '../analyzer/types';
import { SENSITIVITY_THRESHOLDS, type Sensitivity } from './defaults';

export type { Sensitivity } from './defaults';
export { SUPPORTED_SITES as POLICY_SITES, type SupportedSite as PolicySite } from '../sites';
import { SUPPORTED_SITES as POLICY_SITES, type SupportedSite as PolicySite } from '../sites';
export const SENSITIVITIES = Object.keys(SENSITIVITY_THRESHOLDS) as readonly Sensitivity[];

export interface Policy {
  actions: Record<Category, PolicyAction>;
  sites: Record<PolicySite, boolean>;
  sensitivity: Sensitivity;
  allowList: { names: string[]; phones: string[]; addresses: string[]; websites: string[] };
  denyList: { facilities: string[]; patterns: string[] };
  debounceMs: number;
  decisionLog: { enabled: boolean; retentionDays: number };
}

/** A sparse policy: only the keys someone set. User settings and managed policy have this shape. */
export type PolicyPatch = {
  [K in keyof Policy]?: Policy[K] extends string | number | boolean ? Policy[K] : Partial<Policy[K]>;
};

type FieldType =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'strings'; maxItems: number; minLength: number; maxLength: number; check?: (s: string) => string | null };

export interface Field {
  /** Dotted key: 'sensitivity', 'decisionLog.enabled', 'actions.phi.ssn'. What a lock names. */
  key: string;
  /** Where the value sits in a Policy: one or two levels. */
  path: readonly [keyof Policy] | readonly [keyof Policy, string];
  type: FieldType;
  title: string;
  description: string;
}

/** Refuses a deny-list pattern that is not provably linear-time (lib/analyzer/text/safe-pattern.ts). */
function patternProblem(s: string): string | null {
  const c = checkPattern(s);
  return c.ok ? null : c.reason;
}

const ALLOW_ITEM = { kind: 'strings', maxItems: 50, minLength: 2, maxLength: 200 } as const;

export const FIELDS: readonly Field[] = [
  ...CATEGORIES.map(
    (c): Field => ({
      key: `actions.${c}`,
      path: ['actions', c],
      type: { kind: 'enum', values: ACTIONS },
      title: c,
      description: `What to do with a finding of ${c}: off, inform (hint), warn, confirm (hold Post until acknowledged) or block.`,
    }),
  ),
  ...POLICY_SITES.map(
    (s): Field => ({
      key: `sites.${s}`,
      path: ['sites', s],
      type: { kind: 'boolean' },
      title: s,
      description: `Check drafts on ${s}.`,
    }),
  ),
  { key: 'sensitivity', path: ['sensitivity'], type: { kind: 'enum', values: SENSITIVITIES }, title: 'Sensitivity', description: 'How sure a rule must be before it warns: low (fewer warnings), balanced or high (more warnings).' },
  { key: 'allowList.names', path: ['allowList', 'names'], type: ALLOW_ITEM, title: 'Own names', description: 'Names that are never flagged as patient names: the author’s own name, the practice’s clinicians.' },
  { key: 'allowList.phones', path: ['allowList', 'phones'], type: ALLOW_ITEM, title: 'Practice phones', description: 'The practice’s public phone and fax numbers.' },
  { key: 'allowList.addresses', path: ['allowList', 'addresses'], type: ALLOW_ITEM, title: 'Practice addresses', description: 'The practice’s public street addresses.' },
  { key: 'allowList.websites', path: ['allowList', 'websites'], type: ALLOW_ITEM, title: 'Practice websites', description: 'The practice’s public web addresses.' },
  { key: 'denyList.facilities', path: ['denyList', 'facilities'], type: { kind: 'strings', maxItems: 100, minLength: 3, maxLength: 200 }, title: 'Facility names', description: 'Names of the organization’s facilities and units, always flagged.' },
  { key: 'denyList.patterns', path: ['denyList', 'patterns'], type: { kind: 'strings', maxItems: 50, minLength: 1, maxLength: 200, check: patternProblem }, title: 'Record-number formats', description: 'Local MRN or account formats as regular expressions without *, + or {n,} (e.g. MRN-\\d{7}); each is checked to run in linear time.' },
  { key: 'debounceMs', path: ['debounceMs'], type: { kind: 'integer', min: 100, max: 5000 }, title: 'Check delay (ms)', description: 'How long after the last keystroke a draft is checked.' },
  { key: 'decisionLog.enabled', path: ['decisionLog', 'enabled'], type: { kind: 'boolean' }, title: 'Keep decision log', description: 'Count, on this device, how often warnings were edited, dismissed or posted anyway. Never the text.' },
  { key: 'decisionLog.retentionDays', path: ['decisionLog', 'retentionDays'], type: { kind: 'integer', min: 1, max: 3650 }, title: 'Decision log retention (days)', description: 'Entries older than this are deleted.' },
];

export const FIELD_BY_KEY: ReadonlyMap<string, Field> = new Map(FIELDS.map((f) => [f.key, f]));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at a field's path, or undefined. */
export function getAt(obj: unknown, path: Field['path']): unknown {
  if (!isRecord(obj)) return undefined;
  const top = obj[path[0]];
  if (path.length === 1) return top;
  return isRecord(top) ? top[path[1]] : undefined;
}

/** Sets the value at a field's path in a (sparse) policy, creating the group object. */
export function setAt(obj: Record<string, unknown>, path: Field['path'], value: unknown): void {
  if (path.length === 1) {
    obj[path[0]] = value;
    return;
  }
  const group = isRecord(obj[path[0]]) ? (obj[path[0]] as Record<string, unknown>) : {};
  group[path[1]] = value;
  obj[path[0]] = group;
}

export interface Repaired {
  patch: PolicyPatch;
  /** One plain sentence per repair, naming the field. */
  problems: string[];
}

/** Validates one field value: the repaired value (or undefined to drop it) and any problems. */
export function validateField(field: Field, value: unknown): { value: unknown; problems: string[] } {
  const t = field.type;
  const problems: string[] = [];
  const name = `${field.title} (${field.key})`;
  switch (t.kind) {
    case 'enum':
      if (typeof value === 'string' && t.values.includes(value)) return { value, problems };
      return { value: undefined, problems: [`${name}: “${shown(value)}” is not one of ${t.values.join(', ')}; using the default.`] };
    case 'boolean':
      if (typeof value === 'boolean') return { value, problems };
      return { value: undefined, problems: [`${name}: expected true or false; using the default.`] };
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { value: undefined, problems: [`${name}: expected a number; using the default.`] };
      }
      const clamped = Math.min(t.max, Math.max(t.min, Math.round(value)));
      if (clamped !== value) problems.push(`${name}: ${value} is outside ${t.min}–${t.max}; using ${clamped}.`);
      return { value: clamped, problems };
    }
    case 'strings': {
      if (!Array.isArray(value)) return { value: undefined, problems: [`${name}: expected a list; using the default.`] };
      const out: string[] = [];
      for (const item of value) {
        if (typeof item !== 'string') {
          problems.push(`${name}: skipped an entry that is not text.`);
          continue;
        }
        const s = item.trim();
        if (s.length < t.minLength || s.length > t.maxLength) {
          problems.push(`${name}: skipped “${s.slice(0, 40)}”: entries must be ${t.minLength}–${t.maxLength} characters.`);
          continue;
        }
        const bad = t.check?.(s);
        if (bad) {
          problems.push(`${name}: skipped “${s.slice(0, 40)}”: ${bad}`);
          continue;
        }
        if (!out.includes(s)) out.push(s);
      }
      if (out.length > t.maxItems) {
        problems.push(`${name}: kept the first ${t.maxItems} entries.`);
        out.length = t.maxItems;
      }
      return { value: out, problems };
    }
  }
}

/**
 * Validates a sparse policy from anywhere (IndexedDB, an import, managed storage, a message)
 * and repairs it: every valid field is kept, every invalid one is dropped or fixed.
 */
export function validatePatch(raw: unknown): Repaired {
  const patch: Record<string, unknown> = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { patch, problems };
  if (!isRecord(raw)) return { patch, problems: ['The policy is not an object; using the defaults.'] };
  for (const field of FIELDS) {
    const value = getAt(raw, field.path);
    if (value === undefined) continue;
    const r = validateField(field, value);
    problems.push(...r.problems);
    if (r.value !== undefined) setAt(patch, field.path, r.value);
  }
  const groups = new Set(FIELDS.map((f) => f.path[0] as string));
  const nested = new Set(FIELDS.filter((f) => f.path.length === 2).map((f) => f.path[0] as string));
  for (const [k, v] of Object.entries(raw)) {
    if (!groups.has(k)) problems.push(`Ignored unknown setting “${k}”.`);
    else if (nested.has(k) && !isRecord(v)) problems.push(`Ignored “${k}”: expected a group of settings; using the defaults.`);
    else if (isRecord(v)) {
      for (const sub of Object.keys(v)) {
        if (!FIELD_BY_KEY.has(`${k}.${sub}`)) problems.push(`Ignored unknown setting “${k}.${sub}”.`);
      }
    }
  }
  return { patch: patch as PolicyPatch, problems };
}

/** A setting's value as text for a message; never throws (an object may have no usable toString). */
function shown(value: unknown): string {
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value).slice(0, 80) : String(value);
  } catch {
    return typeof value;
  }
}
