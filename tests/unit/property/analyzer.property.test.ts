/**
 * Property: analyze() is total and well-formed for any draft. For arbitrary strings (UTF-16 code
 * units including lone surrogates, full Unicode, and realistic posts built from clinical words,
 * identifiers, punctuation, emoji and newlines) it never throws; every finding lies inside the
 * text (0 <= start < end <= length), names a known category, has a confidence in [0, 1], an
 * action the card knows (inform/warn/confirm/block) and a message; and the same text always gives
 * the same findings.
 *
 * Why users care: analyze() runs on every keystroke in whatever a clinician types or pastes. A
 * throw silences every check for that draft; an out-of-range span draws an underline in the wrong
 * place or crashes the text model; an unknown category or action leaves a card with no wording or
 * a Post button held for no reason; non-determinism makes underlines flicker between checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_RANK, analyze, CATEGORIES, DEFAULT_ANALYZER_POLICY, type Finding } from '../../../lib/analyzer';

const MAX_LENGTH = 400;
const RUNS = { numRuns: 150 };
/** A guard against hangs, not a speed test (speed is `npm run bench`): 150 checks may take a while on a loaded machine. */
const PROPERTY_TIMEOUT_MS = 120_000;
const ACTIONS = Object.keys(ACTION_RANK);

/** Pieces real drafts are made of, including the ones rules look for. */
const FRAGMENTS = [
  // clinical words and patient-story phrasing
  'patient', 'pt', 'my patient', 'today I saw a', 'year-old', '67 yo', '92-year-old', 'woman', 'man', 'in the ED',
  'ICU', 'bed 4', 'room 12', 'admitted', 'discharged', 'diagnosed with', 'stage IV', 'cancer', 'diabetes', 'sepsis',
  'Dr.', 'Mrs.', 'Mr.', 'John Smith', 'Maria Garcia', 'her daughter', 'his wife', 'at St. Mary’s Hospital',
  'Boston', 'MA 02115', '123 Main St', 'last Tuesday', 'on 3/14/2024', 'March 14', 'DOB', 'MRN', 'SSN', 'Medicare',
  // misinformation and professionalism
  'vaccines cause autism', 'ivermectin cures covid', 'big pharma', 'they don’t want you to know', 'miracle cure',
  '100% effective', '9 out of 10 doctors', 'studies show', 'you should stop taking your insulin', 'DM me',
  'idiot', 'use code DOC20', 'not medical advice',
  // identifiers
  '555-0100', '(415) 555-0123', '+1 415 555 0123', '123-45-6789', 'MRN 1234567', 'MRN-7654321', '#A12345678',
  'jane.doe@example.com', 'https://example.com/p?id=42', 'www.clinic.org', '192.168.0.1', 'VIN 1HGCM82633A004352',
  'plate 7KLM204', '1HGCM82633A004352',
  // digits, punctuation, whitespace
  '0', '7', '42', '1999', '3.14', '-', '–', '—', '.', ',', ';', ':', '!', '?', '…', '"', '“', '”', '‘', '’', "'",
  '(', ')', '[', ']', '#', '@', '/', '\\', '*', '&', ' ', '  ', '\t', '\n', '\n\n', '\r\n',
  // emoji, combining marks, zero-width and direction characters, other scripts
  '😷', '💉', '👩🏽‍⚕️', '❤️', '🇺🇸', 'e\u0301', '\u200b', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u202e', 'é',
  'ß', 'İ', 'Ⅻ', '١٢٣', '病人', 'пациент', '\ud800', '\udfff',
];

/** A realistic-looking draft: 1–60 fragments, sometimes joined by spaces, cut to MAX_LENGTH. */
function draftOf(fragments: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 60 }), fc.constantFrom('', ' '))
    .map(([parts, sep]) => parts.join(sep).slice(0, MAX_LENGTH));
}
const realisticText = draftOf(FRAGMENTS);

/** Any UTF-16 code unit, lone surrogates included (what a paste can really contain). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const TEXTS: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['fc.string (printable graphemes)', fc.string({ maxLength: MAX_LENGTH })],
  ['full Unicode code points', fc.string({ unit: 'binary', maxLength: MAX_LENGTH })],
  ['raw UTF-16 code units', fc.string({ unit: codeUnit, maxLength: MAX_LENGTH })],
  ['realistic fragments', realisticText],
];

function run(text: string): Finding[] {
  return analyze(text, {}, DEFAULT_ANALYZER_POLICY);
}

function wellFormed(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(CATEGORIES).toContain(f.category);
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(ACTIONS).toContain(f.action);
    expect(typeof f.message).toBe('string');
    expect(f.message.trim().length).toBeGreaterThan(0);
  }
}

describe('analyze() on arbitrary drafts (property)', () => {
  for (const [name, arb] of TEXTS) {
    it(`never throws and returns well-formed findings: ${name}`, () => {
      fc.assert(
        fc.property(arb, (text) => {
          wellFormed(text, run(text));
        }),
        RUNS,
      );
    }, PROPERTY_TIMEOUT_MS);
  }

  it('is deterministic: the same text gives the same findings (drafts without a VIN label)', () => {
    // The VIN-label fragment is left out here only because of the known bug pinned below.
    const texts = TEXTS.filter(([, arb]) => arb !== realisticText).map(([, arb]) => arb);
    texts.push(draftOf(FRAGMENTS.filter((f) => !/vin/i.test(f))));
    fc.assert(
      fc.property(fc.oneof(...texts), (text) => {
        expectSameTwice(text);
      }),
      RUNS,
    );
  });

  // Regression (found by this property, fixed in vehicle-id.ts): phi.vehicle-id alternated between calls on
  // a labelled VIN. lib/analyzer/phi/vehicle-id.ts tests the label with VIN_LABEL.test(...), and
  // VIN_LABEL comes from phraseRegex(labels.vin), whose default flags are 'gi'; a global regex keeps
  // lastIndex between calls, so every second call misses the label. Counterexample (shrunk):
  // "VIN 1HGCM82633A004352patient" gives confidence 0.95, then 0.85, then 0.95... and
  // "VIN 1HGCM82633A004353" (label but bad check digit) is flagged only on every other call, so
  // its underline came and went as the user typed.
  it('is deterministic on drafts with a labelled VIN', () => {
    const labelledVin = fc
      .tuple(
        draftOf(FRAGMENTS.filter((f) => !/vin/i.test(f))).map((t) => t.slice(0, 60)),
        fc.constantFrom('VIN', 'vin #', 'VIN number', 'vehicle identification number'),
        fc.constantFrom('1HGCM82633A004352', '1HGCM82633A004353', '2FTRX18W1XCA01234'),
        fc.constantFrom('', ' patient', ' from the crash report', '\n'),
      )
      .map(([before, label, vin, after]) => `${before} ${label} ${vin}${after}`);
    fc.assert(
      fc.property(labelledVin, (text) => {
        expectSameTwice(text);
      }),
      { numRuns: 50 },
    );
  });
});

/** Analyses a text, then a fresh copy of it (so nothing can key on string identity): same findings. */
function expectSameTwice(text: string): void {
  const first = run(text);
  const copy = (' ' + text).slice(1);
  expect(run(copy)).toEqual(first);
}
