import { describe, expect, it } from 'vitest';
import { analyze, CATEGORIES } from '../../../lib/analyzer';
import { DEFAULT_ANALYZER_POLICY_FULL } from '../../../lib/policy/defaults';

const run = (text: string) => analyze(text, {}, DEFAULT_ANALYZER_POLICY_FULL);

function expectWellFormed(text: string) {
  const findings = run(text);
  for (const f of findings) {
    expect(CATEGORIES).toContain(f.category);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(0);
  }
  return findings;
}

describe('analyze on any input', () => {
  it('returns nothing for empty or non-string input, without throwing', () => {
    expect(run('')).toEqual([]);
    expect(analyze(undefined as unknown as string)).toEqual([]);
    expect(analyze(42 as unknown as string)).toEqual([]);
  });
  // Generous timeout: this guards against hangs (super-linear patterns), not speed; speed is
  // measured by `npm run bench`, never asserted on a shared, noisy machine.
  it('handles 1 MB of text, emoji, RTL and control characters', { timeout: 120_000 }, () => {
    expectWellFormed('x'.repeat(1_000_000));
    expectWellFormed('1-'.repeat(500_000));
    expectWellFormed('a.'.repeat(500_000) + '@');
    expectWellFormed('🩺👩🏽‍⚕️'.repeat(10_000));
    expectWellFormed('المريض في الغرفة 4 \u202eSSN 219-09-9999\u202c שלום');
    expectWellFormed('\u0000\u0001\uFFFF\uD800 lone surrogate');
  });
  it('sees through zero-width characters and maps offsets back to the original text', () => {
    const text = 'SSN 219\u200b-09-99\u200d99 on file';
    const [f] = expectWellFormed(text).filter((x) => x.category === 'phi.ssn');
    expect(f).toBeDefined();
    expect(text.slice(f!.start, f!.end)).toBe('219\u200b-09-99\u200d99');
  });
  it('finds an SSN after emoji with correct UTF-16 offsets', () => {
    const text = '🩺🩺 SSN 219-09-9999';
    const [f] = run(text).filter((x) => x.category === 'phi.ssn');
    expect(text.slice(f!.start, f!.end)).toBe('219-09-9999');
  });
  it('skips what the allow-list says is the author’s own', () => {
    const text = 'Call our nurse line 415-555-0182 or me at 415-555-0199';
    const found = analyze(text, { allow: ['(415) 555-0199'] }, DEFAULT_ANALYZER_POLICY_FULL).filter((f) => f.category === 'phi.phone');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['415-555-0182']);
  });
  it('never reports a category the policy turns off', () => {
    const policy = { ...DEFAULT_ANALYZER_POLICY_FULL, actions: { ...DEFAULT_ANALYZER_POLICY_FULL.actions, 'phi.ssn': 'off' as const } };
    expect(analyze('SSN 219-09-9999', {}, policy).filter((f) => f.category === 'phi.ssn')).toEqual([]);
  });
});
