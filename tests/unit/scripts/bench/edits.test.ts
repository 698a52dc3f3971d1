import { describe, expect, it } from 'vitest';
import { applyEdit, EDIT_KINDS, editSequence } from '../../../../scripts/bench/edits';
import { TextGenerator } from '../../../../scripts/bench/text';

describe('bench edits', () => {
  it('covers insert and delete of a character and a word at the start, middle and end', () => {
    expect(EDIT_KINDS).toHaveLength(12);
    expect(new Set(EDIT_KINDS.map((k) => `${k.op}@${k.where}`)).size).toBe(12);
  });

  it('changes the draft where and as it says', () => {
    const gen = new TextGenerator(4);
    const text = 'one two three four five six seven eight nine ten';
    const at = (op: string, where: string) => applyEdit(text, EDIT_KINDS.find((k) => k.op === op && k.where === where)!, gen);
    expect(at('insert-char', 'start')).toHaveLength(text.length + 1);
    expect(at('insert-char', 'start').slice(1)).toBe(text);
    expect(at('delete-char', 'start')).toBe(text.slice(1));
    expect(at('insert-char', 'end').slice(0, -1)).toBe(text);
    expect(at('delete-char', 'end')).toBe(text.slice(0, -1));
    expect(at('delete-word', 'start')).toBe(text.slice(4));
    expect(at('delete-word', 'end')).toBe(text.slice(0, -4));
    expect(at('insert-word', 'end').startsWith(`${text} `)).toBe(true);
    const mid = at('insert-word', 'middle');
    expect(mid.length).toBeGreaterThan(text.length);
    expect(mid.startsWith('one two')).toBe(true);
    expect(mid.endsWith('nine ten')).toBe(true);
    expect(at('delete-word', 'middle').split(' ')).toHaveLength(9);
  });

  it('never returns to a text seen earlier in the sequence, and keeps each edit small', () => {
    const gen = new TextGenerator(5);
    const draft = gen.post(3000);
    const seq = editSequence(draft, 120, gen);
    const texts = [draft, ...seq.map((e) => e.after)];
    expect(new Set(texts).size).toBe(texts.length);
    for (const [i, e] of seq.entries()) {
      expect(e.before).toBe(texts[i]);
      expect(e.kind).toBe(EDIT_KINDS[i % 12]);
      const grew = e.after.length - e.before.length;
      if (e.kind.op.startsWith('insert')) expect(grew).toBeGreaterThan(0);
      else expect(grew).toBeLessThan(0);
      expect(Math.abs(grew)).toBeLessThan(20);
    }
  });
});
