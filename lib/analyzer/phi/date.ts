/**
 * Dates tied to a patient (Safe Harbor: every element of a date except the year). Numbers, month
 * names, weekdays, holidays and "yesterday" are found by shape; how sure we are comes from the
 * sentence around them (identifier-context.ts): a person or care raises it, an organization's
 * schedule or event ("closed 12/24", "Saturday 9–1", "Oct 3–5") lowers it below a warning, and a
 * teaching case or the author's own life caps it. Scores, doses and ratios (8/10, 1/2 tab, 120/80)
 * are never dates.
 */
import { defineRule, type Match } from '../rule';
import { matchesOf, phraseRegex } from '../text/terms';
import words from './data/date-words.json';
import { aboutAuthor, Claimed, cueIn, EVENT_CUE, isTeaching, notAPatient, passageAt, sentenceAt, type Signals, signalsAt } from './identifier-context';

const BIRTH_LABEL = new RegExp(`${phraseRegex(words.birthLabels, 'i').source}[\\s:#(-]{0,4}$`, 'iu');
const NOT_AFTER = new RegExp(`${phraseRegex(words.notAfter, 'i').source}(?:\\s{1,2}(?:is|was|at|of|now|down to|up to|rated|scored))?[\\s:#(=-]{0,3}$`, 'iu');
const NOT_BEFORE = new RegExp(`^[\\s)]{0,3}${phraseRegex(words.notBefore, 'i').source}`, 'iu');
const HOLIDAY = phraseRegex(words.holidays, 'g');
const RELATIVE = phraseRegex(words.relative, 'gi');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH = `(?:${MONTHS}|${MONTH_SHORT})`;

