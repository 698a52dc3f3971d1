import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analyzer';
import { foldAccents, mergeLists, termSource } from '../../../../lib/analyzer/text/terms';
import { phraseIndex } from '../../../../lib/analyzer/text/phrase-index';
import { wordPairsOf } from '../../../../lib/analyzer/text/words';
import { hitsIn, termRegex } from '../../../../lib/analyzer/text/lexicon';

/** Spanish drafts (issue 15): the same kinds of claim are judged in Spanish, harmless lookalikes stay quiet. */
const warnings = (text: string, surface?: 'reply' | 'post' | 'review-reply') =>
  analyze(text, { surface }).filter((f) => f.action !== 'inform' && !f.category.startsWith('phi.'));
const families = (text: string, surface?: 'reply' | 'post' | 'review-reply') => new Set(warnings(text, surface).map((f) => f.category.split('.')[0]));

describe('accents', () => {
  it('folds composed and decomposed accents and ñ', () => {
    expect(foldAccents('Vacunación')).toBe('Vacunacion');
    expect(foldAccents('vacunacio\u0301n')).toBe('vacunacion');
    expect(foldAccents('niño')).toBe('nino');
    expect(foldAccents('plain ascii')).toBe('plain ascii');
  });

  it('word lists match a term with or without its accents, composed or decomposed', () => {
    const list = termRegex(['vacunación', 'cáncer*']);
    for (const t of ['la vacunación', 'la vacunacion', 'la vacunacio\u0301n', 'el CÁNCER', 'los ca\u0301nceres', 'el cancer']) {
      expect(hitsIn(list, t), t).toHaveLength(1);
    }
    expect(termSource('ñ', { accents: true })).toContain('|');
  });

  it('the phrase index and the judgement words fold accents on both sides', () => {
    const index = phraseIndex({ cure: ['curación', 'limón'] });
    expect(index.find('agua con limo\u0301n y curacion')).toHaveLength(2);
    expect(wordPairsOf('vacunación')).toEqual(wordPairsOf('vacunacio\u0301n'));
  });

  it('merges lists by name and refuses a list with no English counterpart', () => {
    expect(mergeLists({ a: ['x'] }, { _about: 'note', a: ['y'] })).toEqual({ a: ['x', 'y'] });
    expect(() => mergeLists({ a: ['x'] }, { b: ['y'] })).toThrow(/no list named b/);
  });
});

describe('Spanish claims', () => {
  it.each([
    'Las farmacéuticas esconden la cura del cáncer para seguir ganando dinero.',
    'El agua con limón cura la diabetes, 100% garantizado, deja la insulina.',
    'El agua con limo\u0301n cura la diabetes, 100% garantizado, deja la insulina.',
  ])('flags misinformation: %s', (text) => {
    expect(families(text).has('misinfo'), JSON.stringify(warnings(text))).toBe(true);
  });

  it.each([
    ['Usted es una mentirosa y una ignorante, váyase a otra clínica y no regrese.', 'review-reply'],
    ['Usa mi código SALUD20 para 20% de descuento, link en mi bio 💊 únete a mi equipo', 'post'],
  ] as const)('flags professionalism: %s', (text, surface) => {
    expect(families(text, surface).has('prof'), JSON.stringify(warnings(text, surface))).toBe(true);
  });

  it.each([
    'Es falso que las vacunas causen autismo: estudios con millones de niños lo descartan.',
    'Recuerde: la vacuna contra la gripe es gratis en nuestra clínica este sábado.',
    'Gracias por su comentario, lamentamos su experiencia. Llámenos para ayudarle.',
    '#anuncio Colaboro con una app de telemedicina (me pagaron por este post). Para emergencias, llame al 911.',
    'Si tiene diabetes, siga tomando su insulina y hable con su médico antes de cambiar su tratamiento.',
  ])('leaves a harmless lookalike alone: %s', (text) => {
    expect(warnings(text).map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
