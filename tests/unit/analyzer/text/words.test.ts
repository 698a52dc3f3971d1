import { describe, expect, it } from 'vitest';
import { wordPairsOf, wordsOf } from '../../../../lib/analyzer/text/words';

describe('words as the learned judgements see them', () => {
  it('lowercases, stems plurals and possessives, and keeps each word once', () => {
    expect(wordsOf("The babies' shots and the Baby's shot")).toEqual(['the', "babies'", 'shot', 'and', 'baby']);
  });

  it('adds each pair of neighbouring words, so word order can carry weight', () => {
    const pairs = wordPairsOf('Take him off it. Do your own research!');
    expect(pairs).toEqual(expect.arrayContaining(['take', 'off', 'take him', 'him off', 'off it', 'own research']));
    expect(wordPairsOf('off it')).not.toContain('it off');
  });
});
