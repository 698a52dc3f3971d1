/**
 * Shared context for the PHI rules that read meaning rather than numbers (name, patient-context,
 * relationship-confirmation, photo-context): where the draft talks about clinical things, where it
 * points at one particular person, and — just as deliberately — where it is *not* about a real
 * patient (DESIGN.md "What is not PHI"): labelled hypotheticals and teaching cases, general
 * education, veterinary and simulation "patients", fiction, public figures' public news.
 *
 * Every function here is pure and memoized for the last text, because several rules ask the same
 * questions of one draft.
 */
import { builtOnFirstUse, lastTextMemo as memo } from '../text/memo';
import { sentencesOf, type Span } from '../text/sentences';
import type { Match } from '../rule';
import { alternation, hasMatch, matchesOf, phraseRegex } from '../text/terms';
import clinical from './data/clinical-terms.json';
import notPhiCues from './data/not-phi-cues.json';
import geoWords from './data/geo-words.json';
import people from './data/person-references.json';
import spanish from './data/spanish-cues.json';
import { hasSpanish, spanishPhraseRegex } from '../text/language';
import type { Signals } from './identifier-context';

export type Strength = 'strong' | 'weak';

/** A clinical mention: a diagnosis, procedure, drug, unit, slang term or event. */
export interface ClinicalHit extends Span {
  strength: Strength;
}

/** A reference to one particular person. */
export interface Anchor extends Span {
  strength: Strength;
  /** 'patient' (pt, my patient), 'person' (the guy), 'age' (a 34yo), 'place' (bed 4), 'action' (I saw), 'pronoun', 'you'. */
  kind: 'patient' | 'person' | 'age' | 'place' | 'action' | 'pronoun' | 'you';
  /** An indefinite reference ("a 60-year-old", "a kid") can be a generic example rather than a person. */
  indefinite: boolean;
}

// One pass over the draft for every clinical phrase (the longest wins at each position); the
// strength comes from which list the phrase is in.
const TERMS = phraseRegex([...clinical.strong, ...clinical.eponyms, ...clinical.weak]);
const STRONG_TERMS = new Set([...clinical.strong, ...clinical.eponyms].map((t) => t.toLowerCase()));
const termKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
// "lost two fingers", "broke her wrist", "burned both hands": an injury to someone's body.
const INJURY = new RegExp(
  `(?<![\\p{L}])(?:broke|broken|fractured|dislocated|tore|torn|sprained|injured|burned|burnt|lost|cut|crushed|amputated|shattered|smashed|impaled)\\s(?:his|her|their|a|an|two|three|four|both|several|all|the)\\s(?:(?:left|right|own)\\s)?(?:${alternation(clinical.bodyParts)})(?![\\p{L}])`,
  'giu',
);
const ABBREVIATIONS = phraseRegex([...clinical.abbreviations, ...clinical.weakAbbreviations], 'g'); // case-sensitive: ALL, OR, ED
const WEAK_ABBREVIATIONS = new Set(clinical.weakAbbreviations);
// "a LEGO up his nose", "a fork in his ear": a foreign body in someone.
const FOREIGN_BODY = /(?<!\p{L})(?:in|up|down|inside|into)\s(?:his|her|their)\s(?:nose|nostril|ear|ears|throat|eye|rectum|butt|esophagus|stomach|airway|bladder|vagina|urethra|penis|foot|hand|finger|toe|leg|arm|chest|back|head|skull|eyelid|scalp)(?!\p{L})/giu;
// "4th time this month", "second visit this week": a visit pattern identifies a regular.
const VISIT_PATTERN = /(?<![\p{L}\p{N}])(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|\d{1,2})\s(?:time|visit)s?\s(?:this|in\sa|in\sthe\slast)\s(?:week|month|year|shift)(?!\p{L})/giu;
// "R hip", "L knee" on a label or a board: a side plus a body part is a surgical site.
const SITE = /(?<![\p{L}\p{N}])[RL]\s(?:hip|knee|shoulder|ankle|wrist|elbow|arm|leg|foot|hand|eye|ear|breast|kidney|lung|femur|tib|fib|TKA|THA)(?!\p{L})/gu;

const PATIENT = phraseRegex(people.patient);
const NOUN = phraseRegex(people.nouns);
const ACTION = phraseRegex(people.clinicianActions);
const DETERMINERS = new Set(people.determiners);
const FAMILY = new Set(people.family);

