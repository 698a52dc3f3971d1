import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_ANALYZER_POLICY, type AnalysisContext } from '../../../../lib/analyzer';

// Posts beyond the development corpus: harmless ones engineers reported as false alarms, and
// PHI phrased in ways the rules used to miss. Our own texts, not copies of any corpus.
const phiWarnings = (text: string, context: AnalysisContext = {}) =>
  analyze(text, context, DEFAULT_ANALYZER_POLICY).filter((f) => f.category.startsWith('phi.') && f.action !== 'inform');

describe('PHI rules generalize', () => {
  it.each([
    'Can you send the slides by Friday?',
    "Happy Mother's Day to every mom working nights this weekend",
    '28',
    'Happy 10th birthday to our clinic!',
    'Bed 5 is broken, maintenance please',
    'Interesting case report (NEJM): a 45-year-old man in Boston with scurvy.',
    'If your toddler has a fever above 104 F, call the nurse line.',
    'Our CPR class meets the third Saturday of every month.',
    'Room 2 has the new ultrasound machine, ask the charge nurse for the login.',
    'One in 5 adults has high blood pressure and most do not know it.',
    'Big Pharma will not fix insulin prices on its own.',
  ])('stays quiet on %s', (text) => {
    expect(phiWarnings(text).map((f) => `${f.category} ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  it.each([
    ['Big Marcus is back in the ER with his COPD again', 'Big Marcus'],
    ['patient tomas reyes in 4 is asking for his wife', 'tomas reyes'],
    ['the lady in 8 has been waiting three weeks for a nursing home bed', 'in 8'],
    ['her little brother from Cedar Falls broke his arm on the trampoline', 'Cedar Falls'],
    ['On April 2 I admitted a young father with a massive PE', 'April 2'],
  ])('flags %s', (text, quote) => {
    const s = text.indexOf(quote);
    const e = s + quote.length;
    expect(phiWarnings(text).some((f) => f.start < e && s < f.end)).toBe(true);
  });

  it('flags a greeted name in a review reply about care', () => {
    const text = 'Hi Thaddeus! Glad the new partial is fitting better since your adjustment.';
    expect(phiWarnings(text, { surface: 'review-reply' }).some((f) => f.category === 'phi.name')).toBe(true);
  });
});
