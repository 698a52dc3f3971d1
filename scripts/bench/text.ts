/**
 * Deterministic, varied drafts for `npm run bench`. A seeded generator fills many sentence
 * templates (everyday clinician posts, teaching points, patient details, myths, venting) from
 * word lists and numbers, and never hands out the same sentence twice, so a benchmark over its
 * posts never measures a cache hit on text it has already seen (issue 11: the old bench repeated
 * ten sentences). Written for the bench, not taken from any evaluation corpus.
 */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const W: Record<string, readonly string[]> = {
  first: ['Maria', 'James', 'Aisha', 'Tom', 'Priya', 'Daniel', 'Keisha', 'Luis', 'Hannah', 'Omar', 'Grace', 'Wei', 'Fatima', 'Ethan', 'Rosa', 'Malik', 'Chloe', 'Andre', 'Nadia', 'Peter', 'Sofia', 'Kwame', 'Ingrid', 'Raj'],
  last: ['Alvarez', 'Nguyen', 'Okafor', 'Schmidt', 'Patel', 'Kowalski', 'Brennan', 'Haddad', 'Lindqvist', 'Moreno', 'Tanaka', 'Whitfield', 'Abernathy', 'Castillo', 'Dubois', 'Fitzgerald', 'Greer', 'Ivanova', 'Jablonski', 'Mensah'],
  title: ['Mr.', 'Mrs.', 'Ms.', 'Dr.'],
  relation: ['mom', 'dad', 'grandmother', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'neighbor'],
  condition: ['DKA', 'sepsis', 'a COPD flare', 'pneumonia', 'a hip fracture', 'new-onset AFib', 'a GI bleed', 'pancreatitis', 'a stroke', 'heart failure', 'cellulitis', 'a kidney stone', 'appendicitis', 'an asthma attack', 'preeclampsia', 'a seizure'],
  topic: ['sepsis bundles', 'insulin drips', 'fall prevention', 'hand hygiene', 'pain scales', 'discharge teaching', 'med reconciliation', 'central line care', 'pressure injuries', 'delirium screening', 'blood cultures', 'early mobility', 'handoff reports', 'sleep hygiene', 'naloxone training'],
  unit: ['the ICU', 'the ED', 'our med-surg floor', 'the cath lab', 'L&D', 'the step-down unit', 'the burn unit', 'peds', 'the NICU', 'oncology', 'the psych unit', 'urgent care', 'the clinic', 'the OR', 'rehab'],
  shift: ['night shift', 'a double', 'a twelve', 'an overnight', 'call', 'a weekend shift', 'a holiday shift', 'a long clinic day', 'a back-to-back', 'an on-call stretch'],
  feeling: ['exhausted', 'grateful', 'proud', 'humbled', 'wiped out', 'energised', 'hopeful', 'frustrated', 'thankful', 'emotional', 'content', 'restless'],
  people: ['the nurses', 'our techs', 'the residents', 'the respiratory therapists', 'the pharmacists', 'environmental services', 'the unit clerks', 'our social workers', 'the transport team', 'the chaplains', 'the interpreters', 'the night charge nurse'],
  action: ['kept the unit calm', 'caught a med error', 'stayed late to help', 'brought coffee for everyone', 'covered three extra beds', 'talked a scared family through it', 'ran a flawless code', 'fixed the broken pump', 'found a bed in the middle of the night', 'made a patient laugh'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  vaccine: ['flu shots', 'COVID boosters', 'the RSV vaccine', 'Tdap', 'shingles shots', 'HPV doses', 'pneumonia vaccines', 'MMR catch-up doses'],
  place: ['our clinic', 'the pharmacy on Main Street', 'the community center', 'the county health department', 'the school gym', 'the library annex', 'our mobile van', 'the church hall'],
  advice: ['drink water before you feel thirsty', 'wear sunscreen even when it is cloudy', 'check your blood pressure at home', 'keep a list of your medications', 'take the stairs when you can', 'get seven hours of sleep', 'wash your hands before meals', 'stretch before long drives', 'eat one more vegetable a day', 'schedule your screening colonoscopy'],
  symptom: ['chest pain', 'sudden weakness', 'slurred speech', 'a fever over 104', 'shortness of breath', 'a severe headache', 'confusion', 'fainting', 'blood in your stool', 'a stiff neck with fever'],
  myth: ['vaccines cause autism', 'the flu shot gives you the flu', 'antibiotics cure colds', 'cancer is caused by sugar alone', 'mRNA vaccines change your DNA', 'ivermectin cures COVID', 'fluoride in water lowers IQ', 'detox teas flush toxins from your liver', 'you can sweat out a virus', 'garlic cures high blood pressure'],
  cure: ['a juice cleanse', 'colloidal silver', 'essential oils', 'megadoses of vitamin C', 'apple cider vinegar', 'a raw food diet', 'bleach drops', 'turmeric shots', 'hydrogen peroxide gargles', 'coffee enemas'],
  disease: ['diabetes', 'cancer', 'autism', 'Lyme disease', 'long COVID', 'thyroid disease', 'arthritis', 'depression', 'asthma', 'eczema'],
  complaint: ['frequent flyer', 'drug seeker', 'whiner in bed 7', 'entitled family', 'noncompliant lady', 'guy who read WebMD', 'patient who googled everything', 'dramatic teenager'],
  venting: ['I could not care less', 'honestly they deserve it', 'some people should not have kids', 'I rolled my eyes so hard', 'I am done being nice', 'they can wait all night for all I care'],
  event: ['our grand rounds', 'the regional conference', 'a webinar on burnout', 'the nursing research day', 'a journal club', 'the quality fair', 'our town hall', 'a simulation lab'],
  paper: ['a paper on early mobility', 'our study of readmissions', 'a case series on heat stroke', 'a review of sepsis alerts', 'a trial of nurse-led discharge calls', 'a survey of rural clinics'],
  journal: ['JAMA', 'the BMJ', 'NEJM', 'Critical Care Medicine', 'the Journal of Nursing Administration', 'Pediatrics', 'Annals of Family Medicine'],
  food: ['tacos', 'pho', 'leftover pizza', 'a granola bar', 'cold noodles', 'a vending machine sandwich', 'homemade curry', 'a sad salad'],
  pet: ['dog', 'cat', 'parrot', 'rabbit', 'tortoise', 'puppy'],
  hobby: ['hiking', 'baking bread', 'gardening', 'running a half marathon', 'painting', 'fixing an old bike', 'learning guitar', 'birdwatching'],
  street: ['Oak Street', 'Maple Avenue', 'Elm Road', 'Cedar Lane', 'Birch Court', 'Pine Drive', 'Willow Way', 'Spruce Boulevard'],
  city: ['Springfield', 'Riverside', 'Fairview', 'Lakewood', 'Georgetown', 'Milford', 'Ashland', 'Clinton'],
  med: ['metoprolol', 'insulin glargine', 'apixaban', 'lisinopril', 'sertraline', 'albuterol', 'levothyroxine', 'furosemide', 'amoxicillin', 'prednisone'],
};

const OPENERS = ['', '', '', '', 'Honestly, ', 'Quick note: ', 'PSA: ', 'Okay so ', 'Update: ', 'Fun fact: ', 'Real talk: ', 'Reminder: ', 'Heads up, ', 'Friendly reminder that ', 'Not gonna lie, ', 'FYI ', 'So ', 'Well, '];
// Each ends the sentence with its punctuation, so nothing spills into the next one (the
// analyzer's splitter would glue an emoji after a full stop onto the following sentence).
const CLOSERS = ['.', '.', '.', '!', '...', ' #MedTwitter.', ' #NursesRock!', ' 🙏.', ' 💙!', ' 🩺.', '!!', ' 😴.', ' #healthcare.', ', thoughts?', ' 👩🏽‍⚕️.', ' (long story).', ', more soon.', '?!', ' 🤷.', ' lol.', ', truly.', ', again.']

/** Sentence bodies; {slot} takes a word from W, {age}, {n}, {pct}, {time}, {date}, {phone}, {mrn}, {room}, {year}, {dose} a number. */
const TEMPLATES: readonly string[] = [
  'Finished {shift} on {unit} and I am {feeling}',
  'Shout-out to {people} who {action} tonight',
  'Huge thanks to {people}; they {action} during {shift}',
  'Coming off {shift} feeling {feeling} but {feeling} too',
  '{day} is going to be a long one on {unit}',
  'Teaching point for new grads: double-check {topic} before you hand off',
  'We revamped how we teach {topic} and the results after {n} months look good',
  'Our unit cut errors in {topic} by {pct} percent this quarter',
  'Ask me anything about {topic}, I have been doing this for {n} years',
  'Presenting on {topic} at {event} this {day}',
  'Proud that {paper} was accepted in {journal}',
  'Still thinking about what I learned at {event} about {topic}',
  'If you have {symptom}, call 911 instead of posting about it',
  'Please do not ignore {symptom}; it is worth a trip to the ER',
  '{vaccine} are available at {place} {day} through {day}',
  'We are giving {vaccine} at {place} from {time} until {time2}',
  'Simple habit for {month}: {advice}',
  'One thing I tell every patient: {advice}',
  'Tip number {n}: {advice}, your future self will thank you',
  'Lunch today was {food} eaten standing up at {time}',
  'My {pet} has no idea I worked {shift} and wants to play',
  'Spent my day off {hobby} and it was exactly what I needed',
  'Trying to get back into {hobby} after {n} weeks of {shift}',
  'Anyone else still dreaming about charting after {shift}',
  'The coffee on {unit} should be classified as a controlled substance',
  'Year {n} of nursing and {unit} still surprises me',
  'Our {relation} {first} finally got to go home after {n} days',
  '{title} {last} asked me to share his story after his surgery last {day}',
  'The {age}-year-old in room {room} with {condition} turned the corner this morning',
  'Had a {age}-year-old with {condition} on {unit} who reminded me why I do this',
  '{first} {last}, {age}, was admitted on {date} with {condition}',
  'Patient {first} {last} (MRN {mrn}) needs a callback about her {med} dose',
  'Call our office at {phone} to book a visit with {title} {last}',
  'The family of the patient in bed {room} kept asking about {condition}',
  '{first} from {city} came in with {condition} for the {ordinal} time this year',
  'My {relation} starts {med} {dose} mg on {day}, wish us luck',
  'Her address on {street} in {city} was on the intake form left at the desk',
  'Discharged a sweet {age}-year-old today who taught me a card game',
  'Big news: {vaccine} are now covered for patients over {age}',
  'Did you know {myth}, so do your own research',
  'They will never tell you that {myth}',
  'I have seen it myself: {myth}, no matter what the CDC says',
  'Skip the pharmacy, {cure} cured my {disease} in {n} weeks',
  'Forget chemo, {cure} is all you need for {disease}',
  'Some say {myth}, but the evidence says otherwise',
  'A patient asked whether {myth}; here is what the studies actually show',
  'Myth of the week: {myth}, which is false, and here is why',
  'That {complaint} is back again, {venting}',
  'The {complaint} in room {room} wanted a sandwich at {time}; {venting}',
  'Another {complaint} today, {venting}',
  'When the {complaint} threatens to leave AMA, I hold the door',
  'Wow, {n} admissions before {time} and the {complaint} is still yelling',
  'Grateful for a manager who lets us swap {shift} without drama',
  'Staffing ratios on {unit} were {n} to 1 again and nobody upstairs cares',
  'We hit {pct} percent {vaccine} coverage among staff this {month}',
  'Looking for recommendations on a good book about {topic}',
  'Hiring: experienced nurses for {unit}, {n} openings, sign-on bonus',
  'Our hospital in {city} is hosting a free health fair on {day}',
  'Free blood pressure checks at {place} on {date}',
  'Remember that {advice}, especially in {month}',
  'A reminder from {unit}: please {advice}',
  'Wrote {n} notes, answered {n2} pages, and drank zero water',
  'Three years ago on {date} I passed my boards; today I precept',
  'The new grads on {unit} are crushing it with {topic}',
  'Can someone explain why {topic} is still done on paper in {year}',
  'Sat with a dying patient for {n} minutes tonight and held her hand',
  'If your {relation} is on {med}, ask about interactions before adding supplements',
  'Missed my {relation}\'s recital because of {shift}; worth it, but it stings',
  'Clocked out at {time} and forgot where I parked',
  'Vent: the pump on {unit} beeped {n} times in an hour for nothing',
  'Started {paper} with {n} colleagues from {city}',
  'Just renewed my license, {n} CE hours on {topic} later',
  'Things I wish I knew as a student: {topic} matters more than you think',
  'Our {relation} texted a photo of the {pet} to get me through {shift}',
];

const SLOT = /\{(\w+)\}/g;

/**
 * Draws sentences and posts from one seed. Every sentence it returns is new to this generator,
 * across all the posts it makes, so no post shares a sentence with another.
 */
export class TextGenerator {
  private readonly random: () => number;
  private readonly seen = new Set<string>();

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  private fill(slot: string): string {
    switch (slot) {
      case 'age': return String(this.int(2, 97));
      case 'n':
      case 'n2': return String(this.int(2, 40));
      case 'pct': return String(this.int(5, 95));
      case 'time':
      case 'time2': return `${this.int(1, 12)}:${String(this.int(0, 59)).padStart(2, '0')} ${this.random() < 0.5 ? 'AM' : 'PM'}`;
      case 'date': return `${this.pick(W.month!)} ${this.int(1, 28)}`;
      case 'phone': return `(${this.int(201, 989)}) 555-${String(this.int(100, 9999)).padStart(4, '0')}`;
      case 'mrn': return String(this.int(1_000_000, 99_999_999));
      case 'room': return String(this.int(1, 48) + (this.random() < 0.3 ? 400 : 0));
      case 'year': return String(this.int(2019, 2026));
      case 'dose': return String(this.pick([2.5, 5, 10, 20, 25, 40, 50, 100]));
      case 'ordinal': return this.pick(['second', 'third', 'fourth', 'fifth', 'sixth']);
      default: return this.pick(W[slot] ?? [slot]);
    }
  }

  /** One sentence never returned before by this generator. */
  sentence(): string {
    for (let attempt = 0; ; attempt++) {
      const template = this.pick(TEMPLATES);
      const opener = this.pick(OPENERS);
      let body = template.replace(SLOT, (_, slot: string) => this.fill(slot));
      // "Honestly, the coffee…", but "Honestly, Maria…" when the template starts with a name.
      if (opener && !template.startsWith('{')) body = body.charAt(0).toLowerCase() + body.slice(1);
      // After many collisions (not seen in practice) a serial number keeps it unique.
      const serial = attempt > 20 ? ` [#${this.seen.size}]` : '';
      let s = opener + body + serial + this.pick(CLOSERS);
      s = s.charAt(0).toUpperCase() + s.slice(1);
      if (!this.seen.has(s)) {
        this.seen.add(s);
        return s;
      }
    }
  }

  /**
   * A draft of exactly `length` characters: new sentences in paragraphs of two to six, cut at
   * `length` (mid-word if it falls there, as a draft being typed is), never inside an emoji's
   * surrogate pair.
   */
  post(length: number): string {
    let text = '';
    let inParagraph = 0;
    let paragraph = this.int(2, 6);
    while (text.length < length) {
      if (text) {
        if (inParagraph >= paragraph) {
          text += '\n\n';
          inParagraph = 0;
          paragraph = this.int(2, 6);
        } else {
          text += ' ';
        }
      }
      text += this.sentence();
      inParagraph++;
    }
    text = text.slice(0, length);
    const last = text.charCodeAt(length - 1);
    if (last >= 0xd800 && last <= 0xdbff) text = `${text.slice(0, -1)} `;
    return text;
  }
}
