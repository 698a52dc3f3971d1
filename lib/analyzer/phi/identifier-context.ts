/**
 * Context the identifier rules (date, age, geo, url, other-id) read around a match: is the
 * sentence about a specific person's care, an organization's schedule or address, or a teaching
 * case? Cue words live in data/identifier-context.json. Everything here scans bounded windows,
 * so a rule that asks about every match stays linear in the draft's length.
 */
import type { AnalysisContext } from '../types';
import { alternation, matchesOf, phraseRegex } from '../text/terms';
import { sentenceIndexAt, sentencesOf, type Span } from '../text/sentences';
import cues from './data/identifier-context.json';

export const PERSON_CUE = phraseRegex(cues.person, 'i');
export const PATIENT_CUE = phraseRegex(cues.patient, 'i');
export const EVENT_CUE = phraseRegex(cues.event, 'i');
export const TEACHING_CUE = phraseRegex(cues.teaching, 'i');
export const NOT_HUMAN_CUE = phraseRegex(cues.notHuman, 'i');
export const OWN_CUE = phraseRegex(cues.own, 'i');
// Words that put a patient in the sentence even when the author also talks about themself.
const PATIENT_REFERENCE = /(?<!\p{L})(?:pt|pts|pt's|patient|patient's|client|resident|mr|mrs|ms|miss)(?!\p{L})/iu;
export const STOP_PLACES = new Set(cues.stopPlaces);
export const ORG_SUFFIX = phraseRegex(cues.orgSuffixes, '');

const MAX_SENTENCE = 280;

/**
 * What the rules ask of one draft, computed once per text: where sentences end, and where each cue
 * list matches. Every later question is a binary search, so a draft with thousands of dates or
 * beds costs O(n log n), not O(n × window). Several rules ask about the same draft in turn, so the
 * last text is kept.
 */
interface DraftIndex {
  text: string;
  sentences: readonly Span[];
  spans: Map<RegExp, { starts: number[]; ends: number[] }>;
}
let last: DraftIndex | undefined;

function draft(text: string): DraftIndex {
  if (last?.text === text) return last;
  last = { text, sentences: sentencesOf(text), spans: new Map() };
  return last;
}

/** First index in the sorted `list` whose value is >= `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence around `index`, as [start, end), bounded to a few hundred characters. */
export function sentenceAt(text: string, index: number): [number, number] {
  const { sentences } = draft(text);
  const s = sentences[sentenceIndexAt(sentences, index)] ?? { start: 0, end: text.length };
  return [Math.max(Math.min(s.start, index), index - MAX_SENTENCE, 0), Math.min(Math.max(s.end, index), index + MAX_SENTENCE, text.length)];
}

/** The sentence around `index` and the one before it: where a person being discussed is named. */
export function passageAt(text: string, index: number): [number, number] {
  const [start, end] = sentenceAt(text, index);
  if (start < 2) return [start, end];
  const [prevStart] = sentenceAt(text, Math.max(0, start - 2));
  return [prevStart, end];
}

function spansOf(text: string, re: RegExp): { starts: number[]; ends: number[] } {
  const index = draft(text);
  let found = index.spans.get(re);
  if (!found) {
    found = { starts: [], ends: [] };
    for (const m of matchesOf(re, text)) {
      if (m[0].length === 0) continue;
      found.starts.push(m.index);
      found.ends.push(m.index + m[0].length);
    }
    index.spans.set(re, found);
  }
  return found;
}

/** True when `re` matches wholly inside [start, end), not overlapping `skip` (the match itself). */
export function cueAround(text: string, [start, end]: [number, number], skip: [number, number], re: RegExp): boolean {
  const { starts, ends } = spansOf(text, re);
  for (let k = lowerBound(starts, start); k < starts.length && (starts[k] ?? end) < end; k++) {
    const s = starts[k] ?? 0;
    const e = ends[k] ?? 0;
    if (e <= end && (e <= skip[0] || s >= skip[1])) return true;
  }
  return false;
}

/** True when `re` matches wholly inside text[start, end). */
export function cueIn(text: string, range: [number, number], re: RegExp): boolean {
  return cueAround(text, range, [range[0], range[0]], re);
}

/** What the words around a match say about it. */
export interface Signals {
  /** A specific person is being talked about: pt, Mrs., DOB, her husband, "your" in a reply. */
  person: boolean;
  /** Someone's care is being described: surgery, results, ER, broke, chemo… */
  clinical: boolean;
  /** The sentence is an organization's schedule, hours, event or notice. */
  event: boolean;
}

// In a reply, comment or message "your" addresses a real person; in a post it is often generic.
const ADDRESSED_SURFACES = new Set(['reply', 'comment', 'review-reply', 'message']);
const YOUR = /(?<!\p{L})(?:you|your)(?!\p{L})/iu;
// "a 90 year old", "62M": an age is a person.
const AGED_PERSON = /(?<![\p{L}\d])\d{1,3}\s?-?\s?(?:yo|y\/o|years?[\s-]old|yrs?[\s-]old|months?[\s-]old|weeks?[\s-]old|[MF])(?![\p{L}\d])/u;

/** Signals around the match [start, end): person and clinical over this and the previous sentence, event over this one. */
export function signalsAt(text: string, start: number, end: number, context: AnalysisContext): Signals {
  const passage = passageAt(text, start);
  const sentence = sentenceAt(text, start);
  const skip: [number, number] = [start, end];
  const addressed = context.surface !== undefined && ADDRESSED_SURFACES.has(context.surface);
  return {
    person:
      cueAround(text, passage, skip, PERSON_CUE) ||
      cueAround(text, passage, skip, AGED_PERSON) ||
      (addressed && cueAround(text, passage, skip, YOUR)),
    clinical: cueAround(text, passage, skip, PATIENT_CUE),
    event: cueAround(text, sentence, skip, EVENT_CUE),
  };
}

