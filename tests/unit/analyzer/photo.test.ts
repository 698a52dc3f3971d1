import { describe, expect, it } from 'vitest';
import { analyze, flaggedBoxes, summarizePhoto, type PhotoWord } from '../../../lib/analyzer';
import { DEFAULT_ANALYZER_POLICY_FULL } from '../../../lib/policy/defaults';

const photo = (text: string) => summarizePhoto(text, analyze(text, { platform: 'instagram', surface: 'post', source: 'photo' }, DEFAULT_ANALYZER_POLICY_FULL));

describe('summarizePhoto', () => {
  it('a wristband: a name and a record number', () => {
    const r = photo('DOE, JANE\nDOB: 03/14/1962\nMRN: 00482913');
    expect(r?.reason).toBe('name-record');
    expect(r?.action).toBe('confirm');
    expect(r?.findings.map((f) => f.category)).toContain('phi.mrn');
    expect(r?.findings.some((f) => f.words === '00482913')).toBe(true);
  });

  it('a labelled name counts beside a record number', () => {
    expect(photo('Name: Jane Doe  MRN 00482913')?.findings.some((f) => f.category === 'phi.name' && f.words === 'Jane Doe')).toBe(true);
  });

  it('a whiteboard: names with bed numbers', () => {
    const r = photo('Bed 3  Maria Lopez  NPO after midnight\nBed 4  John Smith  fall risk\nBed 5  Ana Kim  discharge today');
    expect(r?.reason).toBe('name-bed');
    expect(r?.findings.some((f) => f.category === 'phi.name')).toBe(true);
  });

  it('a lab report: a name and a date', () => {
    const r = photo('LABORATORY REPORT\nPatient: Robert Brown   DOB 07/22/1955\nSodium 138 mmol/L  Potassium 4.1 mmol/L');
    expect(r).toBeDefined();
    expect(r?.findings.some((f) => f.category === 'phi.date')).toBe(true);
    expect(r?.reason).toMatch(/^name-/);
  });

  it('harmless photos show nothing: a banner, a slide of aggregate numbers, OCR noise', () => {
    expect(photo('Happy Nurses Week!')).toBeUndefined();
    expect(photo('Flu vaccination rates 2025\nAdults 18-64: 48%\nAdults 65+: 71%')).toBeUndefined();
    expect(photo('~~ ,. ‘ i l | ==')).toBeUndefined();
    expect(photo('')).toBeUndefined();
  });

  it('keeps no more of the text than the flagged words', () => {
    const r = photo('JANE DOE\nDOB: 03/14/1962\nMRN: 00482913\nThe rest of a long label that is not flagged at all');
    for (const f of r!.findings) expect(f.words.length).toBeLessThanOrEqual(80);
    expect(JSON.stringify(r)).not.toContain('not flagged at all');
  });

  it('boxes the flagged words where they were read, and nothing else', () => {
    const r = photo('DOE, JANE\nDOB: 03/14/1962\nMRN: 00482913')!;
    const words: PhotoWord[] = [
      { text: 'DOE,', box: [0.05, 0.1, 0.2, 0.1] },
      { text: 'JANE', box: [0.3, 0.1, 0.2, 0.1] },
      { text: 'MRN:', box: [0.05, 0.5, 0.15, 0.1] },
      { text: '00482913', box: [0.2123456, 0.5, 0.3, 0.1] },
      { text: 'Thank', box: [0.1, 0.9, 0.1, 0.05] },
    ];
    const boxes = flaggedBoxes(r, words);
    expect(boxes).toContainEqual([0.212, 0.5, 0.3, 0.1]);
    expect(boxes).toContainEqual([0.05, 0.1, 0.2, 0.1]);
    expect(boxes).not.toContainEqual([0.1, 0.9, 0.1, 0.05]);
  });
});
