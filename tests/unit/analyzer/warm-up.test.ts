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
});