// "34yo", "19 y/o", "62M", "58F", "a 9-year-old", "3 week old", "80 y/o M". Every alternative is
// a literal after a bounded digit run: linear time.
const AGE =
  /(?<![\p{L}\p{N}])\d{1,3}(?:\s?(?:yo|y\/o|y\.o\.|yr old|yrs old|years? old|months? old|weeks? old|wks? old|days? old)(?:\s?[MF])?|-(?:year|month|week|day|yr)-old|[MF])(?![\p{L}\p{N}])/gu;
// "bed 4", "room 22", "bay 6", "pod C", "chair 4", "exam room 2", "trauma 1", "room 22's".
const PLACE = /(?<![\p{L}\p{N}])(?:bed|room|rm|bay|pod|chair|stall|cubicle|trauma|resus|exam room|operatory)\s?#?\s?(?:\d{1,4}[A-Z]?|[A-Z])(?![\p{L}\p{N}])/giu;
const FACILITY_ISSUE = phraseRegex(geoWords.facilityIssue);
const PRONOUN = /(?<![\p{L}\p{N}'’])(?:he|she|his|her|him|they|their|he's|she's|he’s|she’s|they're|someone's|someone’s)(?![\p{L}\p{N}'’])/giu;
const HONORIFIC_NAME = /(?<!\p{L})(?:Mr|Mrs|Ms|Miss|Mx)\.?\s\p{Lu}/gu;
const APPOINTMENT = /(?<!\p{L})my\s\d{1,2}(?::\d\d)?\s?(?:o'clock|o’clock|am|pm)(?!\p{L})/giu;
const YOU_FAMILY =
  /(?<![\p{L}\p{N}])your\s(?:son|daughter|wife|husband|mom|dad|mother|father|child|baby|kid|grandma|grandpa|partner|brother|sister)(?:'s|’s)?(?![\p{L}\p{N}])/giu;

const HYPOTHETICAL = phraseRegex(notPhiCues.hypothetical);
const HYPOTHETICAL_ANYWHERE = phraseRegex(notPhiCues.hypotheticalAnywhere);
const HYPOTHETICAL_TAGS = phraseRegex(notPhiCues.hypothetical.filter((h) => h.startsWith('#')));
const GENERIC = phraseRegex(notPhiCues.generic);
const VETERINARY = phraseRegex(notPhiCues.veterinary);
const ANIMAL = phraseRegex(notPhiCues.animals);
// An animal word is a veterinary patient only close to a patient word: "our senior calico patient".
const ANIMAL_PATIENT = /(?<!\p{L})(?:patient|pt|patients|surgery|spay|neuter|vaccines?|checkup|dental)(?!\p{L})/iu;
const SIMULATION = phraseRegex(notPhiCues.simulation);
const FICTION = phraseRegex(notPhiCues.fiction);
const PUBLIC_FIGURE = phraseRegex(notPhiCues.publicFigure);
const CARE = phraseRegex(notPhiCues.careRelationship);
const AUTHOR_SELF = phraseRegex(notPhiCues.authorSelf);
const PRIVACY_SAFE = phraseRegex(notPhiCues.privacySafe);
const SCHOLARLY = phraseRegex(notPhiCues.scholarly);
const SELF_DISCLOSURE = phraseRegex(notPhiCues.selfDisclosure);
const HEDGE = phraseRegex(notPhiCues.hedges);
// "300 patients", "42 kids", "my 1,000th baby": counts describe a practice, not a person.
const AGGREGATE =
  /(?<![\p{L}\p{N}])\d{1,3}(?:,\d{3})*(?:st|nd|rd|th)?\s(?:(?:new|sick|little|tiny|pediatric|peds)\s)?(?:patients|pts|kids|children|people|babies|baby|visits|cases|admissions|deliveries|births|families|residents|clients|patient|surgeries|procedures)(?!\p{L})/iu;
// A sentence that opens (after an optional "Pearl:"-style label) with an instruction is advice.
const INSTRUCTION = new RegExp(`^(?:[\\p{L}#' ]{1,24}:\\s?)?(?:${alternation(notPhiCues.instructions)})(?![\\p{L}])`, 'iu');

// Spanish (issue 15): the same kinds of evidence, read only in drafts with a Spanish sentence so
// English drafts cost one memoized check. Ages "de 34 años", "34a", "84 añitos", "un niño de 7
// años"; places "cama 4", "habitación 12", "sala 3". Literal alternations after bounded runs: linear.
// Each built on first use: English drafts never read them (see builtOnFirstUse).
const ES = builtOnFirstUse({
  patient: () => spanishPhraseRegex(spanish.patient),
  person: () => spanishPhraseRegex(spanish.person),
  action: () => spanishPhraseRegex(spanish.action),
  clinicalStrong: () => spanishPhraseRegex(spanish.clinicalStrong),
  clinicalWeak: () => spanishPhraseRegex(spanish.clinicalWeak),
  // Clinical abbreviations, matched only as written in capitals ("ACV", "EPOC"): in lower case
  // some are everyday chat ("tb" for también). Units and tests ("UCI", "RCP", "PCR") are weak, as
  // in English: a team's news names them as often as a patient's story.
  abbreviations: () => phraseRegex(spanish.clinicalAbbreviations, 'g'),
  weakAbbreviations: () => phraseRegex(spanish.clinicalWeakAbbreviations, 'g'),
  your: () => spanishPhraseRegex(spanish.your),
  general: () => spanishPhraseRegex(spanish.general),
  authorSelf: () => spanishPhraseRegex(spanish.authorSelf),
  fiction: () => spanishPhraseRegex(spanish.fiction),
  hypothetical: () => spanishPhraseRegex(spanish.hypothetical),
  history: () => spanishPhraseRegex(spanish.history),
  safeReply: () => spanishPhraseRegex(spanish.safeReply),
  // Kinds of harmless post (issue 15): the team's own news, the author's own health, news about
  // public figures, and announcements (events, hours, drives, community notices).
  staffNews: () => spanishPhraseRegex(spanish.staffNews),
  selfHealth: () => spanishPhraseRegex(spanish.selfHealth),
  publicFigure: () => spanishPhraseRegex(spanish.publicFigure),
  announcement: () => spanishPhraseRegex(spanish.announcement),
});
const ES_AGE = /(?<![\p{L}\p{N}])(?:\d{1,3}\s?a(?:ñ|n\p{M}?)(?:os|itos)|\d{1,3}a|de\s\d{1,2}\s(?:meses|semanas|d[ií]\p{M}?as))(?![\p{L}\p{N}])/giu;
const ES_PLACE = /(?<![\p{L}\p{N}])(?:cama|camilla|habitaci[oó]n|cuarto|sala|cub[ií]culo|box|consultorio|room|bed)\s?#?\s?(?:\d{1,4}[A-Z]?|[A-Z])(?![\p{L}\p{N}])/giu;
// Before an age-like number: a range, a group or a span of time. Anchored at the end of a bounded
// slice, literal alternations: linear.
export const ES_NOT_AGE_BEFORE = /(?:\d\s?[-aoy]\s?|(?:mayores|menores|m[aá]s|menos|arriba|partir|despu[eé]s|antes|alrededor|cerca)\s(?:de\s)?(?:los\s)?|(?:los|hace|durante|por|tras|cada|en|cumple|cumplir|cumplimos|celebra|celebramos)\s|(?:entre|desde|hasta)\s(?:los\s)?)$/iu;
// After it: "o más", "en adelante", "de servicio", "con nosotros", "de experiencia", "de casados".
export const ES_NOT_AGE_AFTER = /^\s?(?:o\s(?:m[aá]s|menos)|en\sadelante|de\s(?:servicio|experiencia|casad[oa]s|carrera|trabajo|edad\so\sm[aá]s)|con\snosotros|trabajando|aqu[ií]|en\s(?:nuestra|nuestro|la\scl[ií]nica|el\shospital)|y\s(?:m[aá]s|mayores)|\+)/iu;
const ES_AGGREGATE = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,3}(?:[.,]\\d{3})*\\s(?:${spanish.aggregate.join('|')})(?!\\p{L})`, 'iu');

/** Spanish person references, as anchors (empty for a draft with no Spanish sentence). */
const spanishAnchors = (text: string): Anchor[] => {
  if (!hasSpanish(text)) return [];
  const out: Anchor[] = [];
  const add = (re: RegExp, kind: Anchor['kind'], strength: Strength = 'strong', indefinite = (s: string) => /^un[ao]?\s/iu.test(s)) => {
    for (const m of matchesOf(re, text)) out.push({ start: m.index, end: m.index + m[0].length, strength, kind, indefinite: indefinite(m[0]) });
  };
  add(ES.patient, 'patient');
  add(ES.person, 'person');
  add(ES.action, 'action');
  // An age range ("de 6 a 11 años", "mayores de 65 años"), an age group ("a partir de los 50
  // años") or a span of time ("hace 6 años", "después de 31 años", "10 años con nosotros") is no
  // one's age.
  for (const m of matchesOf(ES_AGE, text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (ES_NOT_AGE_BEFORE.test(before) || ES_NOT_AGE_AFTER.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'age', indefinite: false });
  }
  add(ES_PLACE, 'place', 'strong', () => false);
  add(ES.your, 'you');
  return out;
};

// Spanish clinical words by their form, for the conditions and procedures no list names
// ("colecistitis", "tiroidectomía", "rinoplastia", "miocardiopatía", "trombocitopenia"). Not the
// endings everyday words share ("-oma": idioma, aroma; "-emia": academia): those conditions are
// in the list. A bounded letter run before literal endings: linear.
const ES_FORM = /(?<![\p{L}\p{N}])\p{L}{3,20}(?:itis|ect[oó]m[ií]as?|ot[oó]m[ií]as?|ost[oó]m[ií]as?|plastias?|pat[ií]as?|algias?|scop[ií]as?|rragias?|pl[eé]j[ií]as?|penias?|trofias?|osis)(?![\p{L}\p{N}])/giu;

/** Spanish clinical mentions (empty for a draft with no Spanish sentence). */
const spanishClinical = (text: string): ClinicalHit[] => {
  if (!hasSpanish(text)) return [];
  const out: ClinicalHit[] = [];
  for (const m of matchesOf(ES.clinicalStrong, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong' });
  for (const m of matchesOf(ES.abbreviations, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong' });
  for (const m of matchesOf(ES_FORM, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong' });
  for (const m of matchesOf(ES.clinicalWeak, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'weak' });
  for (const m of matchesOf(ES.weakAbbreviations, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'weak' });
  return out;
};

/** The Spanish cue regexes, for story.ts (which counts them into the same features as English). */
export const SPANISH_CUES = ES;

/** Keeps the longest of overlapping spans (first wins on ties), sorted by start. */
export function longestFirst<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Clinical mentions in `text`, longest match wins. */
export const clinicalHits = memo((text: string): ClinicalHit[] => {
  const hits: ClinicalHit[] = [];
  for (const m of matchesOf(TERMS, text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, strength: STRONG_TERMS.has(termKey(m[0])) ? 'strong' : 'weak' });
  }
  for (const m of matchesOf(ABBREVIATIONS, text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, strength: WEAK_ABBREVIATIONS.has(m[0]) ? 'weak' : 'strong' });
  }
  for (const m of matchesOf(INJURY, text)) hits.push({ start: m.index, end: m.index + m[0].length, strength: 'strong' });
  for (const m of matchesOf(FOREIGN_BODY, text)) hits.push({ start: m.index, end: m.index + m[0].length, strength: 'strong' });
  for (const m of matchesOf(VISIT_PATTERN, text)) hits.push({ start: m.index, end: m.index + m[0].length, strength: 'strong' });
  for (const m of matchesOf(SITE, text)) hits.push({ start: m.index, end: m.index + m[0].length, strength: 'strong' });
  hits.push(...spanishClinical(text));
  return longestFirst(hits);
});

/** The up-to-`n` words before `index`, lowercase, skipping one quoted nickname ("the 'pizza' guy"). */
export function wordsBefore(text: string, index: number, n = 3): string[] {
  let before = text.slice(Math.max(0, index - 60), index);
  before = before.replace(/(['‘’"“”])[^'‘’"“”]{1,30}\1?\s*$/u, ' ');
  const words = before.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words.slice(-n);
}

/** References to one particular person: patients, "the guy", ages, beds, clinician actions. */
export const personAnchors = memo((text: string): Anchor[] => {
  const out: Anchor[] = [];
  for (const m of matchesOf(PATIENT, text)) {
    if (m[0] === 'PT') continue; // physical therapy far more often than "patient"
    const w = m[0].toLowerCase();
    out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'patient', indefinite: /^(?:a|one)\s/.test(w) });
  }
  for (const m of matchesOf(NOUN, text)) {
    const before = wordsBefore(text, m.index, 3);
    const det = [...before].reverse().find((b) => DETERMINERS.has(b));
    if (!det) continue;
    const noun = m[0].toLowerCase();
    if (det === 'my' && FAMILY.has(noun)) continue; // the author's own relative
    if (det === 'your' && !FAMILY.has(noun)) continue; // "your kid should…" is advice
    const indefinite = det === 'a' || det === 'an' || det === 'one';
    out.push({ start: m.index, end: m.index + m[0].length, strength: indefinite ? 'weak' : 'strong', kind: 'person', indefinite });
  }
  for (const m of matchesOf(AGE, text)) {
    const det = wordsBefore(text, m.index, 1)[0];
    // "a 55-year-old drinker" may be an example; "your 6-month-old" is advice to the reader.
    if (det === 'your') continue;
    const indefinite = det === 'a' || det === 'an';
    out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'age', indefinite });
  }
  for (const m of matchesOf(PLACE, text)) {
    const last = m[0][m[0].length - 1]!;
    if (/\p{L}/u.test(last) && last !== last.toUpperCase()) continue; // "traumas", not "pod C"
    // "Room 3 has the new ultrasound", "Bed 5 is broken": a place about equipment holds no one.
    const ss = sentencesOf(text);
    const sentence = ss[lowerBound(ss, m.index + 1) - 1];
    if (sentence && m.index < sentence.end) {
      const st = text.slice(sentence.start, sentence.end);
      if (any(FACILITY_ISSUE, st) && !any(PRONOUN, st)) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'place', indefinite: false });
  }
  for (const m of matchesOf(ACTION, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'action', indefinite: false });
  for (const m of matchesOf(HONORIFIC_NAME, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'person', indefinite: false });
  for (const m of matchesOf(APPOINTMENT, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'patient', indefinite: false });
  for (const m of matchesOf(YOU_FAMILY, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'strong', kind: 'you', indefinite: false });
  for (const m of matchesOf(PRONOUN, text)) out.push({ start: m.index, end: m.index + m[0].length, strength: 'weak', kind: 'pronoun', indefinite: false });
  out.push(...spanishAnchors(text));
  return out.sort((a, b) => a.start - b.start);
});

/**
 * Person, care and event evidence around a Spanish age or place (issue 15). signalsAt reads
 * English cue lists; this reads the anchors and clinical mentions above, which hold the Spanish
 * ones too: a person in this sentence or the one before (other than the span itself), a clinical
 * word there, an announcement in this sentence.
 */
export function spanishSignalsAt(text: string, start: number, end: number): Signals {
  const ss = sentencesOf(text);
  const i = lowerBound(ss, start + 1) - 1;
  const own = ss[i] ?? { start: 0, end: text.length };
  const from = ss[i - 1]?.start ?? own.start;
  const person = spansIn(personAnchors(text), from, own.end).some(
    (a) => a.kind !== 'you' && a.kind !== 'pronoun' && (a.end <= start || a.start >= end),
  );
  return {
    person,
    clinical: spansIn(clinicalHits(text), from, own.end).length > 0,
    event: any(ES.announcement, text.slice(own.start, own.end)),
  };
}

/** Reasons a whole draft is not about a real patient, and per-sentence generic-statement cues. */
export interface NotPhi {
  /** "Hypothetical:", "Case challenge", "for my students", "NCLEX"… */
  hypothetical: boolean;
  veterinary: boolean;
  simulation: boolean;
  fiction: boolean;
  /** A citation or study post: names are authors, numbers are aggregates. */
  scholarly: boolean;
  /** A public figure's public news, with no sign the author cared for them. */
  publicFigure: boolean;
  /** History: an event dated before 1970 ("in 1796 Edward Jenner…") or a history label. */
  history: boolean;
  /** A reply to someone's own public story or loss ("thank you for sharing your story"). */
  selfDisclosure: boolean;
  /** The author cared for someone ("we treated", "my patient"): overrides publicFigure. */
  care: boolean;
  /** Sentences (spans) that read as general statements: "think…", "should", "adults over 65". */
  generic: Span[];
  /** Sentences (spans) that count people ("300 patients"): about a practice, not a person. */
  aggregate: Span[];
  /** Sentences (spans) that hedge ("needs", "should", "can"): an indefinite person there is an example. */
  hedged: Span[];
  /** Sentences (spans) about the author's own health or family. */
  authorSelf: Span[];
  /** Sentences (spans) that decline to discuss anyone's care. */
  privacySafe: Span[];
}

// "In 1954", "back in the 1920s", "circa 1850": a year no living patient's care falls in ("born
// in 1934" is a birth year, kept out). Bounded alternation: linear.
const HISTORY_YEAR = /(?<![\p{L}\p{N}])(?<!born\s)(?:in|by|from|circa|until|back in|during)\s(?:the\s)?(?:1[5-8]\d\d|19[0-6]\d)s?(?![\p{L}\p{N}])/iu;
const HISTORY_LABEL = /(?<![\p{L}\p{N}])(?:historical (?:note|footnote|fact)|history lesson|history of medicine|#historyofmedicine|#medhistory|#medicalhistory|on this day in)(?![\p{L}\p{N}])/iu;

/** Whether `re` matches in `s` (terms.ts hasMatch: a word list's trie, or the regex without lastIndex state). */
const any = hasMatch;

/** Sentence spans of `text` (the shared splitter, memoized for the last text). */
export { sentencesOf };

export const notPhi = memo((text: string): NotPhi => {
  const sentences = sentencesOf(text);
  const where = (re: RegExp) => sentences.filter((s) => any(re, text.slice(s.start, s.end)));
  const care = any(CARE, text);
  const es = hasSpanish(text);
  // A Spanish cue is read (and so built) only for a draft with a Spanish sentence.
  const esIn = (cue: keyof typeof ES, t: string) => es && any(ES[cue], t);
  return {
    // "Case challenge:" opening a draft labels all of it; "quiz" in the middle of a story does not.
    hypothetical: esIn('hypothetical', text) || any(HYPOTHETICAL_ANYWHERE, text) || any(HYPOTHETICAL, text.slice(0, 100)) || any(HYPOTHETICAL_TAGS, text),
    veterinary: any(VETERINARY, text) || [...matchesOf(ANIMAL, text)].some((m) => ANIMAL_PATIENT.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))),
    simulation: any(SIMULATION, text),
    fiction: any(FICTION, text) || esIn('fiction', text),
    scholarly: any(SCHOLARLY, text),
    selfDisclosure: any(SELF_DISCLOSURE, text),
    publicFigure: (any(PUBLIC_FIGURE, text) || esIn('publicFigure', text)) && !care,
    history: HISTORY_YEAR.test(text) || HISTORY_LABEL.test(text) || esIn('history', text),
    care,
    generic: sentences.filter((s) => {
      const t = text.slice(s.start, s.end);
      return any(GENERIC, t) || any(HYPOTHETICAL, t) || INSTRUCTION.test(t) || AGGREGATE.test(t) || esIn('general', t) || (es && ES_AGGREGATE.test(t));
    }),
    aggregate: sentences.filter((s) => AGGREGATE.test(text.slice(s.start, s.end)) || (es && ES_AGGREGATE.test(text.slice(s.start, s.end)))),
    hedged: where(HEDGE),
    authorSelf: es ? sentences.filter((s) => any(AUTHOR_SELF, text.slice(s.start, s.end)) || any(ES.authorSelf, text.slice(s.start, s.end))) : where(AUTHOR_SELF),
    privacySafe: es ? sentences.filter((s) => any(PRIVACY_SAFE, text.slice(s.start, s.end)) || any(ES.safeReply, text.slice(s.start, s.end))) : where(PRIVACY_SAFE),
  };
});

/** True when the draft as a whole is not about a real, identifiable patient. */
export function notAboutAPatient(n: NotPhi): boolean {
  return n.hypothetical || n.veterinary || n.simulation || n.fiction || n.publicFigure || n.scholarly;
}

/** Index of the first span in `sorted` (by start) that starts at or after `offset`. */
export function lowerBound(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `index` lies inside one of `spans` (sorted by start, not overlapping). Binary search. */
export function within(spans: readonly Span[], index: number): boolean {
  const i = lowerBound(spans, index + 1) - 1;
  return i >= 0 && index < spans[i]!.end;
}

/** The spans of `sorted` (by start) that lie inside [start, end). */
export function spansIn<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** The span of `sorted` (by start, not overlapping) containing `index`. */
export function spanAt<T extends Span>(sorted: readonly T[], index: number): T | undefined {
  const i = lowerBound(sorted, index + 1) - 1;
  return i >= 0 && index < sorted[i]!.end ? sorted[i] : undefined;
}

/** Merges a sentence's findings that lie within 100 characters of each other into one span. */
export function cluster(text: string, matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, m.start) : '';
    if (last && m.start - last.end <= 100 && !/[.!?\n]\s/.test(gap)) {
      last.end = Math.max(last.end, m.end);
      last.confidence = Math.max(last.confidence, m.confidence);
    } else out.push({ ...m });
  }
  return out;
}

