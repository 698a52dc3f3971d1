/**
 * The policy model: what a user, an organization and the defaults can set, as one valibot
 * schema (POLICY_SCHEMA). Everything else is derived from it: the Policy type (v.InferOutput),
 * the field table (FIELDS) that validation, locks and resolve.ts walk, and the managed-policy
 * JSON schema (managed-schema.ts, public/managed_schema.json).
 *
 * Settings are repaired on read, never thrown away (after Dark Reader's validateSettings): a
 * field with a bad value is dropped (and falls back to its default), a list keeps its good
 * items, a number out of range is clamped, and each repair is reported as a plain sentence.
 * valibot decides what is valid; the repair is ours (validateField), because a valibot parse
 * is all or nothing and one bad entry in an imported file must not cost the good ones.
 */
import * as v from 'valibot';
import { checkPattern, type PatternRefusal } from '../analyzer/text/safe-pattern';
import { ACTIONS, CATEGORIES, type Category } from '../analyzer/types';
import { SENSITIVITY_THRESHOLDS, type Sensitivity } from './defaults';

export type { Sensitivity } from './defaults';
export { SUPPORTED_SITES as POLICY_SITES, type SupportedSite as PolicySite } from '../sites';
import { SUPPORTED_SITES as POLICY_SITES, type SupportedSite as PolicySite } from '../sites';
export const SENSITIVITIES = Object.keys(SENSITIVITY_THRESHOLDS) as readonly Sensitivity[];
/** How precisely a decision-log entry's time is kept; the first is the default. */
export const TIME_PRECISIONS = ['hour', 'day'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** One entry per key, typed by key (Object.fromEntries loses the key type). */
function entriesOf<const K extends string, S>(keys: readonly K[], make: (key: K) => S): Record<K, S> {
  return Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, S>;
}

/** A group of settings, one level deep: `actions`, `sites`, `allowList`, … */
function group<const E extends v.ObjectEntries>(title: string, entries: E) {
  return v.pipe(v.object(entries), v.title(title));
}

function action(c: Category) {
  return v.pipe(
    v.picklist(ACTIONS),
    v.title(c),
    v.description(`What to do with a finding of ${c}: off, inform (“Hint”), warn (“Warn”), confirm (“Ask before posting”: holds Post until the user looks) or block (“Block posting”: holds Post until the draft is fixed).`),
  );
}

function site(s: PolicySite) {
  return v.pipe(v.boolean(), v.title(s), v.description(`Check drafts on ${s}.`));
}

/** A whole number in [min, max]; a finite number outside is clamped on repair. */
function integer(min: number, max: number, title: string, description: string) {
  return v.pipe(v.number(), v.finite(), v.integer(), v.minValue(min), v.maxValue(max), v.title(title), v.description(description));
}

/** A list entry: text, trimmed, min–max characters long. */
function entry(min: number, max: number) {
  const length = `entries must be ${min}–${max} characters.`;
  return v.pipe(v.string(), v.trim(), v.minLength(min, length), v.maxLength(max, length));
}

/** A list of entries, at most maxItems after duplicates are dropped. */
function list<const S extends v.GenericSchema<unknown, string>>(item: S, maxItems: number, title: string, description: string) {
  return v.pipe(v.array(item), v.maxLength(maxItems), v.title(title), v.description(description));
}

const ALLOW_ENTRY = entry(2, 200);

/** A check turned off on one site from a warning card: `<site>:<category>`, e.g. `x:phi.date`. */
export const CHECK_OFF_ENTRIES = POLICY_SITES.flatMap((s) => CATEGORIES.map((c) => `${s}:${c}` as const));
export type CheckOff = (typeof CHECK_OFF_ENTRIES)[number];
export const checkOff = (site: PolicySite, category: Category): CheckOff => `${site}:${category}`;

/** A deny-list pattern must be provably linear-time (lib/analyzer/text/safe-pattern.ts). */
const PATTERN_ENTRY = v.pipe(
  entry(1, 200),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const c = checkPattern(dataset.value);
    if (!c.ok) addIssue({ message: c.reason });
  }),
);

