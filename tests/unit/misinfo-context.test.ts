import { describe, expect, it } from 'vitest';
import { contextFactor, mergeAdjacent, quotedSpans, readClaim, sentencesOf } from '../../lib/analyzer/misinfo/context';

/** Reads the claim given by its exact words inside the text. */
function read(text: string, claim: string) {
  const start = text.indexOf(claim);
  if (start < 0) throw new Error(`"${claim}" not in "${text}"`);
  return { reading: readClaim(text, start, start + claim.length), factor: contextFactor(text, start, start + claim.length) };
}

describe('misinfo context: how a claim is used', () => {
  it('treats a plain assertion as a claim', () => {
    expect(read('Vaccines cause autism, do your research.', 'Vaccines cause autism').factor).toBe(1);
  });

  it('sees negation in the claim’s own clause', () => {
    expect(read('No, vaccines do not cause autism.', 'vaccines do not cause autism').reading.negated).toBe(true);
    expect(read('There is no evidence that vaccines cause autism.', 'vaccines cause autism').factor).toBe(0);
  });

  it('ignores a negation in another clause', () => {
    const text = 'Fluoride doesn’t prevent cavities at all, it just damages your brain.';
    expect(read(text, 'damages your brain').reading.negated).toBe(false);
  });

  it('does not count idioms as negation', () => {
    expect(read('No doubt about it: vaccines cause autism.', 'vaccines cause autism').factor).toBe(1);
  });

  it('reads a double negative as endorsement', () => {
    const { reading, factor } = read('It’s a lie that vaccines don’t cause autism.', 'vaccines don’t cause autism');
    expect(reading.doubleNegative).toBe(true);
    expect(factor).toBe(1);
  });

  it('treats Myth/Fact framing and refutation as debunking', () => {
    expect(read('Myth: sugar feeds cancer. Fact: every cell uses glucose.', 'sugar feeds cancer').factor).toBe(0);
    expect(read('The claim that 5G spreads COVID is false.', '5G spreads COVID').factor).toBe(0);
    expect(read('❌ Alkaline water cures cancer ✅ Screening saves lives', 'Alkaline water cures cancer').factor).toBe(0);
  });

  it('needs a refutation before a report or quote counts as a debunk', () => {
    expect(read('Patients ask if the flu shot gives you the flu. It can’t.', 'the flu shot gives you the flu').factor).toBe(0);
    const reported = read('A video claims that garlic cures COVID.', 'garlic cures COVID');
    expect(reported.reading.reported).toBe(true);
    expect(reported.factor).toBeGreaterThan(0);
    expect(reported.factor).toBeLessThan(1);
  });

  it('tells answered, open and just-asking questions apart', () => {
    expect(read('Does the vaccine change your DNA? No. mRNA never enters the nucleus.', 'the vaccine change your DNA').reading.question).toBe('answered');
    expect(read('Does the vaccine change your DNA?', 'the vaccine change your DNA').reading.question).toBe('open');
    expect(read('Just asking: why do so many kids get autism after their shots? 🤔', 'kids get autism after their shots').reading.question).toBe('rhetorical');
    expect(read('Just asking: why do so many kids get autism after their shots? 🤔', 'kids get autism after their shots').factor).toBe(1);
  });

  it('lowers hedged claims', () => {
    const f = read('Turmeric may help shrink tumors.', 'Turmeric may help shrink tumors').factor;
    expect(f).toBeGreaterThan(0);
    expect(f).toBeLessThan(1);
  });
});

describe('misinfo context: helpers', () => {
  it('splits sentences and finds quotes without tripping on apostrophes', () => {
    expect(sentencesOf('One. Two? Three!').length).toBe(3);
    const text = "Don't say 'measles is mild' to me.";
    expect(quotedSpans(text).map((q) => text.slice(q.start, q.end))).toEqual(["'measles is mild'"]);
  });

  it('merges findings in neighbouring sentences', () => {
    const text = 'They make you sick then sell you pills. Wake up, people.';
    const merged = mergeAdjacent(text, [
      { start: 0, end: 38, confidence: 0.7 },
      { start: 40, end: 54, confidence: 0.8 },
    ]);
    expect(merged).toEqual([{ start: 0, end: 54, confidence: 0.8 }]);
  });
});
