import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_ANALYZER_POLICY } from '../../../../lib/analyzer';
import name from '../../../../lib/analyzer/phi/name';
import patientContext from '../../../../lib/analyzer/phi/patient-context';
import photoContext from '../../../../lib/analyzer/phi/photo-context';
import relationshipConfirmation from '../../../../lib/analyzer/phi/relationship-confirmation';

const RULES = [name, patientContext, photoContext, relationshipConfirmation];
const warned = (text: string, surface?: 'post' | 'review-reply' | 'caption') =>
  analyze(text, surface ? { surface } : {}, DEFAULT_ANALYZER_POLICY, RULES).filter((f) => f.action !== 'inform');

describe('PHI context rules', () => {
  // The word-list regexes are built at run time, so eslint-plugin-regexp cannot see them; this
  // checks they stay linear on inputs shaped to make a backtracking pattern blow up.
  it('stay fast on adversarial input', () => {
    const inputs = [
      ' '.repeat(50_000) + 'x',
      'your '.repeat(20_000),
      'Mr. '.repeat(20_000),
      'pt with '.repeat(10_000),
      "'".repeat(50_000),
      'A'.repeat(50_000) + ', B',
      'Check out this '.repeat(5_000),
      'the the the guy '.repeat(5_000),
      'Hope, '.repeat(20_000),
    ];
    for (const text of inputs) {
      const t = performance.now();
      warned(text, 'review-reply');
      // A hang guard, not a speed test (speed is `npm run bench`): a backtracking pattern on
      // 50,000 characters takes minutes, a linear one well under a second even on a loaded machine.
      expect(performance.now() - t, text.slice(0, 20)).toBeLessThan(15_000);
    }
  }, 180_000);

  it('does not flag the author’s own name from the allow-list', () => {
    const text = 'Proud of my patient who finished chemo today! — Dr. Maya Lindqvist, MD';
    const found = analyze(text, { allow: ['Maya Lindqvist'] }, DEFAULT_ANALYZER_POLICY, RULES);
    expect(found.filter((f) => f.category === 'phi.name').map((f) => text.slice(f.start, f.end))).toEqual([]);
  });

  it('offers "a patient" in place of a name', () => {
    const [f] = warned('Prayers for Mrs. Ines Carvalho after her stroke on our unit').filter((x) => x.category === 'phi.name');
    expect(f?.fix).toEqual({ kind: 'replace', replacement: 'a patient' });
    const [g] = warned('Prayers for my patient Mrs. Ines Carvalho after her stroke').filter((x) => x.category === 'phi.name');
    expect(g?.fix).toEqual({ kind: 'remove' });
  });

  it('offers a replacement that reads right where the name is spoken to (issue 10: not "Hi a patient,")', () => {
    const fixOf = (text: string, surface: 'review-reply' | 'comment' = 'review-reply') =>
      analyze(text, { surface }, DEFAULT_ANALYZER_POLICY, RULES).find((x) => x.category === 'phi.name')?.fix;
    expect(fixOf('Hi Maria, we are so glad your crown feels great after Tuesday.')).toEqual({ kind: 'replace', replacement: 'there' });
    expect(fixOf('Dear Roberto, we are sorry your knee visit was frustrating.')).toEqual({ kind: 'replace', replacement: 'friend' });
    expect(fixOf('Thank you, Dana! Your recovery after the surgery has been amazing.')).toEqual({ kind: 'replace', replacement: 'so much' });
    expect(fixOf('So glad the new crown is working for you, Maria.')).toEqual({ kind: 'replace', replacement: 'friend' });
  });

  it('keeps a review reply that declines to discuss care quiet', () => {
    const text = 'We hear you. Patient privacy law means we can’t discuss anyone’s care in public; our office manager can help by phone.';
    expect(warned(text, 'review-reply')).toEqual([]);
  });
});