export const POLICY_SCHEMA = v.object({
  actions: group('Action per category', entriesOf(CATEGORIES, action)),
  sites: group('Sites checked', entriesOf(POLICY_SITES, site)),
  sensitivity: v.pipe(
    v.picklist(SENSITIVITIES),
    v.title('Sensitivity'),
    v.description('How sure a rule must be before it warns: low (fewer warnings), balanced or high (more warnings).'),
  ),
  allowList: group('Allow-list (never flagged)', {
    names: list(ALLOW_ENTRY, 50, 'Own names', 'Names that are never flagged as patient names: the author’s own name, the practice’s clinicians.'),
    phones: list(ALLOW_ENTRY, 50, 'Practice phones', 'The practice’s public phone and fax numbers.'),
    addresses: list(ALLOW_ENTRY, 50, 'Practice addresses', 'The practice’s public street addresses.'),
    websites: list(ALLOW_ENTRY, 50, 'Practice websites', 'The practice’s public web addresses.'),
    phrases: list(ALLOW_ENTRY, 200, 'Always allowed', 'Exact words the user chose to always allow from a warning (“Always allow”): never flagged by any check.'),
  }),
  checksOff: group('Checks turned off on one site', {
    bySite: list(
      v.picklist(CHECK_OFF_ENTRIES, 'entries must be a site and a category, e.g. x:phi.date.'),
      CHECK_OFF_ENTRIES.length,
      'Checks turned off on a site',
      'Checks turned off on one site from a warning (“Turn off … on this site”), as site:category, e.g. x:phi.date. Lock this, or the category’s action, to keep users from turning checks off.',
    ),
  }),
  denyList: group('Deny-list (always flagged)', {
    facilities: list(entry(3, 200), 100, 'Facility names', 'Names of the organization’s facilities and units, always flagged.'),
    patterns: list(PATTERN_ENTRY, 50, 'Record-number formats', 'Local MRN or account formats as regular expressions without *, + or {n,} (e.g. MRN-\\d{7}); each is checked to run in linear time.'),
  }),
  debounceMs: integer(100, 5000, 'Check delay (ms)', 'How long after the last keystroke a draft is checked.'),
  photoText: v.pipe(
    v.boolean(),
    v.title('Read text in attached photos'),
    v.description('Read the text in photos attached to a post (a wristband, a whiteboard, a chart screenshot) on this device, with the OCR bundled in the extension, and warn about patient information in it. Nothing of a photo is stored or sent.'),
  ),
  decisionLog: group('Decision log (counts only, never text)', {
    enabled: v.pipe(v.boolean(), v.title('Keep decision log'), v.description('Count, on this device, how often warnings were edited, dismissed or posted anyway. Never the text.')),
    retentionDays: integer(1, 3650, 'Decision log retention (days)', 'Entries older than this are deleted.'),
    timePrecision: v.pipe(
      v.picklist(TIME_PRECISIONS),
      v.title('Decision log time precision'),
      v.description('How precisely each entry’s time is kept (UTC): to the hour or to the day. A time to the millisecond, with site and category, could be matched to a public post; a rounded one cannot.'),
    ),
  }),
});

/** A complete policy: what resolve() produces from defaults, user settings and managed policy. */
export type Policy = v.InferOutput<typeof POLICY_SCHEMA>;

/** A sparse policy: only the keys someone set. User settings and managed policy have this shape. */
export type PolicyPatch = {
  [K in keyof Policy]?: Policy[K] extends string | number | boolean ? Policy[K] : Partial<Policy[K]>;
};

/** What kind of value a field holds, read off its schema: what repair and the UI need to know. */
type FieldType =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'strings'; maxItems: number; item: v.GenericSchema<unknown, string> };

export interface Field {
  /** Dotted key: 'sensitivity', 'decisionLog.enabled', 'actions.phi.ssn'. What a lock names. */
  key: string;
  /** Where the value sits in a Policy: one or two levels. */
  path: readonly [keyof Policy] | readonly [keyof Policy, string];
  /** The field's valibot schema: what a valid value is. */
  schema: v.GenericSchema;
  type: FieldType;
  title: string;
  description: string;
}

