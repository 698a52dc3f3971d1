/**
 * Quasi-identifiers: details that name no one by themselves but single out one person in a small
 * community — a job or local fame ("the morning-show weatherman", "our fire chief"), a distinctive
 * event ("the woman from the viral video", "the hayride crash kid"), a rarity claim ("the only case
 * our county has seen"), a family name ("the Okafor twins"), a small venue ("the feed store", "the
 * Hillcrest paper mill"), a hospital unit ("4 West", "Mercy North", "peds onc"), a word-name placed
 * by a room ("Bill in 22"), and words that confirm the reader or their relative was cared for
 * ("your dad was on my unit"). HIPAA Safe Harbor's last identifier is "any other unique
 * identifying characteristic"; these are the common ones in clinicians' posts.
 *
 * None of these is PHI alone: the post-level judgement (story.ts) reads them as evidence, and in a
 * post it judges a patient story it underlines them. Also here, the two frames that keep harmless
 * posts quiet and the rules could not see: the team's own news (a colleague's new baby, a
 * welcome) and the author's own health ("me, 41, first colonoscopy").
 *
 * Pure and memoized for the last text. Every pattern is a bounded alternation of literals or a
 * bounded letter run: linear time.
 */
import { hasSpanish, spanishPhraseRegex } from '../text/language';
import { builtOnFirstUse, lastTextMemo as memo } from '../text/memo';
import { sentencesOf, type Span } from '../text/sentences';
import { alternation, matchesOf, phraseRegex } from '../text/terms';
import { wordGate } from '../text/word-gate';
import firstNames from './data/first-names.json';
import nameCues from './data/name-cues.json';
import q from './data/quasi-identifiers.json';

export type QuasiKind = 'role' | 'event' | 'rarity' | 'family' | 'venue' | 'unit' | 'roomName' | 'startName' | 'confirm';

export interface QuasiSpan extends Span {
  kind: QuasiKind;
}

