/**
 * Quasi-identifiers (lib/analyzer/phi/quasi.ts): what the post-level judgement can now see — a
 * job or local role, a distinctive event, a rarity claim, a family name, a small venue, a unit,
 * a word-name placed by a room, words confirming care — and the frames that keep the team's own
 * news and the author's own health quiet. Examples written here, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { ownFrames, quasiIdentifiers, selfAgeAt } from '../../../../lib/analyzer/phi/quasi';

const kinds = (text: string) => quasiIdentifiers(text).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);

describe('quasi-identifiers', () => {
  it.each([
    ['the evening-news anchor came in with a broken wrist', 'role:the evening-news anchor'],
    ['our fire chief is recovering after his bypass', 'role:our fire chief'],
    ['stitched up a former Olympic swimmer today', 'role:a former Olympic swimmer'],
    ['the county fair tractor crash guy is off the vent', 'event:the county fair tractor crash guy'],
    ['praying for the girl from the bus crash on the highway', 'event:girl from the bus crash'],
    ['that was the only case our county has reported this decade', 'rarity:only case'],
    ['The Nwosu triplets all have croup again', 'family:Nwosu triplets'],
    ['he slipped at the Birchfield sawmill and cut his hand', 'venue:Birchfield sawmill'],
    ['she fell at the laundromat on Tuesday', 'venue:laundromat'],
    ['Long night on 5 East, two rapid responses', 'unit:5 East'],
    ['transferred him to Mercy North for dialysis', 'unit:Mercy North'],
    ['Hope in 12 finally ate a full tray', 'roomName:Hope in 12'],
    ['Nana in bed 3 keeps calling me sweetheart', 'roomName:Nana in bed 3'],
    ['So glad to hear it! I think your mom was on my unit last winter', 'confirm:was on my unit'],
    ["We hope your son's evaluation went smoothly", "confirm:your son's evaluation"],
    ['Vino la locutora de la radio del pueblo con una fractura de muñeca.', 'role:locutora'],
    ['Atendimos a la única mujer jueza del condado por una crisis de ansiedad.', 'role:jueza'],
    ['El niño del choque de la carretera ya salió de terapia intensiva.', 'event:choque'],
    ['La señora que salió en las noticias sigue internada.', 'event:salió en las noticias'],
  ])('sees %s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it.each([
    'The Wright brothers flew at Kitty Hawk in 1903.',
    'Summer in 3 weeks! Pack the sunscreen.',
    'Back in 10, grabbing coffee',
    'the first step is always to check the airway',
    'the young guy at the front desk is great',
    'Teachers should get the flu shot every fall.',
    'Gracias a los bomberos por su servicio en el incendio de ayer.',
    'La tuberculosis se cura con tratamiento completo.',
    'Hoy se jubila nuestra gerente, ¡felicidades!',
    'El gobernador firmó la ley de cobertura para embarazadas.',
  ])('stays out of a harmless sentence: %s', (text) => {
    expect(kinds(text).filter((k) => !k.startsWith('startName'))).toEqual([]);
  });

  it('reads the team’s own news and the author’s own health as frames', () => {
    expect(ownFrames('Congrats to our very own Dr. Ames on her new baby girl!').staffNews).toBeGreaterThan(0);
    expect(ownFrames('Finally did my first colonoscopy. Book yours.').selfHealth).toBeGreaterThan(0);
    const text = 'Me, 46, first mammogram done.';
    expect(ownFrames(text).selfAge).toBe(1);
    expect(selfAgeAt(text, text.indexOf('46'))).toBe(true);
    const yo = 'Operada de la rodilla el martes, yo, 58 años, ya subo escaleras.';
    expect(selfAgeAt(yo, yo.indexOf('58'))).toBe(true);
    // A measure or a clock time after "at" is no one's age.
    expect(ownFrames('Breech twins at 34 weeks, born at 10 pm; mom got 2 doses at 40 mg.').selfAge).toBe(0);
    const patient = 'the man, 46, came in with chest pain';
    expect(selfAgeAt(patient, patient.indexOf('46'))).toBe(false);
  });

  it('stays fast on a long wall of lookalikes', () => {
    const wall = 'the the the guy from the the the crash Bill in 2 at the the mill 4 West '.repeat(3000);
    const t = performance.now();
    quasiIdentifiers(wall);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
