import { describe, expect, it } from 'vitest';
import { nlpStats, nlpView } from '../../../../lib/analyzer/text/nlp';
import { splitSentences } from '../../../../lib/analyzer/text/sentences';

describe('nlp view', () => {
  it('splits sentences without breaking on honorifics and initials', () => {
    const text = 'Mr. Lee saw Dr. Patel today. Ms. R. Vance called! Is she ok?';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Lee saw Dr. Patel today.',
      'Ms. R. Vance called!',
      'Is she ok?',
    ]);
  });

  it('gives UTF-16 offsets into the analysed text, after emoji', () => {
    const text = '🩺👩🏽‍⚕️ Prayers for Walter Pennington tonight.';
    const view = nlpView(text);
    const person = view.sentences.flatMap((s) => s.people)[0];
    expect(person).toBeDefined();
    expect(text.slice(person!.start, person!.end)).toBe('Walter Pennington');
    for (const t of view.sentences.flatMap((s) => s.terms)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('hands out frozen views, never the compromise document', () => {
    const view = nlpView('Mrs. Ortega went home today.');
    expect(Object.isFrozen(view)).toBe(true);
    expect(Object.isFrozen(view.sentences[0])).toBe(true);
    expect(Object.isFrozen(view.sentences[0]!.terms[0])).toBe(true);
    expect(Object.isFrozen(view.sentences[0]!.terms[0]!.tags)).toBe(true);
  });

  it('re-parses only the sentence that changed', () => {
    const a = 'Kwame Mensah had his cast removed. Priya Raman starts chemo Monday. Hector is back again.';
    const read = (text: string) => nlpView(text).sentences.forEach((s) => s.terms);
    read(a);
    const before = nlpStats().parses;
    read(a.replace('Monday', 'Tuesday'));
    expect(nlpStats().parses - before).toBe(1);
  });

  it('parses a sentence only when a rule reads it', () => {
    const view = nlpView('Odalys Brightwater rang the bell. Ximena Castellvi went home.');
    const before = nlpStats().parses;
    expect(view.sentences.every((s) => s.parsed)).toBe(true);
    expect(view.sentences[1]!.people.length).toBeGreaterThan(0);
    expect(nlpStats().parses - before).toBe(1);
  });

  it('skips NLP for a giant sentence and never throws', () => {
    const giant = `${'Word '.repeat(5000)}end.`;
    const view = nlpView(giant);
    expect(view.sentences.every((s) => !s.parsed || s.text.length <= 600)).toBe(true);
    for (const odd of ['', '\u0000\uD800', '🩺'.repeat(1000), 'a.'.repeat(10_000), 'Mr.'.repeat(3000)]) {
      expect(() => nlpView(odd)).not.toThrow();
    }
  });
});
