/**
 * Property: the protocol's parsers are total and their output survives the wire. parseRequest and
 * parseTabMessage never throw, whatever arrives (fc.anything, and message-shaped objects whose
 * fields are right, wrong or missing); what they accept is a plain object with only the fields its
 * type declares; and an accepted message sent through JSON (how runtime messages are serialised)
 * is accepted again as the same message.
 *
 * Why users care: these parsers sit at the background worker's and content script's doors. A throw
 * there drops the message, so a draft goes unchecked or a setting silently fails to save; an
 * accepted request that changes or is refused after one hop means the popup, options page and
 * content script disagree about what was asked. The only-declared-fields check guards the privacy
 * promise that a logged decision has no field that could carry the draft's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, CATEGORIES, SITES, SURFACES } from '../../../lib/analyzer/types';
import { DECISIONS, parseRequest, parseTabMessage, type Request } from '../../../lib/protocol';

const RUNS = { numRuns: 300 };

/** Every field an accepted request of each type may have. */
const FIELDS_OF: Record<Request['type'], readonly string[]> = {
  analyze: ['type', 'text', 'site', 'surface'],
  warm: ['type'],
  getPolicy: ['type'],
  setPolicy: ['type', 'change'],
  resetPolicy: ['type'],
  importPolicy: ['type', 'json'],
  exportPolicy: ['type'],
  logDecision: ['type', 'categories', 'action', 'decision', 'site', 'surface', 'rule'],
  answerFinding: ['type', 'answer', 'category', 'site', 'text'],
  getDecisionCounts: ['type'],
  exportDecisionsCsv: ['type'],
  clearDecisions: ['type'],
  checkPhoto: ['type', 'image', 'site', 'surface'],
};
const REQUEST_TYPES = Object.keys(FIELDS_OF);
const TAB_TYPES = ['policyChanged', 'getDraftStatus', 'openCard'];

/** A value for a message field: usually a plausible one, sometimes anything at all. */
function field<T>(plausible: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: other, weight: 1 });
}

/** Objects shaped like our messages: known and unknown types, fields right, wrong or missing. */
function messageLike(other: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      type: field(fc.constantFrom(...REQUEST_TYPES, ...TAB_TYPES, 'Analyze', '', 'constructor', '__proto__'), other),
      text: field(fc.string({ maxLength: 200 }), other),
      site: field(fc.constantFrom(...SITES, 'myspace'), other),
      surface: field(fc.constantFrom(...SURFACES, 'dm'), other),
      change: field(fc.dictionary(fc.string({ maxLength: 12 }), other, { maxKeys: 4, noNullPrototype: true }), other),
      json: field(fc.string({ maxLength: 200 }), other),
      categories: field(fc.array(fc.constantFrom(...CATEGORIES, 'phi.nope'), { maxLength: 6 }), other),
      action: field(fc.constantFrom(...ACTIONS, 'shout'), other),
      decision: field(fc.constantFrom(...DECISIONS, 'ignored'), other),
      rule: field(fc.constantFrom('phi.date', 'misinfo.known-myth.judged', 'Ann Lee', 'phi.'), other),
      answer: field(fc.constantFrom('allow', 'disallow', 'turn-off', 'turn-on', 'ignore'), other),
      category: field(fc.constantFrom(...CATEGORIES, 'phi.nope'), other),
      extra: other,
    },
    { requiredKeys: ['type'] },
  );
}

/** What arrives after a trip through JSON, as Chrome serialises runtime messages. */
function wire(v: unknown): unknown {
  const s = JSON.stringify(v);
  return s === undefined ? undefined : (JSON.parse(s) as unknown);
}

/** Whether a message can be sent at all: JSON.stringify throws on a BigInt, so the sender fails. */
function sendable(v: unknown): boolean {
  try {
    JSON.stringify(v);
    return true;
  } catch {
    return false;
  }
}

function isPlainObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function accepted(r: Request | { error: string }): r is Request {
  return !('error' in r);
}

/** Anything: fc.anything with the odd values it can make (boxed values, null prototypes, -0, Map...). */
const anything = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withBigInt: true,
  withUnicodeString: true,
});
/** Only what JSON can carry: what a message actually holds after the runtime channel. */
const jsonish = fc.jsonValue({ maxDepth: 3 });

