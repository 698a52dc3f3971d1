/**
 * The post-level judgement: does this post talk about a specific real person's health or care?
 *
 * Single identifiers are weak evidence — "Tuesday", "bed 4", "Rose", "a 54-year-old" are harmless
 * alone and identifying together (HIPAA Safe Harbor fails when what remains could identify
 * someone; NCSBN tells nurses not to post a room, condition, age or residence even without a
 * name). So every PHI rule reports what it saw, even below the warning line, and this module
 * combines that with cues about the post as a whole — a clinical event, a person reference in any
 * form, time, place, a first-person care frame, a review reply's "your visit", and the frames
 * that make a post not about a patient (education, aggregates, the author's own health, fiction,
 * history, hypotheticals) — into one probability. The weights are not set by hand: they are a
 * logistic regression fitted on our own labelled posts (tests/eval/*-train.jsonl) by
 * `npm run train:story`, stored as data in data/story-weights.json.
 *
 * How the probability is used (`judgePost`):
 * - contextual identifiers (name, age, date, place, photo, relationship, patient context) take the
 *   post's probability as their confidence: loud together in a patient story, quiet alone;
 * - in a story, the clinical events and person references become `phi.patient-context` findings
 *   too, so the combination itself is flagged, not only the identifiers;
 * - identifiers that name a patient outright (SSN, MRN, member and account numbers…) keep their own
 *   confidence: they are never harmless.
 */
import type { RawMatch } from '../rule';
import type { AnalysisContext, Category } from '../types';
import { sentencesOf } from '../text/sentences';
import { wordsOf } from '../text/words';
import { clinicalHits, notPhi, personAnchors, SPANISH_CUES } from './context';
import { hasSpanish, postLanguage, spanishPhraseRegex } from '../text/language';
import { builtOnFirstUse } from '../text/memo';
import { hasMatch, matchesOf } from '../text/terms';
import spanish from './data/spanish-cues.json';
import weights from './data/story-weights.json';
import weightsEs from './data/story-weights-es.json';
import { isFirstName, ownFrames, quasiIdentifiers, selfAgeAt, type QuasiKind } from './quasi';

/** Categories whose meaning depends on the post: they follow the post-level judgement. */
const CONTEXTUAL: ReadonlySet<Category> = new Set<Category>([
  'phi.name', 'phi.age', 'phi.date', 'phi.geo', 'phi.patient-context', 'phi.relationship-confirmation', 'phi.photo-context',
]);
/**
 * Contact details a practice publishes as often as a patient's: in a post the judgement finds
 * clearly not about a patient (a clinic's hours, a safe reply template) they are only a hint.
 */
const CONTACTS: ReadonlySet<Category> = new Set<Category>(['phi.phone', 'phi.fax', 'phi.email', 'phi.url']);
const NOT_A_STORY = 0.2;
const IDENTIFIERS: readonly Category[] = [
  'phi.ssn', 'phi.mrn', 'phi.phone', 'phi.fax', 'phi.email', 'phi.health-plan-id', 'phi.account-number',
  'phi.license-number', 'phi.vehicle-id', 'phi.device-id', 'phi.url', 'phi.ip', 'phi.other-id', 'phi.age-over-89',
];