/** The parts of a valibot schema that describe() reads. */
interface SchemaShape {
  type: string;
  options?: readonly string[];
  item?: v.GenericSchema<unknown, string>;
  pipe?: readonly { type: string; requirement?: unknown }[];
}

/** The requirement of a pipe action (minValue, maxLength, …), e.g. 100 for v.minValue(100). */
function requirement(s: SchemaShape, type: string): number {
  const found = s.pipe?.find((a) => a.type === type)?.requirement;
  if (typeof found !== 'number') throw new Error(`policy schema: no ${type} on a ${s.type} field`);
  return found;
}

function describe(schema: v.GenericSchema): FieldType {
  const s = schema as unknown as SchemaShape;
  switch (s.type) {
    case 'picklist':
      return { kind: 'enum', values: s.options! };
    case 'boolean':
      return { kind: 'boolean' };
    case 'number':
      return { kind: 'integer', min: requirement(s, 'min_value'), max: requirement(s, 'max_value') };
    case 'array':
      return { kind: 'strings', maxItems: requirement(s, 'max_length'), item: s.item! };
    default:
      throw new Error(`policy schema: no repair for a ${s.type} field`);
  }
}

function field(path: Field['path'], schema: v.GenericSchema): Field {
  const key = path.join('.');
  return { key, path, schema, type: describe(schema), title: v.getTitle(schema) ?? key, description: v.getDescription(schema) ?? '' };
}

/** Every setting, in schema order: a top-level value, or one value inside a group. */
export const FIELDS: readonly Field[] = Object.entries(POLICY_SCHEMA.entries).flatMap(([top, schema]): Field[] => {
  const s = schema as v.GenericSchema & { entries?: Record<string, v.GenericSchema> };
  const k = top as keyof Policy;
  return s.type === 'object' && s.entries ? Object.entries(s.entries).map(([sub, leaf]) => field([k, sub], leaf)) : [field([k], s)];
});

export const FIELD_BY_KEY: ReadonlyMap<string, Field> = new Map(FIELDS.map((f) => [f.key, f]));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/**
 * A list entry the repair left out, and why in plain words. An admin's or a user's refused
 * deny-list pattern must never vanish silently (issue 12): the options page names each one and
 * an exported settings file lists them.
 */
export interface Refusal {
  /** The list's dotted key, e.g. 'denyList.patterns'. */
  key: string;
  /** The entry as given (trimmed; cut to MAX_REFUSED_ENTRY characters). */
  entry: string;
  /** In English: what an exported settings file and an administrator read. */
  reason: string;
  /** The reason as a code the pages put in the interface's language (absent in refusals stored before it). */
  code?: RefusalCode;
  /** The code's limits or detail: a pattern's limit or parser words, an entry's min and max length, a list's size. */
  subs?: (string | number)[];
}

/** Why a list entry was refused: a pattern's reason, a length out of bounds, not a site:category, past the list's size. */
export type RefusalCode = PatternRefusal | 'length' | 'check-off' | 'max-items';

/** The [min, max] length a list entry's schema allows (looked up through a pipe's inner schema). */
function lengthBounds(schema: unknown): [number, number] | undefined {
  const s = schema as SchemaShape & { pipe?: readonly (SchemaShape & { requirement?: unknown })[] };
  const min = s.pipe?.find((a) => a.type === 'min_length')?.requirement;
  const max = s.pipe?.find((a) => a.type === 'max_length')?.requirement;
  if (typeof min === 'number' && typeof max === 'number') return [min, max];
  const inner = s.pipe?.[0];
  return inner && inner !== schema && inner.type !== 'min_length' ? lengthBounds(inner) : undefined;
}

