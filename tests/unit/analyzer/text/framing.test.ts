import { describe, expect, it } from 'vitest';
import { contextFactor, mergeAdjacent, quotedSpans, readClaim } from '../../../../lib/analyzer/text/framing';
import { sentencesOf } from '../../../../lib/analyzer/text/sentences';

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
    expect(read('Nope, statins do not cause dementia.', 'statins do not cause dementia').reading.negated).toBe(true);
    expect(read('There is no evidence that vaccines cause autism.', 'vaccines cause autism').factor).toBe(0);
  });

  it('ignores a negation in another clause', () => {
    const text = 'Sunscreen doesn’t shield your skin one bit, it only poisons your blood.';
    expect(read(text, 'poisons your blood').reading.negated).toBe(false);
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
    expect(read('Can a flu shot give you the flu? No. There is no live virus in it.', 'a flu shot give you the flu').reading.question).toBe('answered');
    expect(read('Can a flu shot give you the flu?', 'a flu shot give you the flu').reading.question).toBe('open');
    expect(read('Honest question: how come so many teens develop tics right after the HPV jab? 🤔', 'teens develop tics right after the HPV jab').reading.question).toBe('rhetorical');
    expect(read('Honest question: how come so many teens develop tics right after the HPV jab? 🤔', 'teens develop tics right after the HPV jab').factor).toBe(1);
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
    const text = "Don't tell me 'chickenpox is harmless' ever again.";
    expect(quotedSpans(text).map((q) => text.slice(q.start, q.end))).toEqual(["'chickenpox is harmless'"]);
  });

  it('merges findings in neighbouring sentences', () => {
    const text = 'They poison the food and profit on pills. Open your eyes, folks.';
    const merged = mergeAdjacent(text, [
      { start: 0, end: 40, confidence: 0.7 },
      { start: 42, end: 63, confidence: 0.8 },
    ]);
    expect(merged).toEqual([{ start: 0, end: 63, confidence: 0.8 }]);
  });
});
