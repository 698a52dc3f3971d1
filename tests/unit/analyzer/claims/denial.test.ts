import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analyzer';
import { deniedMyths } from '../../../../lib/analyzer/misinfo/known-myth';

/**
 * A clinician correcting a myth in one plain sentence ("Vaccines don't cause autism.") or asking
 * and answering it ("Does sugar feed cancer? No.") is doing what the product exists to encourage.
 * Before the myth rule told the judgement which readings it found denied, 18 of the 24 plain
 * corrections below and 2 of 8 answered questions (5 of them below) were warned as misinformation.
 */
const misinfoWarnings = (text: string) => analyze(text, { surface: 'post' }).filter((f) => f.action !== 'inform' && f.category.startsWith('misinfo.'));

describe('a myth denied in its own words', () => {
  it.each([
    'Vaccines don’t cause autism.',
    'The MMR vaccine does not cause autism.',
    'The flu shot can’t give you the flu.',
    'mRNA vaccines don’t change your DNA.',
    'Sugar doesn’t feed cancer.',
    'Cell phones do not cause brain cancer.',
    'Antibiotics don’t work against viruses like the common cold.',
    'Deodorant does not cause breast cancer.',
    'Cracking your knuckles doesn’t cause arthritis.',
    'Fluoride in tap water does not lower IQ at the levels used in the US.',
    'The HPV vaccine does not cause infertility.',
    'Vitamin C doesn’t cure colds.',
    'Cold weather doesn’t give you a cold, viruses do.',
    'Ivermectin does not cure COVID.',
    'COVID vaccines do not make women infertile.',
    'Natural immunity is not safer than getting vaccinated.',
    'Las vacunas no causan autismo.',
    'La vacuna contra la gripe no te da gripe.',
    'El azúcar no alimenta el cáncer.',
    'Los celulares no causan cáncer.',
    'La vacuna del VPH no causa infertilidad.',
    'Las vacunas de ARNm no cambian tu ADN.',
  ])('is not warned as misinformation: %s', (text) => {
    expect(misinfoWarnings(text)).toEqual([]);
  });

  it.each([
    'Does sugar feed cancer? No. Cancer cells use glucose, but so does every cell.',
    'Do vaccines cause autism? No, dozens of studies found no link.',
    'Can the flu shot give you the flu? Nope, the injected vaccine has no live virus.',
    'Does deodorant cause breast cancer? No.',
    '¿Las vacunas causan autismo? No. Muchos estudios lo confirman.',
  ])('a myth asked and answered no, answer included, is not warned: %s', (text) => {
    expect(misinfoWarnings(text)).toEqual([]);
  });

  it.fails.each([
    // The myth rule reads no claim here ("make it cause"), so nothing tells the judgement it is denied.
    'Microwaving food doesn’t make it cause cancer.',
    // No knowledge-base myth for bleach: the miracle-cure judgement sees "cure autism" only.
    'Bleach does not cure autism and drinking it is dangerous.',
  ])('known miss: %s', (text) => {
    expect(misinfoWarnings(text)).toEqual([]);
  });

  it('the same claims asserted still warn', () => {
    for (const text of ['Vaccines cause autism.', 'The flu shot gives you the flu.', 'Las vacunas causan autismo.', 'Sugar feeds cancer.']) {
      expect(misinfoWarnings(text).length, text).toBeGreaterThan(0);
    }
  });

  it('a negation outside the claim, in another clause or with the claim told back to front is no denial', () => {
    expect(deniedMyths('Vaccines don’t cause autism.').length).toBeGreaterThan(0);
    expect(deniedMyths('Not many people know that vaccines cause autism.')).toEqual([]);
    expect(deniedMyths('Vaccines cause autism, and I’m not going to pretend otherwise.')).toEqual([]);
    expect(deniedMyths('Vaccines cause autism.')).toEqual([]);
  });
});