/** The code for a refused text entry of a list whose items are `item`. */
function refusalCode(item: v.GenericSchema<unknown, string>, entry: string, issue: v.BaseIssue<unknown>): Pick<Refusal, 'code' | 'subs'> {
  if (issue.type === 'min_length' || issue.type === 'max_length') {
    const b = lengthBounds(item);
    if (b) return { code: 'length', subs: b };
  }
  if (issue.type === 'picklist') return { code: 'check-off' };
  const c = checkPattern(entry);
  if (!c.ok && c.reason === issue.message) return { code: c.code, ...(c.detail !== undefined ? { subs: [c.detail] } : {}) };
  return {};
}

/** Longer refused entries are cut when reported and kept: nobody reads a megabyte of pattern. */
export const MAX_REFUSED_ENTRY = 1000;

/**
 * A repair made while reading settings, or why a change or file was not taken: the English
 * sentence (what an administrator and the exported file read) beside a code the pages put in the
 * interface's language (components/policy-labels.ts problemText). The codes are machine-readable
 * and stable; the sentences may be reworded.
 */
export interface Problem {
  /** In English, naming the field by its schema title and key. */
  reason: string;
  code: ProblemCode;
  /** The code's values; a field's problem starts with the field's dotted key. */
  subs?: (string | number)[];
  /** Why a list entry was skipped (`entry-skipped`), as the refusal it became. */
  refusal?: Pick<Refusal, 'reason' | 'code' | 'subs'>;
}

export type ProblemCode =
  /** A field's value was dropped (its default applies): not one of the values, not true/false, not a number, not a list. */
  | 'not-one-of'
  | 'not-boolean'
  | 'not-number'
  | 'not-list'
  /** A number outside its range, clamped. */
  | 'clamped'
  /** A list entry skipped: not text, or refused (with its refusal). */
  | 'entry-not-text'
  | 'entry-skipped'
  /** A list longer than its limit, cut. */
  | 'kept-first'
  /** A setting this version does not know, or a group that is not a group. */
  | 'unknown-setting'
  | 'not-group'
  /** The whole policy or stored settings not an object; settings of an unknown or newer version. */
  | 'policy-not-object'
  | 'settings-not-object'
  | 'no-migration'
  | 'newer-version'
  /** The stored settings could not be read; an imported file is not JSON. */
  | 'settings-unreadable'
  | 'file-not-json'
  /** A key of the change is locked by the organization's managed policy. */
  | 'managed';

/** A problem: its English sentence, code and values. */
export function problem(code: ProblemCode, reason: string, subs?: (string | number)[], refusal?: Problem['refusal']): Problem {
  return { reason, code, ...(subs ? { subs } : {}), ...(refusal ? { refusal } : {}) };
}

export interface Repaired {
  patch: PolicyPatch;
  /** One problem per repair, naming the field. */
  problems: Problem[];
  /** Each list entry that was left out, with its reason. */
  refused: Refusal[];
}

/** Stop at a value's first problem: one message per value is what the user reads. */
const FIRST = { abortPipeEarly: true } as const;

/**
 * Validates one field value against its schema: the value (trimmed, lists without repeats), or
 * a repair when valibot refuses it — dropped (undefined: the default applies), clamped, or a
 * list without its bad entries — with one plain sentence per repair.
 */
