/**
 * The post-level judgement (lib/analyzer/phi/story.ts): loud on an identifiable patient story
 * even without a cue word, quiet on single weak signals in harmless posts. The weights come from
 * `npm run train:story`; these cases are written here, not taken from any evaluation corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analyzer';
import { DEFAULT_ANALYZER_POLICY_FULL } from '../../../../lib/policy/defaults';

const warned = (text: string, surface: 'post' | 'message' | 'review-reply' | 'caption' = 'post') =>
  analyze(text, { surface }, DEFAULT_ANALYZER_POLICY_FULL).filter((f) => f.action !== 'inform' && f.category.startsWith('phi.'));

describe('post-level judgement', () => {
  it.each([
    'Tomas in 14 finally beat his pneumonia, home tomorrow with his granddaughter',
    'thinking of the little girl from the pool accident on Elm Street yesterday. she is still on the vent',
    // Misses of the first fitted model, caught since it learned from more writers' posts.
    'our frequent flyer is back with DKA, third time this month',
    'the high school band director came in last night with chest pain, cath lab took him at 2am',
    // A condition the first clinical vocabulary did not name (it grew by ~340 strong terms).
    'Third snakebite from the same reptile farm guy this year, copperhead on his thumb this time. Six vials of CroFab.',
  ])('warns on a patient story without the word "patient": %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Adults over 65 should get the high-dose flu shot every fall.',
    'Board question: a 54-year-old presents with crushing chest pain. Next step?',
    'We delivered 312 babies on our unit this year. Proud of this team.',
    'History of medicine: in 1847 Ignaz Semmelweis asked the doctors of a Vienna ward to wash their hands.',
    'Thanks for the note! We can’t discuss anyone’s care online; please call our front desk at 603-555-0142.',
    // A schedule's day abbreviations are not names.
    'Flu shots are walk-in Tue/Thu this week, sports physicals Sat 9–12.',
    'Copperheads are active in the evening this time of year. If bitten, stay calm and call 911.',
  ])('stays quiet on a harmless post: %s', (text) => {
    expect(warned(text)).toEqual([]);
  });

  // Known misses of the fitted model, kept visible (they were flag examples of the photo and
  // patient-context rules): a short post with one cue and nothing else sits under 0.5 and is a hint.
  // Posts this close to 0.5 move in and out with each refit on more posts; the count is in the note.
  it.fails.each([
    'triage note: F/34, abdominal pain x2 days',
    'my 3 o’clock was s/p lap chole and wanted to talk about her cat for an hour',
  ])('known miss: %s', (text) => {
    expect(warned(text).length).toBeGreaterThan(0);
  });
  it.fails.each([
    'Patient’s wristband next to my new watch lol',
  ])('known miss: %s', (text) => {
    expect(warned(text, 'caption').length).toBeGreaterThan(0);
  });
  // A borderline case: p was 0.500 after the refit with quasi-identifier features, and 0.478 since
  // the story also learned the misinformation files' harmless posts ("my patient asked me…");
  // its photo finding alone stays a hint (0.47).
  it.fails('known miss: a selfie with a favorite patient', () => {
    expect(warned('Had to grab a selfie with my favorite patient before discharge 💙', 'caption').length).toBeGreaterThan(0);
  });

  // The Spanish rule finds "según nuestros registros" (0.85), but the Spanish story model was not
  // refit for it and reads this short reply as no one's story; the post decides.
  it.fails('known miss: a short Spanish reply that confirms missed appointments', () => {
    expect(warned('Según nuestros registros, usted no asistió a dos citas.', 'review-reply').length).toBeGreaterThan(0);
  });

  it('warns on a unit selfie with the monitors behind (caught since the story weights learned phi-train4)', () => {
    expect(warned('ICU night shift selfie with the monitors behind me 🙈', 'caption').length).toBeGreaterThan(0);
  });

  it('the author\'s own age and health is no patient story', () => {
    expect(warned('Me, 41, first colonoscopy this morning. Prep was the worst part. Get screened!')).toEqual([]);
  });

  it('calls a capitalized place in a story a place, and a person a name', () => {
    const at = (text: string, quote: string) => warned(text).filter((f) => text.slice(f.start, f.end) === quote).map((f) => f.category);
    const en = 'The retired mail carrier from Elm Hollow came in Sunday with a central retinal artery occlusion; he noticed it while reading the paper.';
    expect(at(en, 'Elm Hollow')).toContain('phi.geo');
    const es = 'Anoche atendimos al hijo de Ramiro Benítez, el del taller de Villa Alegre, con una fractura expuesta de tibia.';
    expect(at(es, 'Villa Alegre')).toContain('phi.geo');
    expect(at(es, 'Ramiro Benítez')).toEqual(['phi.name']);
  });

  it('underlines each sentence of a patient story, not only its cue words', () => {
    const text = 'Gus from the hardware store came in last night with a nail through his palm. He was back at the register by noon, grinning.';
    const story = warned(text).filter((f) => f.category === 'phi.patient-context');
    const second = text.indexOf('He was back');
    expect(story.some((f) => f.start <= second && f.end >= text.length - 1)).toBe(true);
  });
});
