/**
 * Stored and exported user settings carry a version; older shapes are migrated forward on read
 * (never discarded), then validated and repaired (schema.ts).
 *
 * Version history:
 * - 0: a bare policy object with no envelope, e.g. an admin's managed-policy JSON (the
 *      "3rdparty" body from docs/policies) pasted into Import. Becomes version 1 as is.
 * - 1: `{ format: 'second-look-policy', version: 1, policy: PolicyPatch, refused?: StoredRefusal[] }`.
 *      `refused` (optional, so older builds simply ignore it) keeps the list entries the user gave
 *      that were refused, e.g. a deny-list pattern that is not provably linear-time: they stay
 *      visible in the options page and in an export until the user fixes or deletes them.
 */
import { FIELD_BY_KEY, getAt, problem, setAt, validateField, validatePatch, type PolicyPatch, type Problem, type Refusal } from './schema';

export const POLICY_FORMAT = 'second-look-policy';
export const POLICY_VERSION = 1;

/**
 * A refused entry as a settings file holds it. An export also lists the organization's refused
 * entries (`setBy: 'organization'`) and each reason, for people to read; reading a file takes
 * back only the user's own entries and checks them again.
 */
export interface StoredRefusal {
  setting: string;
  entry: string;
  reason?: string;
  setBy?: 'you' | 'organization';
}

export interface PolicyEnvelope {
  format: typeof POLICY_FORMAT;
  version: number;
  policy: PolicyPatch;
  refused?: StoredRefusal[];
}

/** At most this many refused entries are kept: every list's maximum, with room to spare. */
const MAX_REFUSED = 500;

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Record<number, Migration> = {
  0: (bare) => ({ format: POLICY_FORMAT, version: 1, policy: bare }),
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads settings of any known version: migrates, validates and repairs. Never throws; an
 * unreadable value gives empty settings and a problem message. A newer version than this build
 * knows is read as far as its fields are understood.
 */
export function readPolicy(
  raw: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
  current = POLICY_VERSION,
): { envelope: PolicyEnvelope; problems: Problem[]; refused: Refusal[] } {
  const problems: Problem[] = [];
  let doc: Record<string, unknown> = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push(problem('settings-not-object', 'The settings are not an object; using the defaults.'));
  let version = doc.format === POLICY_FORMAT && typeof doc.version === 'number' ? doc.version : 0;
  while (version < current) {
    const step = migrations[version];
    if (!step) {
      problems.push(problem('no-migration', `No migration from settings version ${version}; using what can be read.`, [version]));
      break;
    }
    doc = step(doc);
    version += 1;
  }
  if (version > current) problems.push(problem('newer-version', `These settings are from a newer version (${version}); unknown parts are ignored.`, [version]));
  const { patch, problems: repairs, refused } = validatePatch(doc.policy);
  const all = uniqueRefusals([...refused, ...recheck(patch, doc.refused)]);
  return { envelope: { ...envelope(patch, all), version: current }, problems: [...problems, ...repairs], refused: all };
}

function uniqueRefusals(refused: readonly Refusal[]): Refusal[] {
  const seen = new Set<string>();
  return refused.filter((r) => {
    const k = `${r.key}\u0000${r.entry}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(0, MAX_REFUSED);
}

/**
 * Checks kept refusals again with this build's rules: an entry that is accepted now goes back
 * into its list (the user wanted it there); the rest stay refused, with today's reason.
 */
function recheck(patch: PolicyPatch, stored: unknown): Refusal[] {
  if (!Array.isArray(stored)) return [];
  const out: Refusal[] = [];
  for (const s of stored.slice(0, MAX_REFUSED) as unknown[]) {
    if (!isRecord(s) || typeof s.setting !== 'string' || typeof s.entry !== 'string' || s.setBy === 'organization') continue;
    const field = FIELD_BY_KEY.get(s.setting);
    if (!field || field.type.kind !== 'strings') continue;
    const current = (getAt(patch, field.path) as string[] | undefined) ?? [];
    const r = validateField(field, [...current, s.entry]);
    if (Array.isArray(r.value) && r.value.length > current.length) setAt(patch as Record<string, unknown>, field.path, r.value);
    for (const x of r.refused ?? []) out.push({ key: field.key, ...x });
  }
  return out;
}

/** The JSON stored and exported: the settings, and the user's refused entries if there are any. */
export function envelope(policy: PolicyPatch, refused: readonly (Refusal | StoredRefusal)[] = []): PolicyEnvelope {
  const out: PolicyEnvelope = { format: POLICY_FORMAT, version: POLICY_VERSION, policy };
  if (refused.length) out.refused = refused.map((r) => ('key' in r ? { setting: r.key, entry: r.entry } : r));
  return out;
}
