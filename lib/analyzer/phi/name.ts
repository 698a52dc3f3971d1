import type { AnalysisContext, Fix } from '../types';
import { nlpView, sentenceAt, type NlpSentence } from '../text/nlp';
import { defineRule, type Match } from '../rule';
import { alternation, hasMatch, matchesOf, phraseRegex } from '../text/terms';
import { clinicalHits, lowerBound, notAboutAPatient, notPhi, personAnchors, sentencesOf, spansIn, within } from './context';
import clinical from './data/clinical-terms.json';
import firstNames from './data/first-names.json';
import cues from './data/name-cues.json';
import notPhiCues from './data/not-phi-cues.json';
import people from './data/person-references.json';
import relationship from './data/relationship-cues.json';
import spanish from './data/spanish-cues.json';
import { hasSpanish, spanishPhraseRegex } from '../text/language';
import { builtOnFirstUse } from '../text/memo';

// A name is PHI when it is a patient's (or a patient's relative's, which identifies the patient).
// compromise finds many names, but not all (non-Western, lowercase, ALL-CAPS, "LAST, F") and it
// cannot tell a patient from a colleague, so candidates come from cues first — honorifics,
// "my patient X", "X, 34", "Hi X," in a review reply — then from compromise and the first-name
// list, which need clinical context nearby. Colleagues (Dr./Nurse/role words, signatures),
// public figures' public news, animals and manikins, and the author's own name (context.allow, in
// analyze()) are not patients.

