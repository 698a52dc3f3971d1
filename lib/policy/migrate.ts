/**
 * Stored and exported user settings carry a version; older shapes are migrated forward on read
 * (never discarded), then validated and repaired (schema.ts).
 *
 * Version history:
 * - 0: a bare policy object with no envelope, e.g. an admin's managed-policy JSON (the
 *      "3rdparty" body from docs/policies) pasted into Import. Becomes version 1 as is.
 * - 1: `{ format: 'second-look-policy', version: 1, policy: PolicyPatch }`.
 */
import { validatePatch, type PolicyPatch } from './schema';

export const POLICY_FORMAT = 'second-look-policy';
export const POLICY_VERSION = 1;

export interface PolicyEnvelope {
  format: typeof POLICY_FORMAT;
  version: number;
  policy: PolicyPatch;
}

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
): { envelope: PolicyEnvelope; problems: string[] } {
  const problems: string[] = [];
  let doc: Record<string, unknown> = isRecord(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isRecord(raw)) problems.push('The settings are not an object; using the defaults.');
  let version = doc.format === POLICY_FORMAT && typeof doc.version === 'number' ? doc.version : 0;
  while (version < current) {
    const step = migrations[version];
    if (!step) {
      problems.push(`No migration from settings version ${version}; using what can be read.`);
      break;
    }
    doc = step(doc);
    version += 1;
  }
  if (version > current) problems.push(`These settings are from a newer version (${version}); unknown parts are ignored.`);
  const { patch, problems: repairs } = validatePatch(doc.policy);
  return { envelope: { format: POLICY_FORMAT, version: current, policy: patch }, problems: [...problems, ...repairs] };
}

/** The JSON an export writes. */
export function envelope(policy: PolicyPatch): PolicyEnvelope {
  return { format: POLICY_FORMAT, version: POLICY_VERSION, policy };
}
