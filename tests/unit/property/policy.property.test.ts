/**
 * Property: resolve(DEFAULT_POLICY, user, managed) is total and honours the organization's locks.
 * For arbitrary JSON-ish user settings and managed policies (fc.jsonValue, fc.object, and
 * policy-shaped objects whose fields are valid, invalid, missing, or buried in unknown keys) it
 * never throws; exactly the keys the managed policy sets validly are reported locked, and each
 * locked key holds the managed value whatever the user set; every other valid user setting applies;
 * the effective policy is itself valid; and the defaults are never mutated.
 *
 * Why users care: settings come from IndexedDB, imported files and an organization's managed
 * storage, any of which can hold junk. A throw here leaves the extension with no policy at all. A
 * lock that is not reported lets the options page offer a switch that silently does nothing; a
 * missing lock lets a user turn off a check their organization requires; a key reported locked that
 * the organization did not set takes a setting away from the user for no reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/defaults';
import { resolve } from '../../../lib/policy/resolve';
import { FIELD_BY_KEY, FIELDS, getAt, setAt, validateField, validatePatch, type Field } from '../../../lib/policy/schema';

const RUNS = { numRuns: 200 };
const GROUPS = [...new Set(FIELDS.map((f) => f.path[0] as string))];
const NESTED = new Set(FIELDS.filter((f) => f.path.length === 2).map((f) => f.path[0] as string));

/** A value validatePatch keeps for this field (possibly repaired: clamped, trimmed, filtered). */
function validValue(f: Field): fc.Arbitrary<unknown> {
  const t = f.type;
  switch (t.kind) {
    case 'enum':
      return fc.constantFrom(...t.values);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.oneof(fc.integer({ min: t.min, max: t.max }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    case 'strings':
      // Any list is kept; its bad entries are dropped (a list of junk becomes []).
      return fc.array(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom('Dr. Ada Lee', '  (415) 555-0100 ', 'MRN-\\d{7}', '(a+)+$', 'x', 'St. Mary’s'),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        { maxLength: 8 },
      );
  }
}

/** A value of the wrong kind for this field: validatePatch drops it. */
function invalidValue(f: Field): fc.Arbitrary<unknown> {
  const t = f.type;
  const common = [fc.constant(null), fc.object({ maxDepth: 1 })];
  switch (t.kind) {
    case 'enum':
      return fc.oneof(fc.string().filter((s) => !t.values.includes(s)), fc.constantFrom('Block', 'none', ''), fc.integer(), fc.boolean(), ...common);
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'false', 0, 1), fc.string(), ...common);
    case 'integer':
      return fc.oneof(fc.constantFrom(Number.NaN, Infinity, -Infinity, '300'), fc.string(), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }), ...common);
    case 'strings':
      return fc.oneof(fc.string(), fc.integer(), fc.boolean(), ...common);
  }
}

type Choice = { kind: 'absent' } | { kind: 'valid' | 'invalid'; value: unknown };

/** A key that names no setting, at the top level or inside `group`. */
function unknownKey(group?: string): fc.Arbitrary<string> {
  return fc
    .oneof(fc.string({ maxLength: 12 }), fc.constantFrom('colour', 'phi.nope', 'Sensitivity', 'toString', '__proto__', 'constructor'))
    .filter((k) => (group === undefined ? !GROUPS.includes(k) : !FIELD_BY_KEY.has(`${group}.${k}`)));
}

interface Shaped {
  raw: Record<string, unknown>;
  /** Keys whose values validatePatch keeps: what a managed policy built from this locks. */
  validKeys: string[];
}

/** A sparse policy: every field absent, valid or invalid, some groups broken, plus unknown keys. */
const policyShaped: fc.Arbitrary<Shaped> = fc
  .record({
    choices: fc.tuple(
      ...FIELDS.map(
        (f): fc.Arbitrary<Choice> =>
          fc.oneof(
            { arbitrary: fc.constant({ kind: 'absent' as const }), weight: 4 },
            { arbitrary: validValue(f).map((value) => ({ kind: 'valid' as const, value })), weight: 2 },
            { arbitrary: invalidValue(f).map((value) => ({ kind: 'invalid' as const, value })), weight: 1 },
          ),
      ),
    ),
    // A whole group that is not a group ("actions": "block"): none of its fields apply.
    broken: fc.dictionary(fc.constantFrom(...NESTED), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }))),
    junkTop: fc.array(fc.tuple(unknownKey(), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }),
    junkSub: fc.array(
      fc.constantFrom(...NESTED).chain((g) => fc.tuple(fc.constant(g), unknownKey(g), fc.jsonValue({ maxDepth: 1 }))),
      { maxLength: 3 },
    ),
  })
  .map(({ choices, broken, junkTop, junkSub }) => {
    const raw: Record<string, unknown> = {};
    // defineProperty, so a "__proto__" key is an own key, as JSON.parse makes it.
    const put = (obj: Record<string, unknown>, k: string, v: unknown) =>
      Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
    for (const [k, v] of junkTop) put(raw, k, v);
    const validKeys: string[] = [];
    FIELDS.forEach((f, i) => {
      const c = choices[i]!;
      if (c.kind === 'absent') return;
      if (f.path.length === 1) put(raw, f.path[0], c.value);
      else {
        const group = (raw[f.path[0]] ??= {}) as Record<string, unknown>;
        put(group, f.path[1], c.value);
      }
      if (c.kind === 'valid') validKeys.push(f.key);
    });
    for (const [g, k, v] of junkSub) put((raw[g] ??= {}) as Record<string, unknown>, k, v);
    for (const [g, v] of Object.entries(broken)) {
      put(raw, g, v);
      for (let i = validKeys.length - 1; i >= 0; i--) if (validKeys[i]!.startsWith(`${g}.`)) validKeys.splice(i, 1);
    }
    return { raw, validKeys };
  });