// "I was born in Chicago", "we moved on 3/1": the author's own story…
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’]m|I['’]ve|I['’]d|[Ww]e|[Ww]e['’]re|[Ww]e['’]ve|[Mm]y family)(?=[\s,])/u;
// …unless someone else is in the sentence.
const OTHER_PERSON =
  /(?<!\p{L})(?:pt|pts|pt's|patient|patient's|client|resident|you|your|he|she|his|her|him|mr|mrs|ms|miss|son|daughter|husband|wife|mom|dad|mother|father|brother|sister|kid|baby|man|woman|guy|lady|boy|girl|teen|toddler|infant|newborn)(?!\p{L})/iu;
// "I admitted…", "we intubated…": the author at work, so the sentence is about someone they cared for.
const CARE_ACTION = /(?<![\p{L}'’])(?:I|[Ww]e)\s(?:just\s|finally\s)?(?:admitted|discharged|delivered|intubated|treated|operated|coded|triaged|sutured|stitched|resuscitated|transferred|diagnosed)(?!\p{L})/u;

/**
 * True when the sentence around `index` is about the author or the author's own family, not a
 * patient: "my daughter was born 4/12/2019", "I moved from Austin".
 */
export function aboutAuthor(text: string, index: number): boolean {
  const range = sentenceAt(text, index);
  if (cueIn(text, range, PATIENT_REFERENCE) || cueIn(text, range, CARE_ACTION)) return false;
  if (cueIn(text, range, OWN_CUE)) return true;
  return cueIn(text, range, FIRST_PERSON) && !cueIn(text, range, OTHER_PERSON) && !cueIn(text, range, AGED_PERSON);
}

/** True when the draft presents itself as a teaching case, quiz or hypothetical. */
export function isTeaching(text: string): boolean {
  return cueIn(text, [0, Math.min(text.length, 4000)], TEACHING_CUE);
}

/**
 * A post-wide teaching cue, or a TV character, manikin or animal in this or the previous sentence, means the
 * identifier at `index` is not a real patient's.
 */
export function notAPatient(text: string, index: number, teaching: boolean): boolean {
  return teaching || cueIn(text, passageAt(text, index), NOT_HUMAN_CUE);
}

/**
 * A regex for identifier labels. A label ending in "#" ("rx #") may touch its number ("Rx #7719402"),
 * so only the other labels need a word boundary after them.
 */
export function labelRegex(labels: readonly string[]): RegExp {
  const space = { space: '\\s{1,3}' };
  const hashed = alternation(labels.filter((l) => l.endsWith('#')), space);
  const words = alternation(labels.filter((l) => !l.endsWith('#')), space);
  const body = [hashed, words && `(?:${words})(?![\\p{L}\\p{N}_])`].filter(Boolean).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})`, 'giu');
}

/** An identifier found right after its label. */
export interface LabelledId {
  start: number;
  end: number;
  id: string;
  labelStart: number;
}

// Between a label and its value: "#", ":", "(", "is", "number", "no." — a few of them at most;
// in Spanish "es", "número", "núm.", "nº", "de", "el" ("número de póliza es el W8845…").
const LINK = /[\s:#(=.,-]{0,4}(?:(?:is|was|number|no\.?|id|#|es|era|n[uú]mero|n[uú]m\.?|n\.?º|del?|el)[\s:#(=.,-]{0,4}){0,2}/y;
// An identifier: letters and digits with inner hyphens, never ending in a hyphen.
const ID_TOKEN = /[a-z\d](?:[a-z\d]|-(?=[a-z\d])){3,24}(?![a-z\d-])/iy;

/**
 * Identifiers right after a label: "member ID: W55610294", "DL# K4410-882-3107". Each label
 * match does a bounded amount of work, so the scan is linear. `minDigits` cuts words and dates.
 */
export function labelledIds(text: string, label: RegExp, minDigits = 4, token: RegExp = ID_TOKEN): LabelledId[] {
  const out: LabelledId[] = [];
  const labels = new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`);
  const link = new RegExp(LINK.source, 'iy');
  const id = new RegExp(token.source, token.flags.includes('y') ? token.flags : `${token.flags}y`);
  let m: RegExpExecArray | null;
  while ((m = labels.exec(text)) !== null) {
    if (m[0].length === 0) {
      labels.lastIndex++;
      continue;
    }
    link.lastIndex = m.index + m[0].length;
    if (!link.exec(text)) continue;
    id.lastIndex = link.lastIndex;
    const t = id.exec(text);
    if (!t) continue;
    if ((t[0].match(/\d/g) ?? []).length < minDigits) continue;
    if (/^(?:19|20)\d\d$/.test(t[0])) continue; // a year: "member 2015", "tag 2024"
    out.push({ start: t.index, end: t.index + t[0].length, id: t[0], labelStart: m.index });
  }
  return out;
}

/** Spans a rule has already reported, so overlapping patterns report a place once. O(span) per check. */
export class Claimed {
  private readonly taken: Uint8Array;
  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }
  /** Claims [start, end) unless part of it is already claimed; true when claimed now. */
  claim(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    this.taken.fill(1, start, end);
    return true;
  }
}