// 3/14, 03/14/2025, 9/30/52, 07-19-1958 (a hyphenated pair needs its year: "3-5 days" is a range).
const NUMERIC = /(?<![\d/.:$#-])(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.:]\d|-\d(?!\d?\/))/g;
// 03.14.2025: dots need a four-digit year, or they are versions and section numbers.
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d|\.\d)/g;
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;
// March 14th, Mar. 14, March 14, 2025; a following "–18" makes it a range (an event, usually).
const MONTH_DAY = new RegExp(`(?<!\\p{L})${MONTH}\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s{1,2}(?:19|20)\\d\\d)?(?![\\d\\p{L}])`, 'gu');
// 14 Mar, 14th of March, the 4th of July.
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s{1,2}(?:of\\s{1,2})?${MONTH}\\.?(?:,?\\s{1,2}(?:19|20)\\d\\d)?(?!\\p{L})`, 'gu');
// "in January", "last March", "early June 2024": a month on its own, only after a preposition.
const MONTH_ALONE = new RegExp(
  `(?<!\\p{L})(?:in|on|since|last|this|early|late|mid|of|by|until|during|before|after|next|from)\\s{1,2}(?:early\\s|late\\s|mid-?)?(${MONTHS}|(?:${MONTH_SHORT})\\.?)(?:\\s{1,2}(?:19|20)\\d\\d)?(?!\\p{L}|['’]s)`,
  'gu',
);
// "on the 12th": a day of the month on its own, when not "the 3rd floor" or "the 2nd time".
const DAY_ORDINAL =
  /(?<!\p{L})(?:on|since|by|until|before|after|from)\s(?:the\s)?(\d{1,2})(?:st|nd|rd|th)(?!\p{L})(?!\s(?:floor|time|times|day|days|week|weeks|visit|attempt|try|round|grade|percentile|birthday|bday|anniversary|street|st|ave|avenue|place|dose|cycle|of|century|hole|inning|minute|trimester|pregnancy|baby|child|kid|patient|person|one|year|month)(?!\p{L}))/giu;
// "on Tues", "last Fri": abbreviations only after a word that makes them a day.
const WEEKDAY_SHORT = /(?<!\p{L})(?:on|last|this|next|since|by|past)\s(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?(?![\p{L}/])/gu;
const WEEKDAY = /(?<!\p{L})(?:(?:last|this|next|on|since|by|past)\s{1,2})?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\p{L}|'s|’s)/gu;
// A time or a range right after a weekday makes it a schedule: "Friday 3pm", "Monday–Friday".
const SCHEDULE_AFTER = /^,?\s{0,2}(?:(?:at|from|@)\s{0,2})?(?:\d{1,2}(?::\d\d)?\s{0,2}(?:am|pm|a\.m|p\.m)|noon|\d{1,2}:\d\d|\d{1,2}\s{0,2}(?:[-–]|to)\s{0,2}\d{1,2}(?!\d)|[-–—]\s{0,2}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\/|&\s{0,2}\p{Lu}|and\s(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))/iu;
const PRONOUN = /(?<![\p{L}'’])(?:he|she|his|her|him)(?![\p{L}'’])/iu;
const RANGE_AFTER = /^\s{0,2}[-–—]\s{0,2}\d/u;
// "Saturday, June 14 from 9 to 2": a date between a weekday and a time is still a schedule.
const DATE_THEN = new RegExp(`^,?\\s{0,2}(?:${MONTH}\\.?\\s{1,2}\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\/\\d{1,2})`, 'u');
// "apply by December 15", "abstracts due Friday", "no later than 3/1": a deadline, not a patient's day.
const DEADLINE_BEFORE = /(?<!\p{L})(?:by|due|due\sby|due\son|deadline:?|no\slater\sthan|before|until|ends)\s{1,2}(?:the\s)?$/iu;
// "Happy Mother's Day", "Wishing you a merry Christmas": a greeting names the holiday, not a visit.
const GREETING_BEFORE = /(?<!\p{L})(?:happy|merry|wishing(?:\syou)?(?:\sa)?|enjoy(?:\syour)?|celebrate|celebrating|closed\sfor|closed\son|open\son|hours\sfor)\s{1,2}(?:a\s)?$/iu;

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Month/day or, as written outside the US, day/month: 3/14 and 14/3 are both dates. */
function validEitherWay(a: number, b: number): boolean {
  return valid(a, b) || valid(b, a);
}

/** How sure a date is about a person, from what surrounds it. */
function confidence(s: Signals, alone: number): number {
  if (s.event) return s.person ? (s.clinical ? 0.55 : 0.4) : 0.25;
  if (s.person && s.clinical) return 0.8;
  if (s.person || s.clinical) return Math.max(alone, 0.65);
  return alone;
}

const RECENTLY = { kind: 'replace', replacement: 'recently' } as const;
const LEAD = /(?<!\p{L})(?:on|in|during)\s{1,2}(?:the\s)?$/iu;

export default defineRule({
  id: 'phi.date',
  category: 'phi.date',
  message: 'This date, tied to a patient, can identify them. Say "recently" instead, or leave it out.',
  find({ text, context }) {
    const out: Match[] = [];
    const claimed = new Claimed(text.length);
    const teaching = isTeaching(text);
    const add = (from: number, end: number, conf: number, fix = RECENTLY as Match['fix']) => {
      // Take "on"/"in" along, so the fix reads "recently", not "on recently".
      const lead = fix === RECENTLY ? (LEAD.exec(text.slice(Math.max(0, from - 8), from))?.[0].length ?? 0) : 0;
      const start = from - lead;
      if (!claimed.claim(start, end)) return;
      // A teaching case, or the author's own life ("my daughter was born 4/12"), is not a patient's date.
      out.push({ start, end, confidence: notAPatient(text, start, teaching) || aboutAuthor(text, start) ? Math.min(conf, 0.3) : conf, fix });
    };
    const before = (i: number, n = 24) => text.slice(Math.max(0, i - n), i);
    /** A time or range after `end`, optionally after a date ("Saturday, June 14 from 9 to 2"). */
    const scheduleAfter = (end: number) => {
      const tail = text.slice(end, end + 30);
      const d = DATE_THEN.exec(tail);
      return SCHEDULE_AFTER.test(d ? tail.slice(d[0].length) : tail);
    };
    /** A deadline ("by Friday") is a patient's date only when a person and their care are both in view. */
    const deadline = (start: number, s: Signals) => DEADLINE_BEFORE.test(before(start, 16)) && !(s.person && s.clinical);

    for (const m of matchesOf(ISO, text)) {
      if (!valid(Number(m[2]), Number(m[3]))) continue;
      const end = m.index + m[0].length;
      const labelled = BIRTH_LABEL.test(before(m.index));
      add(m.index, end, labelled ? 0.95 : confidence(signalsAt(text, m.index, end, context), 0.45));
    }
    for (const m of matchesOf(DOTTED, text)) {
      if (!validEitherWay(Number(m[1]), Number(m[2]))) continue;
      const end = m.index + m[0].length;
      const labelled = BIRTH_LABEL.test(before(m.index));
      add(m.index, end, labelled ? 0.95 : confidence(signalsAt(text, m.index, end, context), 0.45), labelled ? { kind: 'remove' } : RECENTLY);
    }
    for (const m of matchesOf(NUMERIC, text)) {
      const [whole, a = '', sep = '', b = '', year] = m;
      const end = m.index + whole.length;
      if (sep === '-' && !year) continue;
      if (!validEitherWay(Number(a), Number(b))) continue;
      const prior = before(m.index);
      const labelled = BIRTH_LABEL.test(prior);
      if (!labelled) {
        if (!year && (NOT_AFTER.test(prior) || NOT_BEFORE.test(text.slice(end, end + 16)))) continue;
        // "10/10 would recommend", "5/5", unless dated: "on 8/8".
        const dated = /(?:on|since|from|until|by)\s{1,2}$/i.test(prior);
        if (!year && a === b && Number(a) <= 10 && !dated) continue;
        if (!year && b === '10' && !dated) continue; // a score: "pain 8/10", "rated 9/10"
        if (/\d\s$/.test(prior)) continue; // "1 1/2 tabs"
      }
      add(m.index, end, labelled ? 0.95 : confidence(signalsAt(text, m.index, end, context), 0.45), labelled ? { kind: 'remove' } : RECENTLY);
    }
    for (const re of [MONTH_DAY, DAY_MONTH]) {
      for (const m of matchesOf(re, text)) {
        const end = m.index + m[0].length;
        const day = Number(/\d{1,2}/.exec(m[0])?.[0]);
        if (!(day >= 1 && day <= 31)) continue;
        const labelled = BIRTH_LABEL.test(before(m.index));
        const s = signalsAt(text, m.index, end, context);
        // "Graduation day for our new techs! June 12 will forever be…": an event named in the sentence before.
        const eventBefore = !s.person && cueIn(text, passageAt(text, m.index), EVENT_CUE);
        const range = RANGE_AFTER.test(text.slice(end, end + 6)) || scheduleAfter(end) || deadline(m.index, s) || eventBefore;
        add(m.index, end, labelled ? 0.95 : range ? 0.25 : confidence(s, 0.45));
      }
    }
    for (const m of matchesOf(DAY_ORDINAL, text)) {
      const day = Number(m[1]);
      if (day < 1 || day > 31) continue;
      const start = m.index + m[0].indexOf(m[1] ?? '') - (m[0].includes('the ') ? 4 : 0);
      const end = m.index + m[0].length;
      add(start, end, confidence(signalsAt(text, start, end, context), 0.3));
    }
    for (const m of matchesOf(HOLIDAY, text)) {
      const end = m.index + m[0].length;
      const s = signalsAt(text, m.index, end, context);
      // A holiday dates a patient's event only with a person and care in view, never in a greeting.
      const greeting = GREETING_BEFORE.test(before(m.index, 24));
      const [a, b] = sentenceAt(text, m.index);
      const someone = s.person || PRONOUN.test(text.slice(a, b));
      add(m.index, end, greeting ? 0.2 : someone ? confidence(s, 0.3) : Math.min(confidence(s, 0.3), 0.45));
    }
    for (const m of matchesOf(MONTH_ALONE, text)) {
      const month = m[1] ?? '';
      const start = m.index + m[0].indexOf(month);
      const end = m.index + m[0].length;
      if (month === 'May' && /^\s{1,2}\p{Ll}/u.test(text.slice(end, end + 3))) continue; // "in May be"
      add(start, end, confidence(signalsAt(text, start, end, context), 0.3));
    }
    for (const m of matchesOf(WEEKDAY, text)) {
      const end = m.index + m[0].length;
      if (scheduleAfter(end)) {
        add(m.index, end, 0.2);
        continue;
      }
      // "every Saturday", "the third Saturday of every month": a habit or a calendar rule.
      if (/(?:every|each|first|second|third|fourth)\s{1,2}$/i.test(before(m.index, 8)) || /^s?\s{1,2}of\s{1,2}(?:every|each|the)\s{1,2}month/i.test(text.slice(end, end + 22))) {
        add(m.index, end, 0.2); // a habit, not an event: "every Saturday"
        continue;
      }
      const s = signalsAt(text, m.index, end, context);
      if (deadline(m.index, s) || deadline(m.index + m[0].search(/\s\S+$/) + 1, s)) {
        add(m.index, end, 0.25); // "by Friday", "due Monday"
        continue;
      }
      // A weekday dates a patient's event only when a particular person and their care are in view;
      // a person alone ("my son's birthday … back Monday") is most often the author's own week.
      add(m.index, end, s.person ? (s.clinical ? confidence(s, 0.3) : 0.45) : s.clinical && !s.event ? 0.45 : 0.3);
    }
    for (const m of matchesOf(WEEKDAY_SHORT, text)) {
      const end = m.index + m[0].length;
      if (SCHEDULE_AFTER.test(text.slice(end, end + 14))) continue;
      const s = signalsAt(text, m.index, end, context);
      add(m.index, end, s.person ? confidence(s, 0.3) : 0.3);
    }
    for (const m of matchesOf(RELATIVE, text)) {
      const end = m.index + m[0].length;
      const s = signalsAt(text, m.index, end, context);
      // "Yesterday" dates a patient's event only when one is described around it.
      add(m.index, end, s.person && s.clinical && !s.event ? 0.5 : 0.2);
    }
    return out;
  },
  examples: {
    flag: [
      "On [[April 2]] I admitted a young father with a massive PE",
      "she was on our unit over [[Thanksgiving]] with her pneumonia",
      'Intake form had DOB [[04/22/1957]] written on the back',
      'wristband says DOB [[22.04.1957]], she is visiting from Germany',
      'my patient was admitted on [[23/11/2024]] with sepsis',
      'our patient who was admitted [[3/14]] with chest pain is finally going home',
      'my patient was inpatient [[12/3]]-12/5 with pneumonia',
      'pt born [[Feb 3rd]] is back in the ER again',
      'She had her gallbladder out on [[14 Mar]] and is already hiking',
      'Mr. Alvarez came in on the [[4th of July]] with a firework burn',
      'my patient fell at the grocery store [[last Thursday]] and fractured her wrist',
      'Mr. Oduya came in [[on Tues]] with a fever',
      { text: 'Glad your knee surgery on [[6/3]] went well, see you at the follow-up!', context: { surface: 'review-reply' } },
      'the patient in room 5 who coded [[yesterday]] is extubated',
      'Sending love to my patient who finished chemo [[in October]] — remission!',
      { text: 'So glad your knee surgery on [[the 12th]] went well!', context: { surface: 'comment' } },
    ],
    pass: [
      "Pinning ceremony for our 9 new nurses tonight! October 4 will always be special.",
      "Apply by December 15 for the spring cohort",
      "Happy Mother's Day to every mom working a night shift",
      "Blood drive on Saturday, June 14 from 9 to 2 in the lobby",
      "Our CPR class meets the third Saturday of every month",
      "My son's 8th birthday party was a blast, back on the wards Monday",
      'Flu clinic Saturday 9-1, no appointment needed',
      'Open Monday–Friday, 8am to 5pm',
      'Office closed 12/24 and 12/25 for the holidays',
      'Nurse line is staffed 24/7',
      'Goal BP is under 120/80 for most adults',
      'Give 1/2 tab at bedtime',
      'Pain 7/10 after the dressing change',
      'Join us at the wound care summit, Oct 3–5 in Denver',
      'Our diabetes class meets Tuesdays in April',
      'Published in 2021 and updated in 2024',
      'Case challenge: a patient presents on 3/14 with fever and rash. Diagnosis?',
      'New parking garage opens 5/1!',
      'Potluck Friday at noon in the break room',
      'We are open on Memorial Day with limited hours',
      '10/10 would recommend this conference',
      'Pain was 8/10 at rest after the dressing change',
      'Our office is on the 3rd floor',
    ],
  },
});
