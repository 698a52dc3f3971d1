/**
 * The "language not checked" notice (issue 15): a draft mostly in a language Second Look does not
 * read (Portuguese, French…) is named, so the card can say so, and its language-free identifiers
 * are still found. What a user would notice if this broke: a Portuguese draft showing nothing, read
 * as "safe"; or an English or Spanish draft told it was not checked.
 */
import { evalPosts } from '../../eval-posts';
import { describe, expect, it } from 'vitest';
import { analyze, draftLanguage } from '../../../../lib/analyzer';


describe('draftLanguage', () => {
  it.each([
    ['Boa tarde a todos! A clínica vai fechar na segunda-feira por causa do feriado. Tragam o cartão de vacinação das crianças na próxima consulta.', 'Portuguese'],
    ['Chers patients, le cabinet sera fermé vendredi après-midi. Pensez à apporter votre carte vitale et vos ordonnances lors du prochain rendez-vous.', 'French'],
    ['Cari pazienti, lo studio resterà chiuso venerdì pomeriggio. Ricordatevi di portare la tessera sanitaria e le ricette alla prossima visita.', 'Italian'],
  ])('names the language of a draft it cannot read: %s', (text, name) => {
    expect(draftLanguage(text).other?.name).toBe(name);
  });

  it.each([
    'The clinic will be closed on Monday for the holiday. Bring your children’s vaccination cards to the next visit.',
    'La clínica estará cerrada el lunes por el feriado. Traigan la cartilla de vacunación de sus hijos a la próxima consulta.',
    'me toca el weekend shift otra vez. at least hay pan dulce en el break room y el café está bueno',
    'Obrigado!',
  ])('gives no notice for English, Spanish, Spanglish or a few words: %s', (text) => {
    expect(draftLanguage(text).other).toBeUndefined();
  });

  it('gives no notice on almost all of our English and Spanish training posts', () => {
    const all = ['phi-train.jsonl', 'phi-train2.jsonl', 'phi-es-train.jsonl', 'phi-es-train2.jsonl', 'misinfo-es-train.jsonl'].flatMap(evalPosts);
    const noticed = all.filter((t) => draftLanguage(t).other).length;
    expect(noticed / all.length).toBeLessThan(0.005);
  });

  it('still finds identifiers in a Portuguese draft', () => {
    const text = 'Olá equipe, a paciente ligou hoje: o telefone dela é (415) 555-0142 e o número do seguro social é 123-45-6789. Ela pediu que enviassem os exames para maria.souza@example.com antes da consulta de quinta-feira.';
    expect(draftLanguage(text).other?.code).toBe('por');
    const categories = new Set(analyze(text).map((f) => f.category));
    expect(categories).toContain('phi.ssn');
    expect(categories).toContain('phi.phone');
    expect(categories).toContain('phi.email');
  });
});