export function validateField(field: Field, value: unknown): { value: unknown; problems: Problem[]; refused?: Omit<Refusal, 'key'>[] } {
  const t = field.type;
  const r = v.safeParse(field.schema, value, FIRST);
  if (r.success) return { value: t.kind === 'strings' ? [...new Set(r.output as string[])] : r.output, problems: [] };
  const name = `${field.title} (${field.key})`;
  // A field's problem: the English sentence names the field; the code's first value is its key.
  const about = (code: ProblemCode, reason: string, subs: (string | number)[] = [], refusal?: Problem['refusal']) =>
    problem(code, `${name}: ${reason}`, [field.key, ...subs], refusal);
  const drop = (code: ProblemCode, reason: string, subs?: (string | number)[]) => ({ value: undefined, problems: [about(code, reason, subs)] });
  const issue = r.issues[0];
  switch (t.kind) {
    case 'enum':
      return drop('not-one-of', `“${shown(value)}” is not one of ${t.values.join(', ')}; using the default.`, [shown(value), t.values.join(', ')]);
    case 'boolean':
      return drop('not-boolean', 'expected true or false; using the default.');
    case 'integer': {
      // Not a number, NaN or ±Infinity: nothing to clamp.
      if (issue.type === 'number' || issue.type === 'finite') return drop('not-number', 'expected a number; using the default.');
      const n = value as number;
      const clamped = Math.min(t.max, Math.max(t.min, Math.round(n)));
      return { value: clamped, problems: [about('clamped', `${n} is outside ${t.min}–${t.max}; using ${clamped}.`, [n, t.min, t.max, clamped])] };
    }
    case 'strings': {
      if (!Array.isArray(value)) return drop('not-list', 'expected a list; using the default.');
      const problems: Problem[] = [];
      const refused: Omit<Refusal, 'key'>[] = [];
      const out: string[] = [];
      for (const item of value as unknown[]) {
        const e = v.safeParse(t.item, item, FIRST);
        if (e.success) {
          if (!out.includes(e.output)) out.push(e.output);
          continue;
        }
        const bad = e.issues[0];
        if (typeof item !== 'string') {
          problems.push(about('entry-not-text', 'skipped an entry that is not text.'));
          continue;
        }
        const entry = (item as string).trim().slice(0, MAX_REFUSED_ENTRY);
        const refusal = { reason: bad.message, ...refusalCode(t.item, entry, bad) };
        problems.push(about('entry-skipped', `skipped “${entry.slice(0, 40)}”: ${bad.message}`, [entry.slice(0, 40)], refusal));
        refused.push({ entry, ...refusal });
      }
      if (out.length > t.maxItems) {
        problems.push(about('kept-first', `kept the first ${t.maxItems} entries.`, [t.maxItems]));
        for (const entry of out.splice(t.maxItems)) refused.push({ entry, reason: `Only the first ${t.maxItems} entries of this list are used.`, code: 'max-items', subs: [t.maxItems] });
      }
      return { value: out, problems, refused };
    }
  }
}

const GROUPS = new Set(FIELDS.map((f) => f.path[0] as string));
const NESTED = new Set(FIELDS.filter((f) => f.path.length === 2).map((f) => f.path[0] as string));

/**
 * Validates a sparse policy from anywhere (IndexedDB, an import, managed storage, a message)
 * and repairs it: every valid field is kept, every invalid one is dropped or fixed.
 */
export function validatePatch(raw: unknown): Repaired {
  const patch: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const refused: Refusal[] = [];
  if (raw === undefined || raw === null) return { patch, problems, refused };
  if (!isRecord(raw)) return { patch, problems: [problem('policy-not-object', 'The policy is not an object; using the defaults.')], refused };
  for (const field of FIELDS) {
    const value = getAt(raw, field.path);
    if (value === undefined) continue;
    const r = validateField(field, value);
    problems.push(...r.problems);
    for (const x of r.refused ?? []) refused.push({ key: field.key, ...x });
    if (r.value !== undefined) setAt(patch, field.path, r.value);
  }
  for (const [k, value] of Object.entries(raw)) {
    if (!GROUPS.has(k)) problems.push(problem('unknown-setting', `Ignored unknown setting “${k}”.`, [k]));
    else if (NESTED.has(k) && !isRecord(value)) problems.push(problem('not-group', `Ignored “${k}”: expected a group of settings; using the defaults.`, [k]));
    else if (isRecord(value)) {
      for (const sub of Object.keys(value)) {
        if (!FIELD_BY_KEY.has(`${k}.${sub}`)) problems.push(problem('unknown-setting', `Ignored unknown setting “${k}.${sub}”.`, [`${k}.${sub}`]));
      }
    }
  }
  return { patch: patch as PolicyPatch, problems, refused };
}

/** A setting's value as text for a message; never throws (an object may have no usable toString). */
function shown(value: unknown): string {
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value).slice(0, 80) : String(value);
  } catch {
    return typeof value;
  }
}
