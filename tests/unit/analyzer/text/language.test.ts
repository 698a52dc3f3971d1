/**
 * Which language each sentence is read in (text/language.ts). What a user would notice if this
 * broke: Spanish drafts checked as English (PHI missed) or English drafts slowed and misread.
 */
import { evalPosts } from '../../eval-posts';
import { describe, expect, it } from 'vitest';
import { foldAccents, hasSpanish, languageAt, languageOf, postLanguage, sentenceLanguages } from '../../../../lib/analyzer/text/language';


describe('languageOf', () => {
  it.each([
    ['La señora de la cama 4 ingresó anoche con neumonía.', 'es'],
    ['Vaya a urgencias.', 'es'],
    ['Hay días buenos.', 'es'],
    ['The patient in bed 4 came in last night with pneumonia.', 'en'],
    ['Proud of my team.', 'en'],
  ])('%s → %s', (s, want) => expect(languageOf(s)).toBe(want));

  it('cannot tell a word or an emoji', () => {
    expect(languageOf('👂')).toBe('other');
    expect(languageOf('ok')).toBe('other');
  });

  it('reads decomposed accents like composed ones', () => {
    const decomposed = 'Le dimos de alta a la nin\u0303a esta man\u0303ana.';
    expect(foldAccents(decomposed)).toBe('Le dimos de alta a la niña esta mañana.');
    expect(languageOf(decomposed)).toBe('es');
  });
});

describe('sentenceLanguages', () => {
  it('reads a mixed post sentence by sentence', () => {
    const text = 'Long night on the unit. La señora de la cama 4 se puso muy mal a las 3. Anyway, coffee time.';
    const langs = sentenceLanguages(text).map((s) => s.language);
    expect(langs).toEqual(['en', 'es', 'en']);
    expect(languageAt(text, text.indexOf('cama'))).toBe('es');
    expect(postLanguage(text).mixed).toBe(true);
  });

  it('lets a short sentence follow its neighbours', () => {
    const text = 'Mi paciente de 80 años se fue a casa hoy. Ok. Ya come solita y camina con andadera.';
    expect(sentenceLanguages(text).map((s) => s.language)).toEqual(['es', 'es', 'es']);
  });

  it('treats an English draft with no sign of Spanish as English without asking the detector', () => {
    expect(hasSpanish('Discharged my favorite patient today!')).toBe(false);
    expect(postLanguage('Discharged my favorite patient today!').main).toBe('en');
  });

  // Our own training posts (never the test splits or the shared sets): the post's main language.
  it('tells our Spanish posts from our English ones', () => {
    const es = [...evalPosts('phi-es-train.jsonl'), ...evalPosts('misinfo-es-train.jsonl')];
    const en = [...evalPosts('phi-train.jsonl'), ...evalPosts('misinfo-train.jsonl')];
    const share = (xs: string[], want: string) => xs.filter((t) => postLanguage(t).main === want).length / xs.length;
    expect(share(es, 'es')).toBeGreaterThan(0.95);
    expect(share(en, 'en')).toBeGreaterThan(0.99);
  });
});