const ENUM_FIELDS = FIELDS.filter((f) => f.type.kind === 'enum');

/**
 * False when an enum setting (an action or the sensitivity) holds a value String() cannot print,
 * such as {"toString": 0}: the known bug pinned at the end of this file. fast-check's object and
 * JSON arbitraries like to use "toString" and "valueOf" as keys, so without this filter the green
 * properties below would fail at random on that one bug instead of guarding everything else.
 */
function printableEnums(raw: unknown): boolean {
  return ENUM_FIELDS.every((f) => {
    try {
      String(getAt(raw, f.path));
      return true;
    } catch {
      return false;
    }
  });
}

/** JSON-ish settings of any shape, the policy-shaped ones included. */
const anySettings: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.object({ maxDepth: 2 }),
    policyShaped.map((s) => s.raw),
    fc.constantFrom(undefined, null, 'nope', 42, [], [{ sensitivity: 'low' }]),
  )
  .filter(printableEnums);
const shapedSettings = policyShaped.filter((s) => printableEnums(s.raw));

const defaultsBefore = JSON.stringify(DEFAULT_POLICY);

describe('resolve(DEFAULT_POLICY, user, managed) (property)', () => {
  it('never throws on arbitrary user settings and managed policies, and gives a valid policy', () => {
    fc.assert(
      fc.property(anySettings, anySettings, (user, managed) => {
        const { effective, locked } = resolve(DEFAULT_POLICY, user, managed);
        const again = validatePatch(effective);
        expect(again.problems).toEqual([]);
        expect(again.patch).toEqual(effective);
        for (const k of locked) expect(FIELD_BY_KEY.has(k)).toBe(true);
        expect(JSON.stringify(DEFAULT_POLICY)).toBe(defaultsBefore);
      }),
      RUNS,
    );
  });

  it('locks exactly the keys the managed policy sets validly, with the managed value, whatever the user set', () => {
    fc.assert(
      fc.property(anySettings, shapedSettings, (user, { raw: managed, validKeys }) => {
        const { effective, locked } = resolve(DEFAULT_POLICY, user, managed);
        expect(locked).toEqual([...validKeys].sort());
        const withoutUser = resolve(DEFAULT_POLICY, undefined, managed).effective;
        for (const key of validKeys) {
          const f = FIELD_BY_KEY.get(key)!;
          expect(getAt(effective, f.path)).toEqual(validateField(f, getAt(managed, f.path)).value);
          expect(getAt(effective, f.path)).toEqual(getAt(withoutUser, f.path));
        }
      }),
      RUNS,
    );
  });

  it('applies every valid user setting the managed policy does not lock, and defaults the rest', () => {
    fc.assert(
      fc.property(shapedSettings, shapedSettings, ({ raw: user, validKeys: userKeys }, { raw: managed, validKeys: lockedKeys }) => {
        const { effective } = resolve(DEFAULT_POLICY, user, managed);
        for (const f of FIELDS) {
          if (lockedKeys.includes(f.key)) continue;
          const expected = userKeys.includes(f.key) ? validateField(f, getAt(user, f.path)).value : getAt(DEFAULT_POLICY, f.path);
          expect(getAt(effective, f.path)).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  // Regression (found by this property, fixed): resolve() threw when an enum setting holds
  // an object String() cannot print. validateField's enum branch (lib/policy/schema.ts) builds its
  // repair message with String(value), and String({ toString: 0 }) throws "TypeError: Cannot
  // convert object to primitive value". Shrunk counterexamples:
  //   resolve(DEFAULT_POLICY, { sensitivity: { toString: 0 } }, undefined)
  //   resolve(DEFAULT_POLICY, undefined, { actions: { 'phi.ssn': { toString: {} } } })
  // Both are plain JSON, so an imported settings file (readPolicy/validatePatch throw, and the
  // import fails instead of being repaired) or a managed policy can carry them. When the bug is
  // fixed (schema.ts `shown`).
  it('never throws when an action or the sensitivity holds an object without a usable toString', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENUM_FIELDS),
        fc.constantFrom<unknown>({ toString: 0 }, { toString: {} }, { toString: null, valueOf: null }, { toString: [] }),
        fc.boolean(),
        (f, value, asManaged) => {
          const patch: Record<string, unknown> = {};
          setAt(patch, f.path, JSON.parse(JSON.stringify(value)));
          resolve(DEFAULT_POLICY, asManaged ? undefined : patch, asManaged ? patch : undefined);
        },
      ),
      { numRuns: 50 },
    );
  });
});