const alt = (list: readonly string[]) => alternation(list, { apostrophes: true });
const DET = "(?:the|our|this|that|my|their|his|her|a\\s(?:former|retired|local|famous|well-known|beloved)|(?:our|the|my)\\s(?:town|city|county|school|church|team|kids?)['’]s)";
// "the morning-show weatherman", "our fire chief", "the retired sheriff", "a former Olympic rower".
const ROLE = new RegExp(
  `(?<!\\p{L})${DET}\\s(?:(?:${alt(q.roleModifiers)})\\s){0,2}(?:${alt(q.roles)})(?!\\p{L})`,
  'giu',
);
const PERSON_NOUN = '(?:guy|girl|kid|boy|man|woman|lady|dude|teen|teenager|toddler|baby|couple|family|grandma|grandpa|mom|dad|twins)';
// "the hayride crash kid", "the lightning strike girl": up to five words before the person noun;
// one of them must be an event (checked in code).
const EVENT_BEFORE = new RegExp(`(?<!\\p{L})the\\s((?:[\\p{L}'’-]{2,20}\\s){1,5})${PERSON_NOUN}(?!\\p{L})`, 'giu');
// "the woman from the viral video", "the boy from the pileup", "the guy in last night's wreck".
const EVENT_AFTER = new RegExp(
  `(?<!\\p{L})${PERSON_NOUN}\\s(?:from|in|at|of|after)\\s(?:the|that|this|last\\s(?:night|week|month)['’]s|yesterday['’]s|today['’]s|saturday['’]s|friday['’]s)\\s(?:[\\p{L}'’-]{2,20}\\s){0,3}(?:${alt(q.events)})(?!\\p{L})`,
  'giu',
);
const EVENTS = new Set(q.events.map((e) => e.toLowerCase()));
const NOT_EVENT_WORDS = new Set(['the', 'a', 'an', 'and', 'of', 'same', 'other', 'average', 'typical', 'next', 'first']);
// "the only case", "the first known case", "second kid this year": a rarity claim.
const RARE = /(?<!\p{L})(?:only|first|second|1st|2nd)\s(?:(?:known|confirmed|reported|documented|local|locally[- ]acquired|pediatric|human|ever|recorded)\s){0,2}(?:cases?|patients?|kid|child|person|baby|one|death|diagnosis|instance)(?!\p{L})/giu;
const RARE_SCOPE = new RegExp(
  `(?<!\\p{L})(?:(?:in|of|for|at)\\s)?(?:our|the|this|my|whole|entire)\\s(?:whole\\s|entire\\s)?(?:${alt(q.communities)})(?!\\p{L})|(?:in|for)\\s(?:over|more\\sthan|almost|nearly)\\s(?:a|\\d{1,3}|two|three|ten|twenty|fifty)\\s(?:decades?|century|years)(?!\\p{L})|(?:never|hasn['’]t|has\\snot|haven['’]t|have\\snot)\\s(?:ever\\s)?(?:seen|had)(?!\\p{L})|one\\sin\\sa\\smillion|(?<!\\p{L})(?:rare|so\\srare|super\\srare|extremely\\srare)(?!\\p{L})`,
  'iu',
);
// "the Okafor twins", "the Hendersons' kid", "the Pruitt quadruplets".
const FAMILY = new RegExp(`(?<!\\p{L})[Tt]he\\s(\\p{Lu}\\p{Ll}{1,20}(?:-\\p{Lu}\\p{Ll}{1,20})?(?:s['’]|['’]s|s)?)\\s(?:${alt(q.familyGroups)})(?!\\p{L})`, 'gu');
const NOT_FAMILY = new Set(['Wright', 'Wrights', 'Jonas', 'Kardashian', 'Kardashians', 'Williams', 'Olsen', 'Manning', 'Obama', 'Obamas', 'Simpson', 'Simpsons', 'Brady', 'Bradys', 'Partridge', 'Addams', 'Royal', 'First', 'Smith', 'Same', 'Whole', 'Entire', 'Other', 'New', 'Big', 'Little', 'Happy', 'Sweet', 'Proud', 'Brave', 'Amazing']);
// "at the Hillcrest paper mill", "from the feed store", "the Riverside Chevron": a small venue.
const VENUE = new RegExp(
  `(?<!\\p{L})(?:at|from|near|outside|behind|by|in|to|on|inside|across\\sfrom|works\\sat|worked\\sat)\\s(?:the|our|their|his|her|a|that|this)\\s((?:(?:\\p{Lu}[\\p{L}'’.-]{0,20}|\\p{Ll}[\\p{L}'’-]{1,20})\\s){0,3}(?:${alt(q.venues)}))(?!\\p{L})`,
  'giu',
);
// "4 West", "on 4E", "3 North at Memorial", "5th floor", "peds onc", "PICU 2", "Behavioral Health 2", "Mercy North".
const UNIT_NUMBERED = /(?<![\p{L}\p{N}])(?:\d{1,2}\s?(?:North|South|East|West)|(?:North|South|East|West)\s\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s(?:floor|fl))(?![\p{L}\p{N}])|(?<=(?<!\p{L})(?:on|to|from|off|up\sto|down\sto)\s)\d{1,2}[NSEW](?![\p{L}\p{N}])/gu;
const UNIT_NAMED = new RegExp(`(?<!\\p{L})(?:${alt(q.units)})\\s(?:\\d{1,2}[A-Z]?|unit|floor|ward|wing|side)(?![\\p{L}\\p{N}])|(?<!\\p{L})(?:on|to|in|up\\sto|down\\sto)\\s(?:${alt(q.units)})(?=\\s(?:with|for|after|since|today|tonight|yesterday|last|this|and|but|now)|[,.;!?]|$)`, 'giu');
const FACILITY_BRANCH = /(?<=(?<!\p{L})(?:at|to|from|in|on)\s)\p{Lu}\p{Ll}{2,20}\s(?:North|South|East|West|Main|Central|Downtown)(?!\p{L})/gu;
// "Bill in 22", "Rose from bed 4": a first name placed by a room or bed.
const ROOM_NAME = /(?<!\p{L})(\p{Lu}\p{Ll}{1,15})\s(?:in|from)\s(?:(?:room|rm|bed|bay|pod)\s)?#?(\d{1,3}[A-Z]?)(?![\p{L}\p{N}:%./,-]|\s?(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|am|pm|mg|ml|kg|lbs?|percent|of|out|patients|people)(?!\p{L}))/gu;
// A name opening a sentence, then a verb-like lowercase word: "Rose needed…", "Will is home".
const START_NAME = /(\p{Lu}\p{Ll}{1,15})\s(?=\p{Ll})/uy;
/** Care confirmations ("trusting us with your", "I remember your"), also read by the relationship rule in replies. */
export const CONFIRM_CARE = phraseRegex(q.confirmCare);
// "your son's evaluation", "your daughter's braces": the reader's child's care, named.
const YOUR_CHILDS_CARE =
  /(?<!\p{L})your\s(?:son|daughter|child|kid|baby|little\sone|boy|girl|mom|dad|mother|father|husband|wife|twins)['’]s\s(?:[\p{L}-]{2,20}\s)?(?:evaluation|eval|assessment|appointment|visit|session|surgery|procedure|results|test|testing|screening|therapy|treatment|diagnosis|checkup|check-up|cleaning|braces|x-rays?|recovery|care|stay)(?!\p{L})/giu;
const STAFF_NEWS = phraseRegex(q.staffNews);
const SELF_HEALTH = phraseRegex(q.selfHealth);
// "Me, 41,", "I'm 41 and", "at 41 I": the author's own age.
// Not a measure or a clock time ("born at 34 weeks", "at 40 mg", "at 10 pm"): bounded lookahead.
// Spanish: "yo, 58 años", "a mis 58", "cumplí 60", "tengo 58 años".
const SELF_AGE = /(?<!\p{L})(?:me|i['’]m|i\sam|myself|at|turned|turning|yo|a\smis|cumpl[ií]|cumplo)[,:]?\s\d{2}(?!\s?(?:weeks?|wks?|days?|months?|mos?|hours?|hrs?|minutes?|mins?|percent|%|mg|mcg|ml|lbs?|pounds|kg|cm|mm|am|pm|a\.m|p\.m|degrees|°)(?!\p{L}))(?:\s?(?:yo|y\/o|years?\sold))?(?=[\s,.;:!)]|$)/giu;
const SELF_AGE_STRICT = /(?<!\p{L})(?:me|i['’]m|i\sam|myself|yo|tengo|a\smis|cumpl[ií]|cumplo)[,:]?\s\d{2}(?![\p{L}\p{N}])/iu;

const NAMES = new Set([...firstNames.names, ...nameCues.commonWordNames, ...q.nicknames].map((n) => n.toLowerCase()));
/** Whether `word` is a known first name or nickname ("Maria", "Will", "Pops"). */
export const isFirstName = (word: string): boolean => NAMES.has(word.toLowerCase());
const NOT_NAMES = new Set(nameCues.notNameWords.map((n) => n.toLowerCase()));
// The long lists' regexes run only on drafts holding one of their words (see word-gate.ts): each
// listed phrase follows white space (or no letter) and ends before no letter, so its words are
// whole words of the draft.
const HAS_ROLE = wordGate(q.roles, 'letters');
const HAS_EVENT = wordGate(q.events, 'letters');
const HAS_VENUE = wordGate(q.venues, 'letters');
const HAS_UNIT = wordGate(q.units, 'letters');
/** The gated regexes with their gates and lists, for tests/unit/analyzer/text/word-gate.test.ts. */
export const GATED = [
  { re: ROLE, gate: HAS_ROLE, phrases: q.roles },
  { re: EVENT_AFTER, gate: HAS_EVENT, phrases: q.events },
  { re: VENUE, gate: HAS_VENUE, phrases: q.venues },
  { re: UNIT_NAMED, gate: HAS_UNIT, phrases: q.units },
];

// Spanish (issue 15), read only in drafts with a Spanish sentence: a role after a determiner and up
// to two modifiers ("la locutora", "el arquero de…", "la única mujer jueza", "un policía veterano"), an
// event after a person noun ("el niño del choque", "la señora que salió en las noticias por el
// incendio"), and being in the news. Role and event words are found accent-insensitively first;
// the bounded look-back then reads at most 60 characters before each.
const ES = builtOnFirstUse({
  roles: () => spanishPhraseRegex(q.spanish.roles),
  events: () => spanishPhraseRegex(q.spanish.events),
  news: () => spanishPhraseRegex(q.spanish.news),
});
const ES_ROLE_LEAD = builtOnFirstUse({
  re: () => new RegExp(`(?:^|[^\\p{L}])(?:el|la|nuestr[oa]|un|una|mi|este|esta|ese|esa|al|del)\\s(?:(?:${alternation(q.spanish.roleModifiers)})\\s){0,2}$`, 'iu'),
});
const ES_EVENT_LEAD =
  /(?:^|[^\p{L}])(?:niñ[oa]|niñit[oa]|señor|señora|señorita|muchach[oa]|chav[oa]|chamac[oa]|joven|hombre|mujer|bebé|familia|abuelit[oa]|abuel[oa]|viejit[oa]|morr[oa]|compa)\s(?:del?|de\sla|de\slos|en\sel|en\sla|que\s(?:salió|salio|apareció|sale)\sen)\s(?:[\p{L}\p{M}]{1,15}\s){0,3}$/iu;

function spanishQuasi(text: string, push: (start: number, end: number, kind: QuasiKind) => void): void {
  const lead = (re: RegExp, at: number) => re.test(text.slice(Math.max(0, at - 60), at));
  for (const m of matchesOf(ES.roles, text)) if (lead(ES_ROLE_LEAD.re, m.index)) push(m.index, m.index + m[0].length, 'role');
  for (const m of matchesOf(ES.events, text)) if (lead(ES_EVENT_LEAD, m.index)) push(m.index, m.index + m[0].length, 'event');
  for (const m of matchesOf(ES.news, text)) push(m.index, m.index + m[0].length, 'event');
}

const isName = (w: string) => NAMES.has(w.toLowerCase()) && !NOT_NAMES.has(w.toLowerCase());

/** Quasi-identifiers in `text`, in text order (spans of different kinds may overlap). */
export const quasiIdentifiers = memo((text: string): QuasiSpan[] => {
  const out: QuasiSpan[] = [];
  const push = (start: number, end: number, kind: QuasiKind) => out.push({ start, end, kind });
  if (HAS_ROLE.admits(text)) for (const m of matchesOf(ROLE, text)) push(m.index, m.index + m[0].length, 'role');
  for (const m of matchesOf(EVENT_BEFORE, text)) {
    const words = (m[1] ?? '').trim().toLowerCase().split(/\s+/);
    if (!words.some((w) => EVENTS.has(w)) || words.every((w) => NOT_EVENT_WORDS.has(w))) continue;
    push(m.index, m.index + m[0].length, 'event');
  }
  if (HAS_EVENT.admits(text)) for (const m of matchesOf(EVENT_AFTER, text)) push(m.index, m.index + m[0].length, 'event');
  const sentences = sentencesOf(text);
  for (const m of matchesOf(RARE, text)) {
    const s = sentences.find((x) => x.start <= m.index && m.index < x.end);
    if (s && RARE_SCOPE.test(text.slice(s.start, s.end))) push(m.index, m.index + m[0].length, 'rarity');
  }
  for (const m of matchesOf(FAMILY, text)) {
    const name = (m[1] ?? '').replace(/(?:s['’]|['’]s)$/u, '');
    if (NOT_FAMILY.has(name) || NOT_FAMILY.has(m[1] ?? '') || NOT_NAMES.has(name.toLowerCase())) continue;
    push(m.index + 4, m.index + m[0].length, 'family');
  }
  if (HAS_VENUE.admits(text)) for (const m of matchesOf(VENUE, text)) {
    const g = m[1] ?? '';
    const start = m.index + m[0].length - g.length;
    push(start, start + g.length, 'venue');
  }
  for (const m of matchesOf(UNIT_NUMBERED, text)) push(m.index, m.index + m[0].length, 'unit');
  if (HAS_UNIT.admits(text)) for (const m of matchesOf(UNIT_NAMED, text)) push(m.index, m.index + m[0].length, 'unit');
  for (const m of matchesOf(FACILITY_BRANCH, text)) push(m.index, m.index + m[0].length, 'unit');
  for (const m of matchesOf(ROOM_NAME, text)) if (isName(m[1] ?? '')) push(m.index, m.index + m[0].length, 'roomName');
  for (const s of sentences) {
    let at = s.start;
    while (at < s.end && /[\s"'“‘(*-]/u.test(text[at]!)) at++;
    START_NAME.lastIndex = at;
    const m = START_NAME.exec(text);
    if (m && isName(m[1] ?? '')) push(m.index, m.index + (m[1] ?? '').length, 'startName');
  }
  for (const m of matchesOf(CONFIRM_CARE, text)) push(m.index, m.index + m[0].length, 'confirm');
  for (const m of matchesOf(YOUR_CHILDS_CARE, text)) push(m.index, m.index + m[0].length, 'confirm');
  if (hasSpanish(text)) spanishQuasi(text, push);
  return out.sort((a, b) => a.start - b.start);
});

/** Frames that make a post not a patient's: the team's own news, the author's own health and age. */
export const ownFrames = memo((text: string): { staffNews: number; selfHealth: number; selfAge: number } => {
  let staffNews = 0;
  let selfHealth = 0;
  let selfAge = 0;
  for (const _ of matchesOf(STAFF_NEWS, text)) staffNews++;
  for (const _ of matchesOf(SELF_HEALTH, text)) selfHealth++;
  for (const _ of matchesOf(SELF_AGE, text)) selfAge++;
  return { staffNews, selfHealth, selfAge };
});

/** True when the span [start, end) is the author's own age ("me, 41"). */
export function selfAgeAt(text: string, start: number): boolean {
  return SELF_AGE_STRICT.test(text.slice(Math.max(0, start - 10), start + 3));
}
