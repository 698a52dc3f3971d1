/**
 * The effective policy: defaults ← user settings ← managed policy. A key the managed policy sets
 * is locked: the user's value for it is ignored here, refused by applyUserChange, and shown as
 * "set by your organization" in the popup and options page. Pure: no storage, no browser APIs.
 */
import type { AnalyzerPolicy } from '../analyzer/policy';
import type { Category, Site } from '../analyzer/types';
import { HOLD_THRESHOLD, SENSITIVITY_THRESHOLDS } from './defaults';
import { FIELDS, getAt, setAt, validatePatch, type Policy, type PolicyPatch, type Problem, type Refusal } from './schema';

export interface Resolved {
  effective: Policy;
  /** Keys set by the managed policy, sorted. */
  locked: string[];
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Merges the three layers field by field. Both patches are validated again, so bad values never apply. */
export function resolve(defaults: Policy, user: unknown, managed: unknown): Resolved {
  const u = validatePatch(user).patch;
  const m = validatePatch(managed).patch;
  const effective = clone(defaults) as unknown as Record<string, unknown>;
  const locked: string[] = [];
  for (const f of FIELDS) {
    const mv = getAt(m, f.path);
    const uv = getAt(u, f.path);
    if (mv !== undefined) {
      setAt(effective, f.path, clone(mv));
      locked.push(f.key);
    } else if (uv !== undefined) {
      setAt(effective, f.path, clone(uv));
    }
  }
  return { effective: effective as unknown as Policy, locked: locked.sort() };
}

/**
 * Applies a user's change to their stored settings: validated, with locked keys left out.
 * `null` for a key removes the user's value (back to the default). Returns the new user patch,
 * the keys ignored because they are locked, the keys it changed, repair messages and the list
 * entries it refused.
 */
export function applyUserChange(
  user: PolicyPatch,
  change: unknown,
  locked: readonly string[],
): { user: PolicyPatch; ignored: string[]; problems: Problem[]; refused: Refusal[]; changed: string[] } {
  const next = clone(user) as Record<string, unknown>;
  const ignored: string[] = [];
  const changed: string[] = [];
  const lockedSet = new Set(locked);
  const { patch, problems, refused } = validatePatch(stripNulls(change));
  for (const f of FIELDS) {
    const raw = getAt(change, f.path);
    const v = getAt(patch, f.path);
    if (raw === undefined) continue;
    if (lockedSet.has(f.key)) {
      ignored.push(f.key);
      continue;
    }
    changed.push(f.key);
    if (raw === null) removeAt(next, f.path);
    else if (v !== undefined) setAt(next, f.path, v);
  }
  return { user: next as PolicyPatch, ignored, problems, refused: refused.filter((r) => !lockedSet.has(r.key)), changed };
}

/**
 * The user's refused list entries after a change: a list the change set (or reset) replaces its
 * old refusals with the new ones; other lists keep theirs.
 */
export function nextRefusals(before: readonly Refusal[], change: { refused: readonly Refusal[]; changed: readonly string[] }): Refusal[] {
  return [...before.filter((r) => !change.changed.includes(r.key)), ...change.refused];
}

function stripNulls(change: unknown): unknown {
  if (typeof change !== 'object' || change === null) return change;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(change)) {
    if (v === null) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      out[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null));
    } else out[k] = v;
  }
  return out;
}

function removeAt(obj: Record<string, unknown>, path: readonly string[]): void {
  const [top, sub] = path as [string, string?];
  if (sub === undefined) {
    delete obj[top];
    return;
  }
  const group = obj[top] as Record<string, unknown> | undefined;
  if (!group) return;
  delete group[sub];
  if (Object.keys(group).length === 0) delete obj[top];
}

/** Whether drafts on `site` are checked. Sites without an adapter ('other') follow no switch: on. */
export function siteEnabled(policy: Policy, site: Site): boolean {
  return site === 'other' ? true : policy.sites[site];
}

/**
 * The analyzer's view of an effective policy on one site: actions (with the checks the user
 * turned off on that site set to off), thresholds, allow- and deny-lists.
 */
export function toAnalyzerPolicy(policy: Policy, site: Site = 'other'): AnalyzerPolicy {
  const a = policy.allowList;
  const actions = { ...policy.actions };
  for (const entry of policy.checksOff.bySite) {
    const [s, category] = entry.split(':') as [string, Category];
    if (s === site) actions[category] = 'off';
  }
  return {
    actions,
    warnThreshold: SENSITIVITY_THRESHOLDS[policy.sensitivity],
    holdThreshold: HOLD_THRESHOLD,
    reportThreshold: 0.15,
    allow: [...a.names, ...a.phones, ...a.addresses, ...a.websites],
    allowExact: [...a.phrases],
    deny: { terms: [...policy.denyList.facilities], patterns: [...policy.denyList.patterns] },
  };
}
