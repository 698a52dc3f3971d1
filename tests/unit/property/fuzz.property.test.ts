/**
 * Fuzzing analyze() (issue 12): over 100,000 generated drafts — every Unicode plane, RTL text and
 * direction marks, zero-width characters, stacked combining marks, emoji sequences, HTML-looking
 * text, realistic clinical fragments, and a few 1 MB strings — analyze() never throws, and every
 * finding's offsets lie inside the text on code-point boundaries (never between the two halves
 * of a surrogate pair, where an underline or a "Remove it" fix would split a character).
 *
 * Time per input is measured against a per-length budget and reported with the slowest inputs,
 * never asserted (machines are shared and noisy), after the warm-up the worker runs before a
 * user's first check (warmUpSteps: it builds every lazily built pattern, so no input pays for
 * that; warm-up.test.ts checks it). Most inputs are short, so the run stays about two to three
 * minutes on a 2-core machine.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, DEFAULT_ANALYZER_POLICY, warmUpSteps, type Finding } from '../../../lib/analyzer';

beforeAll(() => {
  for (const step of warmUpSteps()) step();
}, 120_000);

/** The budget a draft of `length` characters is reported against: 20 ms plus 10 ms per 1,000 characters. */
const budgetMs = (length: number) => 20 + length / 100;

const pick = (chars: string) => fc.constantFrom(...Array.from(chars));
const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

const RTL = fc.oneof(range(0x0590, 0x05ff), range(0x0600, 0x06ff), range(0x0750, 0x077f), pick('\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069 '));
const ZERO_WIDTH = pick('\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e');
const COMBINING = fc.tuple(pick('aeiouAEIOU0123456789 '), fc.array(range(0x0300, 0x036f), { maxLength: 8 })).map(([b, m]) => b + m.join(''));
const EMOJI = fc.constantFrom('👩🏽‍⚕️', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇺🇸', '🇬🇧', '1️⃣', '#️⃣', '❤️', '😷', '💉', '🧑🏿‍🦰', '🫶🏻', '👍🏼', '\u{1F9D1}\u200d\u{1F384}', '\u{E0067}');
const HTML = fc.constantFrom('<script>alert(1)</script>', '<b>', '</b>', '<a href="https://x.org/p?id=42">', '&amp;', '&lt;', '&#x27;', '<!-- -->', '<img src=x onerror=y>', '<div data-ssn="219-09-9999">', '<br/>', '<p>', '</p>', '{{name}}', '${x}');
const CLINICAL = fc.constantFrom(
  'patient', 'my 67 yo patient', 'in bed 4', 'MRN 1234567', 'SSN 219-09-9999', 'DOB 3/14/1950', '(415) 555-0123', 'jane.doe@example.com',
  'Dr. Lee', 'John Smith', 'at St. Mary’s', 'vaccines cause autism', 'miracle cure', 'use code DOC20', '192.168.0.1', 'idiot', '\n', ' ', '. ',
);
const ANY_PLANE = fc.oneof(range(0, 0xd7ff), range(0xe000, 0xffff), range(0x10000, 0x1ffff), range(0x20000, 0x3ffff), range(0xe0000, 0x10ffff), range(0xd800, 0xdfff) /* lone surrogates */);

const mix = (pieces: fc.Arbitrary<string>, maxLength: number) => fc.array(pieces, { maxLength }).map((xs) => xs.join(''));

/** Families of drafts and how many of each: 100,500 in all (plus the 1 MB strings), most of them short. */
const FAMILIES: [string, fc.Arbitrary<string>, number][] = [
  ['every Unicode plane, lone surrogates', mix(ANY_PLANE, 60), 25_000],
  ['RTL text and direction marks', mix(fc.oneof(RTL, CLINICAL), 40), 15_000],
  ['zero-width characters inside identifiers', mix(fc.oneof(ZERO_WIDTH, CLINICAL, pick('0123456789-')), 40), 15_000],
  ['combining marks', mix(fc.oneof(COMBINING, CLINICAL), 30), 15_000],
  ['emoji sequences', mix(fc.oneof(EMOJI, CLINICAL), 30), 15_000],
  ['HTML-looking text', mix(fc.oneof(HTML, CLINICAL), 30), 15_000],
  ['longer mixed drafts (up to ~4,000 characters)', mix(fc.oneof(CLINICAL, EMOJI, HTML, RTL, COMBINING, ZERO_WIDTH, ANY_PLANE), 400), 500],
];

interface Timing {
  family: string;
  length: number;
  ms: number;
  text: string;
}
const timings: Timing[] = [];

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset `i` does not split a surrogate pair. */
const onBoundary = (text: string, i: number) => !(i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));

function check(family: string, text: string): void {
  const t = performance.now();
  let findings: Finding[] = [];
  expect(() => (findings = analyze(text, {}, DEFAULT_ANALYZER_POLICY))).not.toThrow();
  timings.push({ family, length: text.length, ms: performance.now() - t, text });
  for (const f of findings) {
    expect(0 <= f.start && f.start < f.end && f.end <= text.length, `${f.ruleId} ${f.start}–${f.end} outside 0–${text.length}`).toBe(true);
    expect(onBoundary(text, f.start) && onBoundary(text, f.end), `${f.ruleId} ${f.start}–${f.end} splits a character`).toBe(true);
  }
}

describe('fuzzing analyze() (over 100,000 inputs)', () => {
  for (const [family, arb, numRuns] of FAMILIES) {
    it(`${family}: ${numRuns.toLocaleString('en-US')} inputs`, () => {
      fc.assert(fc.property(arb, (text) => check(family, text)), { numRuns, seed: 20_261_120 });
    }, 600_000);
  }

  it('1 MB strings: random planes, a repeated clinical draft, an emoji wall', () => {
    const rnd = fc.sample(mix(fc.oneof(ANY_PLANE, RTL, ZERO_WIDTH, COMBINING), 400), { numRuns: 400, seed: 7 }).join('');
    const drafts = [
      rnd.repeat(Math.ceil(1_000_000 / Math.max(1, rnd.length))).slice(0, 1_000_000),
      'Today my 67 yo patient in bed 4 (MRN 1234567) told me vaccines cause autism. '.repeat(13_000).slice(0, 1_000_000),
      '👩🏽‍⚕️💉\u200d'.repeat(100_000).slice(0, 1_000_000),
    ];
    for (const d of drafts) check('1 MB strings', d);
  }, 600_000);
});

afterAll(() => {
  if (!timings.length) return;
  const over = timings.filter((t) => t.ms > budgetMs(t.length));
  const slowest = [...timings].sort((a, b) => b.ms / budgetMs(b.length) - a.ms / budgetMs(a.length)).slice(0, 8);
  const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
  console.log(
    [
      `fuzz: ${timings.length.toLocaleString('en-US')} inputs, ${Math.round(timings.reduce((a, t) => a + t.ms, 0) / 1000)} s in analyze(); budget 20 ms + 10 ms per 1,000 characters; over budget: ${over.length}`,
      'slowest against their budget:',
      ...slowest.map((t) => `  ${t.ms.toFixed(1)} ms (budget ${budgetMs(t.length).toFixed(0)}) · ${t.length.toLocaleString('en-US')} chars · ${t.family} · ${quote(t.text)}`),
    ].join('\n'),
  );
});
