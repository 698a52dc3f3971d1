/** Drug names by their USAN stem (lib/analyzer/text/drugs.ts). Examples written here. */
import { describe, expect, it } from 'vitest';
import { drugNames } from '../../../../lib/analyzer/text/drugs';

const names = (text: string) => drugNames(text).map((h) => text.slice(h.start, h.end));

describe('drug names by stem', () => {
  it('finds generic names no list has to name, in English and Spanish', () => {
    expect(names('She takes lisinopril, rosuvastatin and dapagliflozin.')).toEqual(['lisinopril', 'rosuvastatin', 'dapagliflozin']);
    expect(names('Tira tu alopurinol y el metilfenidato del niño.')).toEqual(['alopurinol', 'metilfenidato']);
    expect(names('omeprazol, sertralina? no: omeprazole, amoxicillin, adalimumab')).toEqual(['omeprazol', 'omeprazole', 'amoxicillin', 'adalimumab']);
  });

  it('leaves ordinary words with a stem-like ending alone', () => {
    expect(names('I accept the concept: in April my cholesterol and colesterol were fine, persona grata.')).toEqual([]);
  });

  it('looks only between from and to', () => {
    const text = 'metformin here, atorvastatin there';
    expect(drugNames(text, 15).map((h) => text.slice(h.start, h.end))).toEqual(['atorvastatin']);
  });
});