const FIRST_NAMES = new Set(firstNames.names.map((n) => n.toLowerCase()));
const COMMON_WORD = new Set(cues.commonWordNames);
const NOT_NAME = new Set([
  ...cues.notNameWords,
  ...clinical.abbreviations.map((a) => a.toLowerCase()),
  ...clinical.eponyms.map((e) => e.split(/['’\s]/)[0]!), // "Hashimoto's", "Crohn's": diseases, not people
  ...[...clinical.strong, ...clinical.weak].filter((t) => !t.includes(' ')), // "Tylenol", "Lasix"
]);
const ORG_NOUNS = new Set(cues.orgNouns);
const CREDENTIALS = new Set(cues.credentials);
const FAMILY = new Set([...people.family, 'granddaughter', 'grandson', 'niece', 'nephew', 'stepson', 'stepdaughter', 'fiancé', 'fiance', 'fiancée', 'boyfriend', 'girlfriend']);

const HONORIFIC = phraseRegex(cues.honorifics.map((h) => `${h}.`).concat(cues.honorifics));
const CLINICIAN_TITLE = phraseRegex(cues.clinicianTitles.map((h) => `${h}.`).concat(cues.clinicianTitles));
const STAFF_ROLE = phraseRegex(cues.staffRoles);
const STAFF_CONTEXT = phraseRegex(cues.staffContext);
const APPOSITIVE_ROLES = [...cues.staffRoles, 'manager', 'nurse', 'charge nurse', 'doctor', 'hygienist', 'assistant', 'medical assistant', 'pharmacist', 'therapist', 'coordinator', 'team lead'];
const STAFF_APPOSITIVE = new RegExp(`^\\s?[,(]\\s?(?:our|my)\\s(?:${alternation(APPOSITIVE_ROLES)})(?![\\p{L}])`, 'iu');
// Its opening, tried first: the long list is compiled only when some name is followed by ", our".
const STAFF_APPOSITIVE_OPENING = /^\s?[,(]\s?(?:our|my)\s/iu;
const PUBLIC_TITLE = phraseRegex(notPhiCues.publicFigure);
const ADDRESS = phraseRegex(cues.addressCues);
/** `re` compiled to match only at the end of a string (a cue right before a name). */
const atEnd = (re: RegExp) => new RegExp(`(?:${re.source})[\\s,:(]{0,4}$`, re.flags.replace('g', ''));
const STAFF_CONTEXT_ANY = new RegExp(STAFF_CONTEXT.source, 'iu');
const DEPARTMENT_AFTER = new RegExp(`^\\s(?:in|from|on|at)\\s(?:${alternation(notPhiCues.staffDepartments)})(?![\\p{L}])`, 'iu');
const OWNER_OF_GROUP = /^['’]s\s(?:\d{1,2}(?:st|nd|rd|th)[\s-]grade\s|kindergarten\s|first-grade\s|second-grade\s|third-grade\s)?(?:class|classroom|students|team|troop|office|store|shop|bakery|restaurant|farm|church|choir|band)\b/i;
const STAFF_ACTION_AFTER =
  /^,?\s(?:for\s(?:catching|staying|covering|helping|precepting|training|teaching|organizing|running|leading|picking\sup|working|being|always|keeping|making|bringing|jumping)|who\s(?:caught|stayed|covered|helped|precepted|trained|taught|organized|ran|led|picked\sup|worked|kept|made|brought|jumped|always))\b/i;
// "Michael J. Fox's foundation", "Dr. Oz's show": a name that owns an organization or a work.
const OWNER_OF_THING = /^['’]s\s(?:foundation|fund|charity|campaign|podcast|show|book|memoir|company|brand|clinic|practice|institute|research|law|syndrome|disease|sign|criteria|test|maneuver|method|rule)\b/i;
const CLINICIAN_TITLE_END = atEnd(CLINICIAN_TITLE);
const STAFF_ROLE_END = atEnd(STAFF_ROLE);
const PUBLIC_TITLE_END = atEnd(PUBLIC_TITLE);
// Spanish (issue 15): a place or an organization is named after its noun ("Escuela Primaria Benito
// Juárez", "Iglesia Santa Cecilia", "Departamento de Salud", "colonia Hidalgo"), and a public
// figure after a title ("el gobernador", "la actriz"). Folded to plain letters for the look-up.
const ES_PLACE_NOUNS = new Set(spanish.placeNouns.map(plain));
const ES_PUBLIC_TITLES = new Set(spanish.publicTitles.map(plain));
// "Nuestra Señora de Guadalupe" is a church; "nuestra paciente" and "la señora García" are not.
const CAPITALIZED_ONLY = new Set(['nuestra', 'senora', 'santa', 'santo', 'virgen']);
const ES_NAME = builtOnFirstUse({ staffNews: () => spanishPhraseRegex(spanish.staffNews, 'iu') });
const ES_STAFF_ROLES = new Set(spanish.staffRoles.map(plain));
/** The word just before `start` (over a space or a comma), folded. */
const wordBefore = (text: string, start: number) => plain(text.slice(Math.max(0, start - 30), start).split(/[\s,]+/u).filter(Boolean).pop() ?? '');
const ES_LINKS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y']);
function plain(w: string): string {
  return w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/u, '');
}
/**
 * Whether the capitalized run ending at `start` follows a Spanish place or organization noun or a
 * public title: walks back over at most four capitalized words and links ("de", "la"…).
 */
function spanishPlaceOrTitleBefore(text: string, start: number): 'place' | 'title' | undefined {
  const before = text.slice(Math.max(0, start - 60), start).split(/\s+/u).filter(Boolean);
  for (let k = before.length - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const w = before[k]!;
    const p = plain(w.replace(/^\P{L}+/u, ''));
    if (CAPITALIZED_ONLY.has(p) && !/^\p{Lu}/u.test(w)) return undefined;
    if (ES_PLACE_NOUNS.has(p)) return 'place';
    if (ES_PUBLIC_TITLES.has(p)) return 'title';
    if (/[,;:!?)]$/u.test(w)) return undefined;
    if (ES_LINKS.has(p) || /^\p{Lu}/u.test(w)) continue;
    return undefined;
  }
  return undefined;
}
const ADDRESS_END = atEnd(ADDRESS);
const INTRODUCER = phraseRegex([...cues.nameIntroducers, ...people.patient]);
const LOWER_INTRODUCER = phraseRegex([...people.patient, ...cues.lowercaseIntroducers]);
// "Big Ray", "Lil Dre", "Old Man Jenkins": a nickname prefix before a capitalized name.
const NICKNAME = new RegExp(`(?<![\\p{L}])(?:${alternation(cues.nicknamePrefixes)})\\s(\\p{Lu}\\p{Ll}+)`, 'gu');
const PERSON_NOUNS = new Set(people.nouns);
// "your crown", "your new dentures", "your adjustment": a reply that speaks of the reader's own care.
const YOUR_CARE = new RegExp(`(?<![\\p{L}])your\\s(?:[\\p{L}'’-]+\\s){0,2}?(?:${alternation(relationship.careNouns)})(?![\\p{L}])`, 'iu');
const NICKNAME_NOT = new Set(cues.nicknameNotNames);

// A word that could be part of a name: letters, inner apostrophes and hyphens ("O'Neill", "Jun-ho").
const WORD = /(?<![\p{L}\p{M}'’-])\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const LAST_COMMA_INITIAL = /(?<!\p{L})\p{Lu}{3,}(?:-\p{Lu}{2,})?,\s?\p{Lu}(?!\p{L})/gu;
const INITIAL_SURNAME = /(?<![\p{L}.])\p{Lu}\.\s?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;
// "Joy is feeling much better", "Will was discharged": a status report about someone.
const STATUS = /^\s(?:(?:is|was|has\sbeen|is\snow|went|got|finally)\s(?:doing|home|back|recovering|discharged|out|feeling|finally|still|stable|better|extubated|intubated|awake|walking|eating|admitted|transferred)|came\s(?:back|in)|returned|stopped\sby|rang\sthe\sbell|finished|completed|graduated\sfrom)\b/i;
const REPLY_SURFACES = new Set(['review-reply', 'comment', 'reply', 'message']);

interface Word {
  text: string; // without a possessive 's
  start: number;
  end: number;
}

const isCapitalized = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\p{Ll}*-\p{Lu}/u.test(w);
const isAllCaps = (w: string) => /^\p{Lu}{2,}(?:-\p{Lu}+)*$/u.test(w);

/** Calls `fn` for each word that starts with a capital letter: the only ones most cues look at. */
function forCapitalized(words: Word[], fn: (w: Word, i: number) => void): void {
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!.text.charCodeAt(0);
    // ASCII lowercase is the common case and never starts a name; anything else is checked by `fn`.
    if (c >= 97 && c <= 122) continue;
    fn(words[i]!, i);
  }
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of matchesOf(WORD, text)) {
    let t = m[0];
    if (/['’]s$/u.test(t)) t = t.slice(0, -2);
    if (t) out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

interface Candidate {
  start: number;
  end: number;
  confidence: number;
  /** Came from a cue (honorific, "my patient", "X, 34", a greeting): common-word names allowed. */
  cued: boolean;
}

/** A word that can stand in a name here. `cued` lets common words ("Hope", "Bill") through. */
function nameWord(w: Word | undefined, cued: boolean, allowLower = false): boolean {
  if (!w) return false;
  const lower = w.text.toLowerCase();
  if (NOT_NAME.has(lower) || (CREDENTIALS.has(lower) && w.text === w.text.toUpperCase())) return false;
  if (!cued && (COMMON_WORD.has(lower) || ORG_NOUNS.has(lower))) return false;
  return isCapitalized(w.text) || isAllCaps(w.text) || (allowLower && /^\p{Ll}{2,}$/u.test(w.text));
}

/** Extends a name from word index `i` over following surname words: "Kwame" → "Kwame Mensah". */
function extend(words: Word[], i: number, text: string, max = 3, allowLower = false): number {
  let j = i;
  while (j + 1 < words.length && j - i + 1 < max) {
    const next = words[j + 1]!;
    const gap = text.slice(words[j]!.end, next.start);
    // Only a space (or an initial's dot and space) between name words; a possessive ends the name.
    if (!/^\.?\s$/.test(gap) || /['’]s$/u.test(text.slice(words[j]!.start, words[j]!.end + 2))) break;
    if (!nameWord(next, true, allowLower) || ORG_NOUNS.has(next.text.toLowerCase())) break;
    if (allowLower && !isCapitalized(next.text) && !/^\p{Lu}/u.test(next.text)) break;
    j++;
  }
  return j;
}

/** True when `s` ends a sentence (terminal punctuation or a line break, then only spaces). */
const endsSentence = (s: string) => /[.!?\n]/.test(s.trimEnd().slice(-1)) || /\n[ \t]*$/.test(s);

/** Spans that hold a colleague's or the author's name, never a patient's. */
function staffSpans(text: string, words: Word[]): { spans: { start: number; end: number }[]; names: Set<string> } {
  const spans: { start: number; end: number }[] = [];
  const names = new Set<string>();
  const mark = (i: number, j: number) => {
    spans.push({ start: words[i]!.start, end: words[j]!.end });
    for (let k = i; k <= j; k++) names.add(words[k]!.text.toLowerCase());
  };
  forCapitalized(words, (w, i) => {
    if (!nameWord(w, true)) return;
    const before = text.slice(Math.max(0, w.start - 40), w.start);
    const after = text.slice(w.end, w.end + 40);
    // "Dr. Lee", "Nurse Dana Whitfield", "office manager April", "ward secretary Marisol".
    if (CLINICIAN_TITLE_END.test(before) || STAFF_ROLE_END.test(before)) return mark(i, extend(words, i, text));
    // "Dana Morales, RN, MSN" — a name followed by credentials is a signature.
    const cred = /^\s*(?:,\s*)?([A-Z-]{2,8})\b/i.exec(after);
    if (cred && CREDENTIALS.has(cred[1]!.toLowerCase()) && cred[1] === cred[1]!.toUpperCase()) {
      let s = i;
      while (s > 0 && /^\s$/.test(text.slice(words[s - 1]!.end, words[s]!.start)) && nameWord(words[s - 1], true) && i - s < 2) s--;
      return mark(s, i);
    }
    // "Kayla for catching the sepsis", "Marcus who stayed late": thanked for work, so a colleague.
    if (STAFF_ACTION_AFTER.test(after)) return mark(i, i);
    // "Rhonda in pharmacy", "Maya from billing": a colleague named by department.
    if (DEPARTMENT_AFTER.test(after)) return mark(i, i);
    // "Dana, our office manager", "Luis (my charge nurse)": a staff role in apposition.
    if (STAFF_APPOSITIVE_OPENING.test(after) && STAFF_APPOSITIVE.test(after)) return mark(i, i);
    // "please call and ask for Dana": the person a reader should contact works here.
    if (/\bask\s(?:for|to\sspeak\s(?:to|with))\s$/i.test(before)) return mark(i, extend(words, i, text));
    // "This is Rosalind from…", a sign-off "— Kim" at the end of the draft.
    if (/\b(?:this is|i'm|i am|my name is)\s$/i.test(before)) return mark(i, extend(words, i, text));
    // "keeps calling me Linda": the name someone calls the author is not a patient's.
    if (/\b(?:calls?|calling|called)\sme\s$/i.test(before)) return mark(i, i);
    if (/[—–-]\s*$/.test(before) && text.length - w.end < 40) return mark(i, extend(words, i, text));
  });
  return { spans: spans.sort((a, b) => a.start - b.start), names };
}

let memoKey: string | undefined;
let memoText: string | undefined;
let memoNames: Match[] = [];

/** Names in `text` with a confidence; exported so patient-context can use names as anchors. Memoized for the last draft. */
export function findNames(text: string, context: AnalysisContext): Match[] {
  const key = context.surface ?? '';
  if (text !== memoText || key !== memoKey) {
    memoNames = computeNames(text, context);
    memoText = text;
    memoKey = key;
  }
  return memoNames;
}

function computeNames(text: string, context: AnalysisContext): Match[] {
  const view = nlpView(text);
  const np = notPhi(text);
  const words = wordsOf(text);
  const staff = staffSpans(text, words);
  const sentences = sentencesOf(text);
  const hits = clinicalHits(text);
  // Honorifics are name cues here, not clinical context ("Mr. Thompson is retiring").
  const anchors = personAnchors(text).filter((a) => a.kind !== 'pronoun' && !a.indefinite && !/^(?:Mr|Mrs|Ms|Miss|Mx)\b/.test(text.slice(a.start, a.end)));
  const reply = REPLY_SURFACES.has(context.surface ?? '');
  const spanishText = hasSpanish(text);
  const staffDraft = STAFF_CONTEXT_ANY.test(text) || (spanishText && hasMatch(ES_NAME.staffNews, text));
  const suppressed = notAboutAPatient(np);
  // Does the sentence around `index` (or, for a short draft, the draft) talk about a patient?
  const draftLevel = text.length <= 400 && (hits.some((h) => h.strength === 'strong') || anchors.length > 0) ? 1 : 0;
  const levels = sentences.map((s) => {
    const sHits = spansIn(hits, s.start, s.end);
    if (sHits.some((h) => h.strength === 'strong') || spansIn(anchors, s.start, s.end).length > 0) return 2;
    return sHits.length > 0 ? 1 : draftLevel;
  });
  const clinicalNear = (index: number) => {
    const i = lowerBound(sentences, index + 1) - 1;
    return i >= 0 && index < sentences[i]!.end ? levels[i]! : draftLevel;
  };
  // Tags and person names by word start, from the word's sentence; reading them parses that
  // sentence (text/nlp.ts), so only sentences a cue below asks about are ever parsed.
  const parsedSentences = new Map<NlpSentence, { tags: Map<number, readonly string[]>; person: Set<number> }>();
  const wordInfo = (offset: number) => {
    const s = sentenceAt(view, offset);
    if (!s) return undefined;
    let info = parsedSentences.get(s);
    if (!info) {
      info = { tags: new Map(), person: new Set() };
      for (const t of s.terms) info.tags.set(t.start, t.tags);
      for (const p of s.people) for (const t of spansIn(s.terms, p.start, p.end)) info.person.add(t.start);
      parsedSentences.set(s, info);
    }
    return info;
  };
  const tagsAt = { get: (offset: number) => wordInfo(offset)?.tags.get(offset) };
  const inPerson = { has: (offset: number) => wordInfo(offset)?.person.has(offset) ?? false };
  const out: Candidate[] = [];
  const add = (start: number, end: number, confidence: number, cued: boolean) => out.push({ start, end, confidence, cued });
  const indexAt = (offset: number) => {
    const i = lowerBound(words, offset);
    return i < words.length ? i : -1;
  };

  // 1. Honorifics: "Mr. Walter Pennington", "mrs okonjo-hale", "Ms. R. Vance".
  for (const m of matchesOf(HONORIFIC, text)) {
    const i = indexAt(m.index + m[0].length);
    const w = words[i];
    if (!w || w.start - (m.index + m[0].length) > 2) continue;
    const lowerCue = m[0] === m[0].toLowerCase();
    if (lowerCue && !/^(?:mr|mrs|ms)\.?$/.test(m[0])) continue; // "miss" the verb
    const initial = /^\p{Lu}$/u.test(w.text) && text[w.end] === '.';
    if (!initial && !nameWord(w, true, lowerCue)) continue;
    const j = extend(words, i, text, 3, lowerCue);
    // "Mr. Thompson, our chemistry teacher, is retiring": a colleague or teacher, not a patient.
    // "Ms. Carter's 3rd grade class", "Mr. Lee's office": a teacher's or a business's name.
    const owner = OWNER_OF_GROUP.test(text.slice(words[j]!.end, words[j]!.end + 40));
    const colleague = owner || (staffDraft && clinicalNear(m.index) === 0);
    add(m.index, words[j]!.end, colleague ? 0.3 : 0.85, true);
  }
  // 2. Cue words right before a name: "my patient Amina Farouk", "baby girl Halvorsen", "named Art".
  for (const m of matchesOf(INTRODUCER, text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    const gap = /^(?:\s\(|\s-\s|,\s|:\s|\s)/.exec(rest);
    if (!gap) continue;
    const i = indexAt(m.index + m[0].length + gap[0].length);
    const w = words[i];
    if (!w || w.start !== m.index + m[0].length + gap[0].length || !nameWord(w, true)) continue;
    if (!isCapitalized(w.text) && !isAllCaps(w.text)) continue;
    const initial = /^\p{Lu}$/u.test(w.text) && text[w.end] === '.';
    if (/^\p{Lu}$/u.test(w.text) && !initial) continue;
    add(w.start, words[extend(words, i, text)]!.end, 0.85, true);
  }
  // 2a. "my patient wei chen", "pt rosa delgado": typed in lowercase, a name compromise knows as a person.
  for (const m of matchesOf(LOWER_INTRODUCER, text)) {
    const i = indexAt(m.index + m[0].length);
    const w = words[i];
    if (!w || w.start !== m.index + m[0].length + 1 || !inPerson.has(w.start) || !/^\p{Ll}{2,}$/u.test(w.text)) continue;
    if (!nameWord(w, true, true) || FAMILY.has(w.text)) continue;
    let j = i;
    while (j + 1 < words.length && j - i < 2 && inPerson.has(words[j + 1]!.start) && /^\s$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    add(w.start, words[j]!.end, 0.75, true);
  }
  // 2b. A nickname in a clinical sentence: "Big Ray was back in the ER", "Lil Dre's third admission".
  for (const m of matchesOf(NICKNAME, text)) {
    const i = indexAt(m.index + m[0].length - (m[1]?.length ?? 0));
    const w = words[i];
    if (!w || !nameWord(w, true) || !isCapitalized(w.text) || NICKNAME_NOT.has(w.text.toLowerCase()) || ORG_NOUNS.has((words[i + 1]?.text ?? '').toLowerCase())) continue;
    if (/(?:my|our)\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue; // the author's own "Big Mike"
    const near = clinicalNear(m.index);
    if (near >= 1) add(m.index, w.end, near === 2 ? 0.7 : 0.5, true);
  }
  // 3. A family word before a name: "his wife Priya", "grandson Wei-Jie", "Your son Tariq".
  words.forEach((w, i) => {
    // Lowercase only: "Family Dentistry" is a business, "his wife Priya" a person.
    if (!FAMILY.has(w.text) || w.text === 'family' || w.text === 'kids') return;
    const next = words[i + 1];
    if (!next || !/^\s$/.test(text.slice(w.end, next.start)) || !nameWord(next, true) || !isCapitalized(next.text)) return;
    if (ORG_NOUNS.has(next.text.toLowerCase())) return;
    const owner = (words[i - 1]?.text ?? '').toLowerCase();
    if (owner === 'my' || owner === 'our') return; // the author's own family
    add(next.start, words[extend(words, i + 1, text)]!.end, 0.75, true);
  });
  // 4. A name with an age: "Milo, 5", "Tobias (6)", "(Ezra, 11)", "3yo Lila", "15-year-old Sana".
  forCapitalized(words, (w, i) => {
    if (!nameWord(w, true) || !isCapitalized(w.text)) return;
    const after = text.slice(w.end, w.end + 8);
    const before = text.slice(Math.max(0, w.start - 16), w.start);
    const ageAfter = /^(?:,\s?|\s?\()\d{1,3}(?:[),.!?;]|\s(?:y|yo|yrs|years|months)\b|\s|$)/u.test(after) && !/^(?:,\s?|\s?\()\d{1,3}(?:\s?(?:mg|ml|kg|lb|lbs|%|am|pm|mins?|hours?|hrs?|days?|weeks?|x)\b|[:/.,]\d)/iu.test(after);
    const ageBefore = /\d{1,3}\s?(?:yo|y\/o|-year-old|-month-old|-week-old|year old)[,\s]\s?$/iu.test(before);
    if (!ageAfter && !ageBefore) return;
    const k = ageBefore ? extend(words, i, text) : i;
    let s = i;
    if (ageAfter) while (s > 0 && /^\s$/.test(text.slice(words[s - 1]!.end, words[s]!.start)) && nameWord(words[s - 1], false) && isCapitalized(words[s - 1]!.text) && i - s < 2) s--;
    const known = FIRST_NAMES.has(w.text.toLowerCase()) || FIRST_NAMES.has(words[s]!.text.toLowerCase());
    add(words[s]!.start, words[k]!.end, known ? 0.85 : 0.65, true);
  });
  // 4b. A name placed in a bed or room: "Jasmine in room 402", "Hope in bed 7".
  forCapitalized(words, (w, i) => {
    if (!nameWord(w, true) || !isCapitalized(w.text)) return;
    if (!/^\s(?:in|from)\s(?:room|rm|bed|bay|pod|chair)\s?#?\s?[\dA-Z]/iu.test(text.slice(w.end, w.end + 16))) return;
    let s = i;
    while (s > 0 && /^\s$/.test(text.slice(words[s - 1]!.end, words[s]!.start)) && nameWord(words[s - 1], false) && isCapitalized(words[s - 1]!.text) && i - s < 2) s--;
    add(words[s]!.start, w.end, 0.8, true);
  });
  // 5. Greetings and sign-offs addressed to someone: "Hi Marcus,", "Thanks so much, Jordan!", "Frank, we're sorry".
  const addressed = (w: Word, i: number) => {
    const before = text.slice(Math.max(0, w.start - 24), w.start);
    const after = text.slice(w.end, w.end + 3);
    if (ADDRESS_END.test(before)) return true;
    const sentenceStart = i === 0 || endsSentence(before);
    if (sentenceStart && /^,\s/.test(after) && w.start < 3) return true;
    return /,\s$/.test(before) && /^(?:!|\.(?!\S)|\s*$|\s*\p{Extended_Pictographic})/u.test(after);
  };
  forCapitalized(words, (w, i) => {
    if (!nameWord(w, true) || !isCapitalized(w.text) || !addressed(w, i)) return;
    const lower = w.text.toLowerCase();
    const known = FIRST_NAMES.has(lower) || COMMON_WORD.has(lower) || (tagsAt.get(w.start)?.includes('Person') ?? false);
    // In a reply, "Hi Leon!" / "Thanks, Odile," greets a person whatever the name list knows.
    const greeted = reply && ADDRESS_END.test(text.slice(Math.max(0, w.start - 24), w.start)) && /^[,!]/.test(text.slice(w.end, w.end + 1)) && !ORG_NOUNS.has(lower);
    if (!known && !greeted) return;
    const near = clinicalNear(w.start);
    // A review reply answers a patient; a comment or message only when it talks about care.
    // A review reply answers a patient, but its name matters when the reply adds care details.
    const replyConfidence = hits.length > 0 || YOUR_CARE.test(text) ? 0.8 : 0.45;
    // A caption congratulating someone on a treatment ("Swipe for the braces results! Congrats Aaliyah") names a patient.
    const captionCare = context.surface === 'caption' && hits.length > 0;
    // "Happy retirement, Linda!": a greeting in a staff post is to a colleague.
    const colleague = staffDraft && !np.care;
    add(w.start, words[extend(words, i, text)]!.end, colleague ? 0.3 : reply ? replyConfidence : near || captionCare ? 0.65 : 0.35, true);
  });
  // 6. "OKEKE, C" labels; "ELIF DEMIR" in capitals; "B. Okoye".
  for (const m of matchesOf(LAST_COMMA_INITIAL, text)) {
    if (!NOT_NAME.has(m[0].split(',')[0]!.toLowerCase())) add(m.index, m.index + m[0].length, 0.75, true);
  }
  forCapitalized(words, (w, i) => {
    const next = words[i + 1];
    if (!next || !isAllCaps(w.text) || !isAllCaps(next.text) || !/^\s$/.test(text.slice(w.end, next.start))) return;
    if (FIRST_NAMES.has(w.text.toLowerCase()) && !NOT_NAME.has(next.text.toLowerCase())) add(w.start, next.end, 0.8, true);
  });
  for (const m of matchesOf(INITIAL_SURNAME, text)) {
    if (CLINICIAN_TITLE_END.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const surname = m[0].slice(2).trim().toLowerCase();
    if (NOT_NAME.has(surname) || ORG_NOUNS.has(surname)) continue;
    add(m.index, m.index + m[0].length, clinicalNear(m.index) ? 0.7 : 0.4, true);
  }
  // 7. compromise's people and known first names, which need clinical context nearby.
  const person = (w: Word) => inPerson.has(w.start) || (tagsAt.get(w.start)?.includes('FirstName') ?? false);
  forCapitalized(words, (w, i) => {
    if (!nameWord(w, false) || !isCapitalized(w.text)) return;
    const lower = w.text.toLowerCase();
    if (ORG_NOUNS.has((words[i + 1]?.text ?? '').toLowerCase())) return; // "Grace Community Church"
    const prev = (words[i - 1]?.text ?? '').toLowerCase();
    if (['st', 'saint', 'san', 'santa', 'fort', 'mount', 'lake', 'port'].includes(prev)) return; // places
    // Last, because asking compromise parses the sentence.
    if (!FIRST_NAMES.has(lower) && !person(w)) return;
    const near = clinicalNear(w.start);
    const possessive = /^['’]s\b/u.test(text.slice(w.end, w.end + 3));
    const confidence = near === 2 ? 0.7 : near === 1 ? (possessive ? 0.65 : 0.55) : 0.3;
    add(w.start, words[extend(words, i, text)]!.end, confidence, false);
  });

  // 8. Names that are common words, given away by a neighbour: "Mercy and Kwame", "Hope is doing better".
  for (const c of [...out]) {
    const m = /(\p{Lu}\p{Ll}+)\s(?:and|&)\s$/u.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (m && nameWord({ text: m[1]!, start: 0, end: 0 }, true)) add(c.start - m[0].length, c.start - m[0].length + m[1]!.length, c.confidence, true);
  }
  forCapitalized(words, (w, i) => {
    const before = text.slice(Math.max(0, w.start - 3), w.start);
    if (!(i === 0 || endsSentence(before)) || !COMMON_WORD.has(w.text.toLowerCase()) || !isCapitalized(w.text)) return;
    if (PERSON_NOUNS.has(w.text.toLowerCase())) return; // "Guy came in from …": a person word, not a name
    if (STATUS.test(text.slice(w.end, w.end + 40)) && clinicalNear(w.start) >= 1) add(w.start, w.end, 0.65, true);
  });

  // Suppression: colleagues, public figures, animals, manikins, hypotheticals.
  const results: Match[] = [];
  for (const c of out) {
    let confidence = c.confidence;
    const name = text.slice(c.start, c.end);
    const tokens = name.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
    if (within(staff.spans, c.start)) confidence = Math.min(confidence, 0.25);
    else if (!c.cued && tokens.some((t) => staff.names.has(t))) confidence = Math.min(confidence, 0.25);
    else if (tokens.some((t) => staff.names.has(t)) && staffDraft) confidence = Math.min(confidence, 0.25);
    if (staffDraft && !c.cued && !np.care) confidence = Math.min(confidence, 0.3);
    // "Grateful for our volunteers, especially Dolores, 82,": a staff post with no care in the sentence.
    else if (staffDraft && !np.care && clinicalNear(c.start) === 0) confidence = Math.min(confidence, 0.3);
    if (PUBLIC_TITLE_END.test(text.slice(Math.max(0, c.start - 30), c.start)) && !np.care) confidence = Math.min(confidence, 0.2);
    if (spanishText) {
      const kind = spanishPlaceOrTitleBefore(text, c.start);
      const own = plain((name.split(/\s/u)[0] ?? '').replace(/^\P{L}+/u, ''));
      if (kind === 'place' || (kind === 'title' && !np.care) || (ES_PLACE_NOUNS.has(own) && !CAPITALIZED_ONLY.has(own))) confidence = Math.min(confidence, 0.2);
      // "la enfermera Guadalupe Ortiz", "nuestra recepcionista Maribel": a colleague.
      if (ES_STAFF_ROLES.has(wordBefore(text, c.start))) confidence = Math.min(confidence, 0.25);
    }
    if (suppressed) confidence = Math.min(confidence, 0.2);
    // Answering someone's own public story ("thank you for sharing your story, Rosalind") discloses nothing new.
    if (np.selfDisclosure && context.surface !== 'review-reply' && !np.care) confidence = Math.min(confidence, 0.3);
    if (OWNER_OF_THING.test(text.slice(c.end, c.end + 24))) confidence = Math.min(confidence, 0.3);
    // "My daughter Emma broke her arm": the author's family, unless the sentence names a patient.
    const sentence = sentences[lowerBound(sentences, c.start + 1) - 1];
    if (sentence && within(np.authorSelf, c.start) && !/\b(?:patient|pt)\b/i.test(text.slice(sentence.start, sentence.end))) {
      confidence = Math.min(confidence, 0.3);
    }
    if (/[@#][\w.]*$/.test(text.slice(Math.max(0, c.start - 30), c.start))) continue; // a handle or hashtag
    if (/^\s\p{Lu}{1,2}(?:[,.\s]|$)/u.test(text.slice(c.end, c.end + 4)) && !c.cued) continue; // "Nguyen T," an author list
    results.push({ start: c.start, end: c.end, confidence, fix: nameFix(text, c.start, c.end) });
  }
  return results;
}

// A name spoken to: after a greeting ("Hi Maria,", "Thank you, Dana!") or at the end of a
// sentence after a comma ("…your review, Maria."). Bounded, literal alternatives: linear.
const GREETING_BEFORE = /(?<!\p{L})(hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|thanks|thank you|thank u|congrats|congratulations)[\s,!]{1,3}$/iu;
const GREETING_WORDS: Readonly<Record<string, string>> = { dear: 'friend', thanks: 'so much', 'thank you': 'so much', 'thank u': 'so much', congrats: 'to you', congratulations: 'to you' };
const VOCATIVE_END = /^\s*(?:[.!?…]|$)/u;

/**
 * What the name's words become so the sentence still reads: after "my patient" the name simply
 * goes ("my patient, 88, who fell…"); a greeting keeps its shape ("Hi there,", "Dear friend,",
 * "Thank you so much,") rather than "Hi a patient,"; a name spoken to at a sentence's end becomes
 * "friend"; elsewhere it becomes "a patient".
 */
function nameFix(text: string, start: number, end: number): Fix {
  const before = text.slice(Math.max(0, start - 24), start);
  if (/(?:patient|pt)[\s,:(]{1,3}$/i.test(before)) return { kind: 'remove' };
  const greeting = GREETING_BEFORE.exec(before);
  if (greeting) return { kind: 'replace', replacement: GREETING_WORDS[greeting[1]!.toLowerCase()] ?? 'there' };
  if (/,\s$/u.test(before) && VOCATIVE_END.test(text.slice(end, end + 3))) return { kind: 'replace', replacement: 'friend' };
  return { kind: 'replace', replacement: 'a patient' };
}

export default defineRule({
  id: 'phi.name',
  category: 'phi.name',
  message: 'This looks like a patient’s name (or a relative’s). A name identifies the patient; leave it out or say “a patient”.',
  find({ text, context }) {
    return findNames(text, context);
  },
  examples: {
    flag: [
      { text: "Hi [[Thaddeus]]! Glad the new partial is fitting better since your adjustment.", context: { surface: "review-reply" } },
      { text: "I was her nurse when she delivered! Tell [[Marisol]] congrats from the night crew", context: { surface: "comment" } },
      "patient [[tomas reyes]] in 4 is asking for his wife",
      "[[Big Marcus]] is back in the ER with his COPD again",
      "can you pull the chart for [[Anjali Desai]]? her sodium is 121",
      'Prayers for my patient [[Mr. Arturo Benavides]], who fell and broke his hip',
      'omg that’s [[mr delacroix]] again, he’s my dialysis pt',
      'My patient [[Nilufar Rahimi]] (41, new CHF) needs a Dari interpreter',
      'Little [[Tobiah]], 5, rang the chemo bell today!',
      'tray label said [[BRANDT, K]] — L knee',
      'found a pill bottle labeled [[AMARA OKAFOR]] in room 3',
      'pharmacy caught a duplicate warfarin order for [[Mrs. Lindqvist-Pryce]]',
      { text: 'Hi [[Desmond]], sorry your crown cracked after your visit.', context: { surface: 'review-reply' } },
      { text: '[[Hope]], we’re glad your stitches healed well!', context: { surface: 'comment' } },
      'Shoutout to Mrs. Tran’s grandson [[Bao]] for translating at every visit',
      'Pt [[J. Okonkwo-Reyes]] (72, 9 meds) finally on a simplified regimen',
    ],
    pass: [
      { text: 'We can’t talk about anyone’s treatment here; please phone the practice and ask for Dana, our manager.', context: { surface: 'review-reply' } },
      'Big thanks to Luis (our charge nurse) for covering nights this week.',
      "Big Pharma will not fix insulin prices on its own",
      "Grateful for our volunteers, especially Rosa, 81, who knits hats for the nursery",
      "the man in room 6 keeps calling me Brenda and I have stopped correcting him",
      'Welcome to the team, Dr. Hope Castellanos! She loves hiking.',
      'Congrats to Nurse Dana Whitfield on retiring after three decades!',
      'Big thanks to our ward secretary Marisol, who has kept the front desk running for 15 years',
      'Singer Tomas Reyna opened up in an interview about living with Crohn’s disease.',
      'Say hi to Waffles, the therapy dog who made rounds in oncology this morning!',
      'Say hello to Rusty, the sim lab’s newest training mannequin. He takes compressions like a champ.',
      'Huge thanks to the Hope Lutheran knitting circle for the baby blankets!',
      'Why is the patient in every USMLE vignette called Mr. Jones?',
      'Started nursing school at 40. Now a charge nurse. — Lorraine Abbott, RN, BSN',
      'Will you be at the conference in June?',
      'While Dr. Varga is away this spring, Dr. Osei is covering her clinic.',
      'Shoutout to Kayla for catching that sepsis early last night!',
      'Happy retirement, Linda! 32 years of caring for patients in our cath lab.',
      'My daughter Emma broke her arm at gymnastics today.',
      'Reading about how Hashimoto’s thyroiditis was first described in 1912.',
    ],
  },
});
