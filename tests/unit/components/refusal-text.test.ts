/**
 * Why an entry was refused, in the interface's language (issue 15): the background and the
 * pattern check give a code beside the English reason, and the pages word it. In English the
 * words are exactly the reason's; in Spanish none is left in English or shown as a key.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { refusalText } from '../../../components/policy-labels';
import { checkPattern, type PatternRefused } from '../../../lib/analyzer/text/safe-pattern';
import { setTranslator } from '../../../lib/i18n';
import { validatePatch, type Refusal } from '../../../lib/policy/schema';
import { translator } from '../i18n/catalog';

afterEach(() => setTranslator(translator('en')));

const PATTERNS = ['', ' ', 'a'.repeat(201), '(\\d+)+x', '\\d*', '(a)\\1', '(?=abc)abc', '(?:a|b|c|d|e){1,12}', 'ab', '[', '\\d{80}', '\\bMRN\\d{3}'];
const refusedPatterns = PATTERNS.map((p) => checkPattern(p)).filter((c): c is PatternRefused => !c.ok);
const asRefusal = (c: PatternRefused): Refusal => ({ key: 'denyList.patterns', entry: '', reason: c.reason, code: c.code, ...(c.detail !== undefined ? { subs: [c.detail] } : {}) });

function listRefusals(): Refusal[] {
  return validatePatch({
    denyList: { facilities: ['ER', 'x'.repeat(201)], patterns: ['\\d*', '['] },
    checksOff: { bySite: ['x:phi.date', 'myspace:phi.date'] },
    allowList: { names: Array.from({ length: 52 }, (_, i) => `Dr. Name ${i}`) },
  }).refused;
}

describe('refusal reasons', () => {
  it('cover the ways a pattern is refused, each with a code', () => {
    expect(new Set(refusedPatterns.map((c) => c.code))).toEqual(new Set(['empty', 'too-long', 'open-repeat', 'backreference', 'lookaround', 'too-many-paths', 'match-too-short', 'invalid', 'match-too-long']));
    // (A feature the parser knows but the check does not, e.g. a future regex syntax, is refused too.)
    expect(refusalText({ reason: '', code: 'feature' })).toBe('This pattern uses a feature that is not allowed.');
  });

  it('read in English exactly as the English reason', () => {
    const all = [...refusedPatterns.map(asRefusal), ...listRefusals()];
    expect(all.map((r) => r.code)).toEqual(expect.arrayContaining(['length', 'check-off', 'max-items', 'open-repeat', 'invalid']));
    for (const r of all) {
      expect(r.code, r.reason).toBeDefined();
      expect(refusalText(r)).toBe(r.reason);
    }
  });

  it('read in Spanish in a Spanish browser, never as a key', () => {
    const all = [...refusedPatterns.map(asRefusal), ...listRefusals()];
    setTranslator(translator('es'));
    for (const r of all) {
      const text = refusalText(r);
      expect(text, r.reason).not.toBe(r.reason);
      expect(text).not.toMatch(/^ref_/);
    }
    expect(refusalText({ reason: '', code: 'length', subs: [3, 200] })).toBe('las entradas deben tener entre 3 y 200 caracteres.');
    expect(refusalText(asRefusal(checkPattern('\\d*') as PatternRefused))).toMatch(/^Use una repetición con límite, como \{1,3\}/);
  });

  it('keep the English reason of a refusal stored without a code', () => {
    setTranslator(translator('es'));
    expect(refusalText({ reason: 'old words' })).toBe('old words');
  });
});
