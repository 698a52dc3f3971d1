import { describe, expect, it } from 'vitest';
import { ageFix } from '../../../../lib/analyzer/phi/age';
import { labelledIds, labelRegex, sentenceAt } from '../../../../lib/analyzer/phi/identifier-context';
import { deaValid } from '../../../../lib/analyzer/phi/license-number';
import { ssnValid } from '../../../../lib/analyzer/phi/ssn';
import { vinValid } from '../../../../lib/analyzer/phi/vehicle-id';
import { spelledDigits } from '../../../../lib/analyzer/text/terms';

describe('identifier validators', () => {
  it('checks VIN check digits', () => {
    expect(vinValid('1HGCM82633A004352')).toBe(true);
    expect(vinValid('1HGCM82633A004353')).toBe(false);
  });
  it('checks DEA check digits', () => {
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('AB1234564')).toBe(false);
  });
  it('applies SSA area, group and serial rules', () => {
    expect(ssnValid('219', '09', '9999')).toBe(true);
    expect(ssnValid('666', '12', '3456')).toBe(false);
    expect(ssnValid('900', '12', '3456')).toBe(false);
  });
  it('generalizes ages to a decade, and over-89s to "90 or older"', () => {
    expect(ageFix(34)?.replacement).toBe('in their 30s');
    expect(ageFix(93)?.replacement).toBe('90 or older');
    expect(ageFix(0)?.replacement).toBe('an infant');
    expect(ageFix(34, 'noun')?.replacement).toBe('thirty-something');
    expect(ageFix(8, 'adjective')?.replacement).toBe('young');
  });
});

describe('identifier helpers', () => {
  it('finds an identifier right after its label, with "#" touching the number', () => {
    const ids = labelledIds('Rx #7719402 and claim number: A1198-2231', labelRegex(['rx #', 'claim number']));
    expect(ids.map((i) => i.id)).toEqual(['7719402', 'A1198-2231']);
  });
  it('reads spelled-out digits', () => {
    const [hit] = [...spelledDigits('call four one five five five five zero one eight two now', 10)];
    expect(hit?.[2]).toBe('4155550182');
  });
  it('does not end a sentence at "Mr." or an initial', () => {
    const text = 'Prayers for Mr. J. Lee, who fell Saturday. Next sentence.';
    const [s, e] = sentenceAt(text, text.indexOf('Saturday'));
    expect(text.slice(s, e)).toBe('Prayers for Mr. J. Lee, who fell Saturday.');
  });
  it('stays fast on long dense input', () => {
    const text = 'the pt in bed 4 was seen on 3/14 by Dr. Lee from Wenatchee, WA. '.repeat(2000);
    const t0 = performance.now();
    labelledIds(text, labelRegex(['bed']), 1);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
