import { describe, expect, it } from 'vitest';
import { phraseIndex, tokenize } from '../../../../lib/analyzer/text/phrase-index';

const index = phraseIndex({
  vaccine: ['vaccin*', 'jab', 'anti vax'],
  harm: ['rewrites your dna', 'toxic'],
  marks: ['#ad', '100%', '🙄'],
  both: ['jab'],
});
const found = (text: string) => index.find(text).map((h) => [text.slice(h.start, h.end), h.groups.map((g) => index.groups[g]).join('+')]);

describe('phraseIndex', () => {
  it('finds words, prefixes and phrases, crediting every group that lists them', () => {
    expect(found('The Vaccines and the jab rewrites your DNA.')).toEqual([
      ['Vaccines', 'vaccine'], ['jab', 'vaccine+both'], ['rewrites your DNA', 'harm'],
    ]);
  });
  it('lets a space in a term match a hyphen, and keeps punctuation and emoji as words', () => {
    expect(found('anti-vax #ad 100% 🙄')).toEqual([['anti-vax', 'vaccine'], ['#ad', 'marks'], ['100%', 'marks'], ['🙄', 'marks']]);
  });
  it('matches whole words only, and no phrase across punctuation', () => {
    expect(found('nontoxic jabber; rewrites, your dna')).toEqual([]);
  });
  it('is linear on a long wall of text', () => {
    const text = 'vaccine toxic '.repeat(20_000);
    expect(index.find(text)).toHaveLength(40_000);
  });
  it('tokenizes with curly apostrophes folded', () => {
    expect(tokenize('Don’t stop').map((t) => t.word)).toEqual(["don't", 'stop']);
  });
});