const TIME = /(?<![\p{L}\p{N}])(?:today|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week|shift)|yesterday|overnight|earlier|just now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)(?![\p{L}\p{N}])/giu;
const CARE_FRAME = /(?<![\p{L}\p{N}])(?:(?:my|our) (?:shift|unit|floor|ward|icu|er|ed|clinic|office|chair|patients?|pt|kiddo|little|sweet|favorite|favourite)|on (?:my|our) (?:shift|unit|watch)|(?:i|we) (?:admitted|discharged|treated|saw|intubated|delivered|coded|sutured|lost|sent|transferred|extubated|scoped|stitched|splinted|ran|worked on|took care of|cared for|had a|had an|got a)|(?:i'm|i am) (?:his|her|their) (?:nurse|doctor|dentist|therapist|medic))(?![\p{L}\p{N}])/giu;
const YOUR = /(?<![\p{L}\p{N}])your (?:visit|appointment|procedure|surgery|treatment|care|crown|filling|implant|cleaning|child|son|daughter|mom|mother|dad|father|baby|husband|wife|results?|test|scan|chart|bill|balance|prescription|medication|stay|recovery|diagnosis|case|x-?rays?|smile|teeth|tooth|knee|hip|back|skin)(?![\p{L}\p{N}])/giu;
const SAFE_REPLY = /(?<![\p{L}\p{N}])(?:can(?:not|'t|’t) (?:discuss|confirm|comment)|privacy (?:laws|rules|reasons)|hipaa|not able to (?:discuss|share)|please (?:call|contact|reach out|message))(?![\p{L}\p{N}])/iu;
const CONSENT = /(?<![\p{L}\p{N}])(?:with (?:(?:his|her|their|written|full) )*(?:permission|consent)|shared with consent|consented to|permission to share)(?![\p{L}\p{N}])/iu;
const GENERAL = /(?<![\p{L}\p{N}])(?:if you|you should|should|adults|children|people (?:with|who)|most|many|studies|study|research|recommend\p{L}*|guidelines?|signs of|risk|screening|reminder|tips?)(?![\p{L}\p{N}])/giu;
const STAT = /\d\s?%|\b\d{2,}\s(?:patients|babies|people|visits|admissions|cases)\b/giu;

const DOB = /(?<!\p{L})(?:dob|d\.o\.b\.?|date of birth|birth ?date|born on)[\s:#-]*$/iu;
// In a post about a patient, any time of their care identifies: months, seasons, years, clock
// times, holidays, "last month", "three weeks ago". (TIME, above, is the narrower feature the
// model was fitted on.) Bounded alternations and runs only: linear.
const STORY_TIME = /(?<![\p{L}\p{N}])(?:today|tonight|tomorrow|yesterday|overnight|this (?:morning|afternoon|evening|week|weekend|month|year|spring|summer|fall|autumn|winter)|last (?:night|week|weekend|shift|month|year|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|these (?:last|past) (?:few )?(?:days|weeks|months)|(?:a|one|two|three|four|five|six|\d{1,2}) (?:days?|weeks?|months?|years?) ago|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?: \d{1,2}(?:st|nd|rd|th)?)?|christmas(?: eve| day)?|thanksgiving|new year'?s(?: eve| day)?|easter|halloween|fourth of july|labor day|memorial day|(?:19|20)\d\d|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.))(?![\p{L}\p{N}])/giu;
const PLAN = /(?<!\p{L})(?:before|by|until|till|due|next|every|each|this coming|starting)\s+$/iu;
const MENTION = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]{2,30}/gu;
const GREETING_NAME = /(?:^|[.!?]\s+)(?:hi|hey|hello|dear|thanks|thank you|congrats|congratulations|so glad|welcome back|yay|yesss?|go|happy birthday|love you|miss you|prayers for|praying for|get well soon)[\s,!]+@?\p{Lu}\p{Ll}+/giu;
const YOU = /(?<![\p{L}\p{N}'’])(?:you|you're|you’re|you've|you’ve|your)(?![\p{L}\p{N}'’])/giu;

// Spanish (issue 15): counted into the same features as their English counterparts, in drafts
// with a Spanish sentence. Alternations of literals with optional accents: linear.
// Built on first use (see builtOnFirstUse): English drafts never read them.
const ES_STORY = builtOnFirstUse({
  time: () => spanishPhraseRegex(spanish.time),
  careFrame: () => spanishPhraseRegex(spanish.careFrame),
  consent: () => spanishPhraseRegex(spanish.consent, 'iu'),
  safeReply: () => spanishPhraseRegex(spanish.safeReply, 'iu'),
  storyEvidence: () => spanishPhraseRegex([
  'él', 'ella', 'le', 'lo', 'la', 'su', 'sus', 'señora', 'señor', 'niño', 'niña', 'bebé', 'mamá', 'papá', 'hijo', 'hija', 'esposa', 'esposo', 'familia',
  'abuelita', 'abuelito', 'casa', 'alta', 'ingresó', 'cirugía', 'dolor', 'cama', 'sala', 'cuarto', 'habitación', 'urgencias', 'uci', 'hospital',
  'hoy', 'ayer', 'anoche', 'paciente', 'pt', 'años', 'camina', 'come', 'respira', 'llegó', 'vino', 'murió', 'falleció',
], 'iu'),
});
/** How many times a Spanish cue matches, in a draft with a Spanish sentence. */
const esCount = (cue: () => RegExp, text: string) => (hasSpanish(text) ? count(cue(), text) : 0);

export interface StoryModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Weights of the post's words (text/words.ts), for the words that earned one. */
  words?: Record<string, number>;
}

const MODEL = weights as StoryModel;
/** Drafts whose main language is Spanish are judged by weights fitted on Spanish posts (issue 15). */
const MODEL_ES = weightsEs as StoryModel;
/** The model for `text`: English unless the draft has Spanish and most of it is Spanish. */
export const modelFor = (text: string): StoryModel => (hasSpanish(text) && postLanguage(text).main === 'es' ? MODEL_ES : MODEL);

const log1 = (n: number) => Math.log1p(n);
/** How many times `re` matches, counting up to 50 (a feature needs no more). */
function count(re: RegExp, text: string): number {
  let n = 0;
  for (const _ of hits(re, text, 50)) n++;
  return n;
}

/**
 * The evidence for one post, as named numbers (the order of `MODEL.features`). Pure; used by
 * `judgePost` and by scripts/train-story.ts, which fits the weights.
 */
export function storyFeatures(text: string, raw: readonly RawMatch[], context: AnalysisContext): Record<string, number> {
  // The author's own age ("Me, 41, first colonoscopy") is no patient's: judgePost keeps it a
  // hint, and it is no evidence of a patient story either.
  const best = (c: Category) => raw.reduce((m, r) => (r.category === c && !(c === 'phi.age' && selfAgeAt(text, r.start)) ? Math.max(m, r.confidence) : m), 0);
  const clinical = clinicalHits(text);
  const anchors = personAnchors(text);
  const kinds = (k: string, definite = true) => anchors.filter((a) => a.kind === k && (!definite || !a.indefinite)).length;
  const n = notPhi(text);
  const sentences = Math.max(1, sentencesOf(text).length);
  const share = (spans: readonly unknown[]) => spans.length / sentences;
  const strongClinical = clinical.filter((c) => c.strength === 'strong').length;
  const person = kinds('patient') + kinds('person') + kinds('age') + kinds('place') + kinds('you');
  const surface = context.surface ?? 'post';
  const you = count(YOU, text);
  const time = count(TIME, text) + esCount(() => ES_STORY.time, text);
  const names = properNames(text);
  const clinicalEvents = Math.min(strongClinical + count(CLINICAL_FORM, text), 3);
  const quasi = quasiIdentifiers(text);
  const q = (k: QuasiKind) => quasi.filter((s) => s.kind === k).length;
  const quasiDetails = Math.min(quasi.filter((s) => s.kind !== 'startName' && s.kind !== 'confirm').length, 3);
  const own = ownFrames(text);
  return {
    name: best('phi.name'),
    age: best('phi.age'),
    date: best('phi.date'),
    geo: best('phi.geo'),
    patientContext: best('phi.patient-context'),
    relationship: best('phi.relationship-confirmation'),
    photo: best('phi.photo-context'),
    identifier: Math.max(...IDENTIFIERS.map(best)),
    clinicalStrong: log1(strongClinical),
    clinicalWeak: log1(clinical.length - strongClinical),
    patientWord: log1(kinds('patient')),
    personDefinite: log1(kinds('person')),
    personIndefinite: log1(anchors.filter((a) => a.kind === 'person' && a.indefinite).length),
    ageRef: log1(kinds('age')),
    placeRef: log1(kinds('place')),
    clinicianAction: log1(kinds('action')),
    youFamily: log1(kinds('you')),
    pronoun: log1(kinds('pronoun', false)),
    time: log1(time),
    careFrame: log1(count(CARE_FRAME, text) + esCount(() => ES_STORY.careFrame, text)),
    your: log1(count(YOUR, text) + esCount(() => SPANISH_CUES.your, text)),
    clinicalWithPerson: Math.min(strongClinical, 3) * Math.min(person, 3) / 3,
    identifiersTogether: [best('phi.name'), best('phi.age'), best('phi.date'), best('phi.geo')].filter((c) => c > 0).length / 2,
    reviewReply: surface === 'review-reply' ? 1 : 0,
    replyOrComment: surface === 'reply' || surface === 'comment' ? 1 : 0,
    message: surface === 'message' ? 1 : 0,
    hypothetical: n.hypothetical ? 1 : 0,
    veterinary: n.veterinary ? 1 : 0,
    simulation: n.simulation ? 1 : 0,
    fiction: n.fiction ? 1 : 0,
    scholarly: n.scholarly ? 1 : 0,
    publicFigure: n.publicFigure ? 1 : 0,
    history: n.history ? 1 : 0,
    selfDisclosure: n.selfDisclosure ? 1 : 0,
    care: n.care ? 1 : 0,
    generic: share(n.generic),
    aggregate: share(n.aggregate),
    hedged: share(n.hedged),
    authorSelf: share(n.authorSelf),
    privacySafe: share(n.privacySafe),
    safeReply: SAFE_REPLY.test(text) || (hasSpanish(text) && hasMatch(ES_STORY.safeReply, text)) ? 1 : 0,
    consent: CONSENT.test(text) || (hasSpanish(text) && hasMatch(ES_STORY.consent, text)) ? 1 : 0,
    general: log1(count(GENERAL, text) + esCount(() => SPANISH_CUES.general, text) + esCount(() => SPANISH_CUES.announcement, text)),
    stats: log1(count(STAT, text)),
    length: Math.log1p(text.length) / 8,
    properNames: log1(names),
    mention: log1(count(MENTION, text)),
    greetingName: log1(count(GREETING_NAME, text)),
    you: log1(you),
    clinicalForm: log1(count(CLINICAL_FORM, text)),
    youWithClinical: Math.min(you, 3) * clinicalEvents / 3,
    timeWithClinical: Math.min(time, 2) * clinicalEvents / 3,
    namesWithClinical: Math.min(names, 3) * clinicalEvents / 3,
    // Quasi-identifiers (quasi.ts) and the frames of the team's own news and the author's own health.
    quasiRole: log1(q('role')),
    quasiEvent: log1(q('event')),
    quasiRarity: log1(q('rarity')),
    quasiFamily: log1(q('family')),
    quasiVenue: log1(q('venue')),
    quasiUnit: log1(q('unit')),
    roomName: log1(q('roomName')),
    startName: log1(q('startName')),
    confirmCare: log1(q('confirm')),
    quasiWithClinical: quasiDetails * clinicalEvents / 3,
    staffNews: log1(own.staffNews + esCount(() => SPANISH_CUES.staffNews, text)),
    selfHealth: log1(own.selfHealth + esCount(() => SPANISH_CUES.selfHealth, text)),
    selfAge: log1(own.selfAge),
  };
}

function properNames(text: string): number {
  let n = 0;
  for (const s of hits(PROPER, text)) if (!NOT_PROPER.has(s.text.split(' ')[0]!)) n++;
  return n;
}

/** The probability that the post is about a specific real person's health or care. */
export function storyProbability(features: Record<string, number>, model: StoryModel = MODEL, words: readonly string[] = []): number {
  let z = model.bias;
  if (model.words) for (const w of words) z += model.words[w] ?? 0;
  model.features.forEach((name, i) => {
    z += (model.weights[i] ?? 0) * (features[name] ?? 0);
  });
  return 1 / (1 + Math.exp(-z));
}

const STORY_MESSAGE = 'Together, the details in this post could identify a patient and their care.';
const TIME_MESSAGE = 'A time tied to a patient’s care helps identify them.';
const NAME_MESSAGE = 'In a post about a patient, a name or a named place can identify them.';
/** Quasi-identifiers that make a post worth judging even with no clinical word or PHI rule match. */
const QUASI_ALONE: ReadonlySet<QuasiKind> = new Set<QuasiKind>(['roomName', 'confirm', 'event', 'rarity', 'family']);
const QUASI_MESSAGE = 'A job, a local role, a rare case or a well-known event can identify the patient in a small community.';
const PLACE_MESSAGE = 'In a post about a patient, a unit, a venue or a small place can identify them.';
const YOUR_MESSAGE = 'Saying “your” visit, treatment or family member confirms this person is a patient.';
// Clinical words by their form ("tularemia", "appendectomy", "cellulitis") and common events, for
// clinical events the term list does not name. Suffix alternation after a bounded letter run: linear.
const CLINICAL_FORM = /(?<![\p{L}\p{N}])\p{L}{2,20}(?:itis|ectomy|otomy|ostomy|plasty|osis|emia|aemia|oma|pathy|algia|scopy|rrhage|rrhea|trophy|plegia|cardia|penia|uria|lysis)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:bleed|bled|broke|broken|fracture[ds]?|burns?|burned|overdosed?|od'?d|crash(?:ed)?|fell|fall|seizure[ds]?|stroke|coded|passed away|passed|died|intubated|delivered|born|bypass|transplant|amputation|stitches|sutures|cast|splint|rabies|poisoning|infection|tumou?r|cancer|chemo|dialysis|surgery|scan|biopsy|diagnosis|diagnosed|pregnan\p{L}*|miscarriage|c-?section|labor|labour|icu|nicu|ventilator|vent|hospice|rehab|detox|psych hold|5150|shots?|injur(?:y|ies|ed))(?![\p{L}\p{N}])/giu;
// A capitalized word or run that does not start a sentence: in a patient story, a name or a place.
const PROPER = /(?<=[\p{Ll}\p{N},;:)]\s)\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20}){0,3}/gu;
const NOT_PROPER = new Set(['I', 'God', 'Mom', 'Dad', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  // Their abbreviations, as opening hours and schedules write them ("Tue/Thu", "Mon–Fri"); not
  // "Jan", which is as often a first name.
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Christmas', 'Thanksgiving', 'Easter', 'Halloween', 'Happy', 'Thank', 'Thanks', 'Please', 'Congrats', 'Congratulations', 'Dr', 'Nurse', 'Doctor', 'Team', 'Patient', 'Prayers', 'Praying', 'Love', 'Proud', 'Huge', 'Shoutout', 'Shout']);
// What makes a sentence of a patient story part of it: a person (pronoun or family word), a care
// or body word, a number, or a time. Bounded alternation: linear.
const STORY_EVIDENCE = /(?<![\p{L}\p{N}])(?:he|she|him|her|his|hers|they|them|their|kid|kiddo|baby|boy|girl|guy|man|woman|lady|mom|dad|son|daughter|wife|husband|grandma|grandpa|family|\d+|home|discharged|admitted|surgery|healed|heal|recover\p{L}*|walk\p{L}*|breath\p{L}*|ate|eating|pain|wound|stitches|meds|dose|labs?|scan|x-?ray|mri|ct|ekg|vitals|fever|cough|bleeding|fracture|cast|icu|er|ed|or|floor|room|bed|unit|ward)(?![\p{L}\p{N}])/iu;
// A place preposition right before a capitalized word: anchored at the end of a short slice, linear.
const PLACE_BEFORE = /(?<![\p{L}\p{N}])(?:from|in|at|near|outside|around|en|cerca de|desde)\s$/iu;
const OF_BEFORE = /(?<![\p{L}\p{N}])(?:de|del)\s$/iu;
const AUTHOR_SURFACES = new Set(['review-reply', 'reply', 'comment', 'message']);

/** Matches of a global regex, at most `limit` of them (a pasted wall of text stays cheap). */
function* hits(re: RegExp, text: string, limit = 200): Generator<{ start: number; end: number; text: string }> {
  // Through terms.ts matchesOf, so a word list runs as its trie (text/phrase-trie.ts).
  let n = 0;
  for (const m of matchesOf(re, text)) {
    if (n++ >= limit) return;
    if (m[0].length > 0) yield { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
}
/** Person references that name no one by themselves but point at one person in a story. */
const STORY_ANCHORS = new Set(['patient', 'person', 'age', 'place', 'action', 'you']);

/** A contextual match's confidence in a post whose story probability is `p`. */
function contextualConfidence(text: string, r: RawMatch, p: number): number {
  if (r.confidence < 0.4) return Math.min(r.confidence, p);
  if (r.confidence >= 0.95 && DOB.test(text.slice(Math.max(0, r.start - 16), r.start))) return r.confidence;
  return p;
}

/**
 * Re-weighs the PHI rules' raw matches by the post-level judgement and, in a patient story,
 * adds the clinical events and person references as `phi.patient-context`. Other families and
 * identifiers that name a patient outright pass through unchanged. `evidence` is every rule's
 * matches (when `raw` is a subset, e.g. one rule under test, the judgement still sees them all).
 */
export function judgePost(text: string, raw: readonly RawMatch[], context: AnalysisContext, evidence: readonly RawMatch[] = raw): RawMatch[] {
  // In Spanish a local role is enough to judge: the clinical word lists know fewer Spanish words
  // ("una ETS", "se intoxicó con humo") than English ones.
  const alone = (s: { kind: QuasiKind }) => QUASI_ALONE.has(s.kind) || (s.kind === 'role' && hasSpanish(text));
  if (!evidence.some((r) => r.category.startsWith('phi.')) && clinicalHits(text).length === 0 && !quasiIdentifiers(text).some(alone)) return [...raw];
  const p = storyProbability(storyFeatures(text, evidence, context), modelFor(text), wordsOf(text));
  // A rule that all but rejected its span (a name that is the author's, a date that is a deadline)
  // stays low, and one that is certain (a labelled date of birth) stays high; in between, the post
  // decides. (Adding the two as independent evidence was tried: more recall, but more warnings on
  // harmless posts, since the rules' confidences are already among the model's features.)
  const out = raw.map((r) => {
    // "Me, 41, first colonoscopy": the author's own age is not a patient's.
    if (r.category === 'phi.age' && selfAgeAt(text, r.start)) return { ...r, confidence: Math.min(r.confidence, 0.3) };
    if (CONTEXTUAL.has(r.category)) return { ...r, confidence: contextualConfidence(text, r, p) };
    if (CONTACTS.has(r.category) && p < NOT_A_STORY && r.confidence < 0.95) return { ...r, confidence: Math.min(r.confidence, 0.45) };
    return r;
  });
  if (p >= 0.5) {
    const add = (s: { start: number; end: number }, category: Category, message: string, ruleId = 'phi.patient-story') =>
      out.push({ start: s.start, end: s.end, confidence: p, category, ruleId, message });
    for (const s of clinicalHits(text)) add(s, 'phi.patient-context', STORY_MESSAGE);
    for (const s of personAnchors(text)) if (STORY_ANCHORS.has(s.kind) && !s.indefinite) add(s, 'phi.patient-context', STORY_MESSAGE);
    for (const s of hits(CLINICAL_FORM, text)) add(s, 'phi.patient-context', STORY_MESSAGE);
    const es = hasSpanish(text);
    const times = es ? [...hits(STORY_TIME, text), ...hits(ES_STORY.time, text)] : hits(STORY_TIME, text);
    for (const s of times) {
      // A date the date rule already weighed (a deadline, a holiday) keeps its verdict; "before
      // Friday", "every Tuesday" and "next week" are plans, not when someone's care happened.
      if (raw.some((r) => r.category === 'phi.date' && r.start < s.end && s.start < r.end)) continue;
      if (PLAN.test(text.slice(Math.max(0, s.start - 14), s.start))) continue;
      add(s, 'phi.date', TIME_MESSAGE);
    }
    for (const s of hits(PROPER, text)) {
      const first = s.text.split(' ')[0]!;
      if (NOT_PROPER.has(first)) continue;
      // "from Dunmore", "at Sacred Heart", "del barrio Los Hornos": a place, with the place's
      // message and fix ("de" only before a word that is no first name: "el hijo de Juan").
      const before = text.slice(Math.max(0, s.start - 12), s.start);
      const named = raw.some((r) => r.category === 'phi.name' && r.confidence >= 0.4 && r.start < s.end && s.start < r.end);
      if (!named && (PLACE_BEFORE.test(before) || (OF_BEFORE.test(before) && !isFirstName(first)))) add(s, 'phi.geo', PLACE_MESSAGE);
      else add(s, 'phi.name', NAME_MESSAGE);
    }
    if (AUTHOR_SURFACES.has(context.surface ?? '') || context.surface === undefined) {
      for (const s of hits(YOUR, text)) add(s, 'phi.relationship-confirmation', YOUR_MESSAGE);
      if (es) for (const s of hits(SPANISH_CUES.your, text)) add(s, 'phi.relationship-confirmation', YOUR_MESSAGE);
    }
    for (const s of quasiIdentifiers(text)) {
      if (s.kind === 'role' || s.kind === 'event' || s.kind === 'rarity') add(s, 'phi.patient-context', QUASI_MESSAGE);
      else if (s.kind === 'venue' || s.kind === 'unit') add(s, 'phi.geo', PLACE_MESSAGE);
      else if (s.kind === 'family' || s.kind === 'startName') add(s, 'phi.name', NAME_MESSAGE);
      else if (s.kind === 'confirm') add(s, 'phi.relationship-confirmation', YOUR_MESSAGE);
      else if (s.kind === 'roomName') {
        // "Bill in 22": the name, and the room that places him.
        const space = text.indexOf(' ', s.start);
        add({ start: s.start, end: space }, 'phi.name', NAME_MESSAGE);
        const room = /\d{1,3}[A-Z]?$/u.exec(text.slice(s.start, s.end));
        if (room) add({ start: s.end - room[0].length, end: s.end }, 'phi.geo', PLACE_MESSAGE);
      }
    }
    // The story is told sentence by sentence: a sentence that carries care, a person or a time
    // but none of the spans above ("both hit 4 lbs", "glad it healed") is still part of it.
    // A sentence whose disclosure is an identifier (an SSN, a phone) is underlined there, not whole.
    const identified = out.filter((r) => IDENTIFIERS.includes(r.category) && r.confidence >= 0.5);
    for (const sentence of sentencesOf(text)) {
      if (identified.some((r) => r.start < sentence.end && sentence.start < r.end)) continue;
      const part = text.slice(sentence.start, sentence.end);
      if (!(STORY_EVIDENCE.test(part) || (es && hasMatch(ES_STORY.storyEvidence, part))) || SAFE_REPLY.test(part) || (es && hasMatch(ES_STORY.safeReply, part))) continue;
      add(sentence, 'phi.patient-context', STORY_MESSAGE);
    }
  }
  return out;
}
