import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../lib/audit';
import { fromDateString, fromSeconds } from '../../../lib/audit/text';
import { mojibake } from './exports';

describe('repairing Facebook and Instagram text', () => {
  it.each(['café', 'Renée', '¿Cómo está?', 'naïve — “quoted”', 'smile 😊 🦷', 'Zoë’s 2nd visit', 'плохо', '診療所'])('decodes the mis-encoded bytes of %s back to the text', (s) => {
    expect(repairMojibake(mojibake(s))).toBe(s);
  });

  it('leaves text alone that is not mis-encoded: plain ASCII, correct Latin-1, text with code points above 255', () => {
    for (const s of ['plain words', 'café', 'naïve', 'Ã alone', 'smile 😊', 'é and Ã©']) expect(repairMojibake(s)).toBe(s);
  });
});

describe('dates', () => {
  it('reads the platforms\' date formats as UTC', () => {
    expect(fromDateString('Wed Oct 10 20:19:24 +0000 2018')).toBe('2018-10-10T20:19:24.000Z');
    expect(fromDateString('2023-04-05 14:22:10')).toBe('2023-04-05T14:22:10.000Z');
    expect(fromDateString('2021-05-01T10:05:00.000Z')).toBe('2021-05-01T10:05:00.000Z');
    expect(fromSeconds(1_600_000_000)).toBe('2020-09-13T12:26:40.000Z');
    expect(fromSeconds('1600000000')).toBe('2020-09-13T12:26:40.000Z');
  });

  it('gives no date rather than a wrong one for missing or impossible values', () => {
    for (const v of [undefined, '', 'yesterday', 0, -5, Number.NaN, 1e15, {}]) {
      expect(fromDateString(v)).toBeUndefined();
      expect(fromSeconds(v)).toBeUndefined();
    }
  });
});
