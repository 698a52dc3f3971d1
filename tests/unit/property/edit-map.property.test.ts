/**
 * Property: mapThroughEdit carries findings through any edit without ever pointing outside the new
 * text. For findings of the old text (0 <= start <= end <= old length) and any new text — an
 * unrelated string, a splice (insert, delete, replace, paste), or edits in runs of repeated
 * letters where the changed region is ambiguous — it never throws, every result keeps
 * 0 <= start <= end <= new length, a kept span still covers the same characters it covered
 * before, results keep their order, and spans wholly before the edit stay where they were. For
 * findings that are not even valid for the old text it still never throws.
 *
 * Why users care: between a keystroke and the next analysis, these mapped spans are what the page
 * underlines and what a fix replaces. A span past the end of the draft breaks the text model's
 * offset lookups; a span that slid onto other characters underlines the wrong words, and applying
 * its fix would overwrite text the user did not mean to change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Finding } from '../../../lib/analyzer/types';
import { mapThroughEdit } from '../../../lib/page/edit-map';

const RUNS = { numRuns: 300 };
const MAX = 120;

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Texts of several kinds; the small alphabets make the prefix/suffix of an edit ambiguous. */
const text = fc.oneof(
  fc.string({ maxLength: MAX }),
  fc.string({ unit: 'binary', maxLength: MAX }),
  fc.string({ unit: codeUnit, maxLength: MAX }),
  fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('a', '😷', '\u200b'), maxLength: 30 }),
);

function finding(start: number, end: number, i: number): Finding {
  return {
    ruleId: `rule-${i}`,
    category: CATEGORIES[i % CATEGORIES.length]!,
    start,
    end,
    confidence: 0.9,
    action: 'warn',
    message: 'A finding.',
  };
}

/** Findings of `t`: sorted like analyze() sorts them, empty spans included. */
function findingsOf(t: string): fc.Arbitrary<Finding[]> {
  return fc
    .array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 8 })
    .map((pairs) =>
      pairs
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
        .sort((x, y) => x[0] - y[0] || y[1] - x[1])
        .map(([s, e], i) => finding(s, e, i)),
    );
}

interface Edit {
  before: string;
  after: string;
  findings: Finding[];
  /** For a splice: where it happened and how much of `before` it removed. */
  at?: number;
  removed?: number;
}

/** The user typed, deleted, replaced or pasted at one place. */
const splice: fc.Arbitrary<Edit> = text.chain((before) =>
  fc
    .record({
      at: fc.nat(before.length),
      removedMax: fc.nat(before.length),
      inserted: fc.oneof(text, fc.constantFrom('', 'a', ' ', '\n', '😷', 'John Smith ')),
      findings: findingsOf(before),
    })
    .map(({ at, removedMax, inserted, findings }) => {
      const removed = Math.min(removedMax, before.length - at);
      return { before, after: before.slice(0, at) + inserted + before.slice(at + removed), findings, at, removed };
    }),
);

/** Any new text at all (a select-all and paste, a reset composer, a site rewriting the draft). */
const unrelated: fc.Arbitrary<Edit> = fc
  .tuple(text, text)
  .chain(([before, after]) => findingsOf(before).map((findings) => ({ before, after, findings })));

const edits = fc.oneof(splice, unrelated);

describe('mapThroughEdit (property)', () => {
  it('keeps every span inside the new text, on the same characters, in order', () => {
    fc.assert(
      fc.property(edits, ({ before, after, findings }) => {
        const out = mapThroughEdit(findings, before, after);
        let last = -1;
        for (const f of out) {
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.end).toBeLessThanOrEqual(after.length);
          // The same finding, moved: found by its id, it covers the same characters.
          const original = findings.find((o) => o.ruleId === f.ruleId)!;
          expect({ ...f, start: 0, end: 0 }).toEqual({ ...original, start: 0, end: 0 });
          expect(after.slice(f.start, f.end)).toBe(before.slice(original.start, original.end));
          const index = findings.indexOf(original);
          expect(index).toBeGreaterThan(last);
          last = index;
        }
        if (before === after) expect(out).toEqual(findings);
      }),
      RUNS,
    );
  });

  it('leaves spans that end before a splice where they were', () => {
    fc.assert(
      fc.property(splice, ({ before, after, findings, at }) => {
        const out = mapThroughEdit(findings, before, after);
        for (const f of findings.filter((g) => g.end <= at!)) expect(out).toContainEqual(f);
      }),
      RUNS,
    );
  });

  it('never throws, even for findings that do not fit the old text', () => {
    const wild = fc.array(
      fc
        .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.nat(50))
        .map(([s, e, i]) => finding(s, e, i)),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(wild, text, text, (findings, before, after) => {
        const out = mapThroughEdit(findings, before, after);
        expect(out.length).toBeLessThanOrEqual(findings.length);
      }),
      RUNS,
    );
  });
});
