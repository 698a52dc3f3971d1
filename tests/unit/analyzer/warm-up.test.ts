/**
 * The warm-up the background runs when a composer gets focus (issue 11, cold start): it must do
 * the analyzer's one-time set-up without changing any result.
 */
import { describe, expect, it, vi } from 'vitest';

const POSTS = [
  'Discharged Mrs. Okoro (81) from 5 West this morning, her grandson drove her home to Elk Falls.',
  'Reminder: flu shots are free at the county health department on Saturday.',
  'Garlic cures high blood pressure, ditch the lisinopril.',
  'La paciente de 45 años de la cama 7 salió ayer.',
];

/** A guard against hangs, not a speed test: two cold loads of the analyzer take 5–8 s on a busy 2-core machine. */
const TIMEOUT_MS = 60_000;

describe('warmUpSteps()', () => {
  it('leaves every result as a fresh analyzer gives it', async () => {
    vi.resetModules();
    const cold = await import('../../../lib/analyzer');
    const expected = POSTS.map((p) => cold.analyze(p, { surface: 'post' }));
    vi.resetModules();
    const warm = await import('../../../lib/analyzer');
    const steps = warm.warmUpSteps();
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) step();
    expect(warm.warmUpSteps()).toEqual([]); // once per process
    expect(POSTS.map((p) => warm.analyze(p, { surface: 'post' }))).toEqual(expected);
  }, TIMEOUT_MS);

  it('builds every lazily built part, so that no draft builds one afterwards', async () => {
    vi.resetModules();
    const a = await import('../../../lib/analyzer');
    for (const step of a.warmUpSteps()) step();
    const built = a.lazyBuilds();
    expect(built).toBeGreaterThan(100);
    // Scripts and languages the posts above do not use, English and Spanish cues of every family,
    // identifiers, a long draft, and the input that took seconds in a fresh worker.
    const drafts = [
      'ﻆ¡掴',
      'Привет, пациент Иванов, 45 лет, палата 3.',
      '患者さんは72歳です 😀 🩺',
      'مرحبا، المريض في الغرفة ٤',
      'Ünïcödé ſtraße ΣΊΣΥΦΟΣ ǅemal İstanbul',
      'Pt John Smith DOB 01/02/1950, MRN 12345678, SSN 123-45-6789, call 555-123-4567 or john@example.com, 10.0.0.1',
      'My patient, a 93-year-old veteran from Springfield, IL, told me his story in bed 12 of the ICU.',
      'Ivermectin cures COVID and the WHO is lying; Big Pharma hides the cure. 5G spreads the virus.',
      'Dr. García dice que el té de jengibre cura el cáncer en 3 días. ¡Compartan antes de que lo borren!',
      'Hoy vi a la paciente de la habitación 12, Doña Carmen López, de 91 años, natural de Cuenca.',
      'Idiota, no sabes nada. Toma 2 pastillas de ibuprofeno cada 4 horas. Código SALUD10 para 10% de descuento.',
      'Vaccines are safe and effective (CDC, 2024): get your flu shot this fall.',
      'x'.repeat(3000),
      'Lorem ipsum dolor sit amet. '.repeat(200),
    ];
    for (const d of drafts) a.analyze(d, { surface: 'post' });
    for (const d of drafts) a.analyze(`${d} ${d}`, { surface: 'comment' });
    expect(a.lazyBuilds()).toBe(built);
  }, TIMEOUT_MS);
});