const INPUTS: ReadonlyArray<[string, fc.Arbitrary<unknown>]> = [
  ['fc.anything()', anything],
  ['message-shaped objects with any field values', messageLike(anything)],
  ['message-shaped objects with JSON field values', messageLike(jsonish)],
];

describe('parseRequest (property)', () => {
  for (const [name, arb] of INPUTS) {
    it(`never throws, and accepts only its declared fields: ${name}`, () => {
      fc.assert(
        fc.property(arb, (raw) => {
          const r = parseRequest(raw);
          if (!accepted(r)) {
            expect(typeof r.error).toBe('string');
            return;
          }
          expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
          expect(REQUEST_TYPES).toContain(r.type);
          for (const k of Object.keys(r)) expect(FIELDS_OF[r.type]).toContain(k);
          if (r.type === 'analyze') {
            expect(SITES).toContain(r.site);
            expect(SURFACES).toContain(r.surface);
          }
          if (r.type === 'logDecision') {
            expect(r.categories.length).toBeGreaterThan(0);
            for (const c of r.categories) expect(CATEGORIES).toContain(c);
            expect(new Set(r.categories).size).toBe(r.categories.length);
            expect(r.action).not.toBe('off');
            // A reported rule is a rule id's shape: no words of a draft fit.
            if (r.rule !== undefined) expect(r.rule).toMatch(/^[a-z]+(?:\.[a-z0-9-]+){1,3}$/);
          }
          if (r.type === 'answerFinding') {
            expect(CATEGORIES).toContain(r.category);
            if (r.text !== undefined) expect(r.text.length).toBeLessThanOrEqual(200);
          }
        }),
        RUNS,
      );
    });
  }

  // What can cross the wire is JSON: an accepted message of JSON values is accepted again, equal.
  it('round-trips: what it accepts, sent through JSON, is accepted again as an equal request', () => {
    fc.assert(
      fc.property(fc.oneof(messageLike(jsonish), jsonish), (raw) => {
        const r = parseRequest(raw);
        if (!accepted(r)) return;
        const again = parseRequest(wire(r));
        expect(accepted(again)).toBe(true);
        expect(again).toStrictEqual(r);
      }),
      RUNS,
    );
  });

  // setPolicy.change is opaque here (validated by lib/policy on arrival), so values JSON cannot
  // carry (NaN, undefined, Map) change on the wire by design, and one holding a BigInt cannot be
  // sent at all. A change that is an object only until JSON flattens it (a Date becomes a string,
  // new Number(0) becomes 0) is refused after the trip, as any non-object change is. Otherwise the
  // request must still be accepted after the trip, and parsing the wire form must change nothing.
  it('round-trips any accepted request to a stable accepted request after one trip', () => {
    fc.assert(
      fc.property(fc.oneof(messageLike(anything), anything), (raw) => {
        const r = parseRequest(raw);
        if (!accepted(r) || !sendable(r)) return;
        const sent = wire(r);
        const again = parseRequest(sent);
        if (r.type === 'setPolicy' && !isPlainObject(wire(r.change))) {
          expect(again).toEqual({ error: 'setPolicy: change must be an object' });
          return;
        }
        expect(accepted(again)).toBe(true);
        expect(again).toStrictEqual(sent);
        if (r.type !== 'setPolicy') expect(again).toStrictEqual(r);
      }),
      RUNS,
    );
  });
});

describe('parseTabMessage (property)', () => {
  for (const [name, arb] of INPUTS) {
    it(`never throws, and returns null or exactly { type }: ${name}`, () => {
      fc.assert(
        fc.property(arb, (raw) => {
          const m = parseTabMessage(raw);
          if (m === null) return;
          expect(Object.keys(m)).toEqual(['type']);
          expect(TAB_TYPES).toContain(m.type);
        }),
        RUNS,
      );
    });
  }

  it('round-trips: what it accepts, sent through JSON, is accepted again as an equal message', () => {
    fc.assert(
      fc.property(fc.oneof(messageLike(anything), anything), (raw) => {
        const m = parseTabMessage(raw);
        if (m === null) return;
        expect(parseTabMessage(wire(m))).toStrictEqual(m);
      }),
      RUNS,
    );
  });
});
