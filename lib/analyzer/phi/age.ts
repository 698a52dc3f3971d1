/**
 * Ages of a particular person (and ages over 89, which Safe Harbor treats as identifying on their
 * own). Shapes: 34yo, 62M, "in her 90s", "aged 91", "Milo, 5,", "she's 42", "95th birthday".
 * Statements about groups ("adults over 65", "ages 18-64"), generic examples ("a 2-year-old who
 * gulps down… should"), teaching cases and the author's own family are reported below a warning.
 */
import { defineRule, type Match } from '../rule';
import { hasMatch, matchesOf, phraseRegex } from '../text/terms';
import words from './data/age-words.json';
import { Claimed, isTeaching, notAPatient, sentenceAt, signalsAt, STOP_PLACES } from './identifier-context';
import { ES_NOT_AGE_AFTER, ES_NOT_AGE_BEFORE, SPANISH_CUES, spanishSignalsAt } from './context';
import { hasSpanish } from '../text/language';
import { builtOnFirstUse } from '../text/memo';

// 34yo, 34 y/o, 34-year-old, 34 yr old, 3 week old, 6-month-old; an optional sex after: "38 yo M".
const YEARS_OLD =
  /(?<![\p{L}\d.,/])(\d{1,3})\s?-?\s?(?:(yo|y\/o|y\.o\.?|yrs?\.?[\s-]old|years?[\s-]old|years?\sof\sage)|((?:weeks?|wks?|months?|mos?|days?)[\s-]old))(?:\s?(M|F|male|female))?(?![\p{L}\d])/giu;
// "a nonagenarian", "our centenarian": an age over 89 without a number.
const OVER_89_WORD = /(?<!\p{L})(?:nonagenarian|centenarian|supercentenarian)(?!\p{L})/giu;
// Clinical shorthand: 62M, 58F, 62 M. Upper-case only, never after a decimal or degree sign.
const AGE_SEX = /(?<![\p{L}\d.,°/#$£€~-])(\d{1,3})\s?([MF])(?![\p{L}\d'’/&])(?!\s(?:people|patients|users|americans|adults|kids|children|dollars|deaths|cases|visits|views|followers|downloads|doses|tons|units|members|subscribers|residents)(?!\p{L}))/gu;
// "(F, 34)", "M/62", "34/F": sex and age in either order.
const SEX_AGE = /(?<![\p{L}\d])(?:[MF]\s?[/,]\s?(\d{1,3})(?![\d\p{L}/])|(\d{1,3})\s?\/\s?[MF](?![\p{L}\d]))/gu;
// "in his 40s", "in her late 90s", "in their mid-30s".
const DECADE = /(?<!\p{L})in\s(his|her|their)\s(?:(?:early|mid|late)[\s-]?)?(\d0)['’]?s(?!\p{L})/giu;
// Spelled out: "a ninety-two-year-old", "in her eighties".
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPELLED = new RegExp(
  `(?<!\\p{L})(?:(${TENS.join('|')}|one hundred)(?:-(${ONES.join('|')}))?[\\s-]years?[\\s-]old|in\\s(his|her|their)\\s(?:(?:early|mid|late)[\\s-]?)?(${TENS.map((t) => t.replace(/y$/, 'ies')).join('|')}))(?!\\p{L})`,
  'giu',
);

/** Years from spelled tens and ones ("ninety", "two"), or from a spelled decade ("eighties"). */
function spelledYears(tens: string, ones: string | undefined): number {
  const t = tens.toLowerCase();
  if (t === 'one hundred') return 100;
  const decade = TENS.indexOf(t) >= 0 ? TENS.indexOf(t) : TENS.indexOf(t.replace(/ies$/, 'y'));
  return (decade + 2) * 10 + (ones ? ONES.indexOf(ones.toLowerCase()) + 1 : 0);
}
// "M, late 60s", "a mid-40s man": a decade with early/mid/late is still one person's age.
const DECADE_BARE = /(?<!\p{L})(?:early|mid|late)[\s-]?(\d0)['’]?s(?!\p{L})/giu;
// "aged 91", "age 34", "age: 34" (not "ages").
const AGED = /(?<!\p{L})(?:aged?|age:)\s{0,2}(\d{1,3})(?![\d\p{L}])/giu;
// "she's 42", "he is 80", "turned 90".
const PRONOUN_AGE = /(?<!\p{L})(?:she['’]s|he['’]s|she is|he is|who is|who['’]s|turned|turning|turns)\s(\d{1,3})(?![\d\p{L}]|[.,]\d)/giu;
// "3rd birthday", "95th bday".
const TEMPERATURE_BEFORE = /(?<!\p{L})(?:fever|fevers|temp|temps|temperature|febrile|thermometer|reads|reaches|hits|spikes)(?!\p{L})[^.!?\d]{0,20}$/iu;
const ORG_BIRTHDAY_AFTER = /^,?\s(?:to\s|for\s)?(?:our|the|this)\s(?:[\p{L}-]+\s)?(?:clinic|practice|hospital|office|team|unit|center|centre|pharmacy|company|blog|podcast|program|foundation|page|group)(?!\p{L})/iu;
const BIRTHDAY = /(?<![\p{L}\d])(\d{1,3})(?:st|nd|rd|th)\s(?:birthday|bday|b-day)(?!\p{L})/giu;
// "Milo, 5,", "(Ezra, 11)", "Tobias (6)", "Ms. Hazel, 97,": a number right after a name.
const AFTER_NAME = /(?<![\d.,:/$#-])(\d{1,3})(?=\s?[,)]|\.(?:\s|$)|\s(?:and|with|who|from|was|is|has|had)\s)/gu;
const NAME_BEFORE =
  /(?:(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]{0,30})|['’"”)]|(?<!\p{L})(?:man|woman|male|female|guy|lady|gentleman|boy|girl|patient|pt|veteran|grandmother|grandfather|resident))\s{0,2}[,(—–-]\s{0,2}$/u;
// "about 45, red hair", "~40s".
const ABOUT = /(?<!\p{L})(?:approx\.?|approximately|about|around|roughly|~)\s?(\d{2})(?:s|-?ish)?(?=\s?[,);]|\s(?:y\/?o|years))/giu;
// "died 12/9 at 97", "passed away at 91".
const AT_AGE = /(?<!\p{L})at\s(?:age\s)?(\d{2,3})(?![\d:\p{L}%])/giu;
const DEATH_BEFORE = /(?:died|passed away|passed|death|deceased|diagnosed|dx'd)(?!\p{L})/iu;

const POPULATION = new RegExp(`${phraseRegex(words.population, 'i').source}\\s{1,2}(?:${phraseRegex(words.comparison, 'i').source}\\s{0,2})?$`, 'iu');
const OPEN_ENDED = new RegExp(`^(?:\\s{0,2}\\+|\\s{0,2}[-–]\\s{0,2}\\d|\\s{1,2}${phraseRegex(words.openEnded, 'i').source})`, 'iu');
const UNIT_AFTER = new RegExp(`^\\s{0,2}${phraseRegex(words.units, 'i').source}`, 'iu');
const OWN_FAMILY = phraseRegex(words.ownFamily, 'i');
const GENERIC = phraseRegex(words.generic, 'i');
const PERSON_WORD = phraseRegex(words.personWords, 'i');
// "the average 40-year-old", "any 2-year-old": a type of person, not a person.
const TYPICAL_BEFORE = /(?<!\p{L})(?:average|typical|any|every|each|most|normal|healthy|otherwise healthy)\s{1,2}$/iu;
// "As a 34-year-old nurse", "I'm a 40yo": the author's own age.
const SELF_BEFORE = /(?:(?<!\p{L})as an?|I['’]m an?|I am an?|I was an?|being an?)\s{1,2}$/iu;
// "my 4 year old", "my little 3yo": the author's own child, unless a patient follows.
const MY_BEFORE = /(?<!\p{L})my\s{1,2}(?:\p{L}{2,12}\s{1,2})?$/iu;
const PATIENT_AFTER = /^[\s-]{0,2}(?:[MF]\s)?(?:patient|pt|client|resident)(?!\p{L})/iu;
// "Children 2 to 5 years old": a range is a group.
const RANGE_BEFORE = /\d{1,3}\s{0,2}(?:to|-|–|and|or)\s{0,2}$/iu;
// "Dr. Kim, 45,", "our volunteer Harold, 94,": staff and volunteers are not patients.
const NOT_PATIENT_BEFORE =
  /(?:(?<!\p{L})(?:Dr|Doctor|Nurse|Prof|Professor|Rev|Coach)\.?\s{1,2}|(?:our|my)\s(?:volunteer|colleague|coworker|co-worker|nurse|doctor|manager|boss|friend|neighbor|mentor|receptionist|hygienist|assistant|tech|intern|resident physician|student|pastor)\s{1,2})(?:\p{Lu}[\p{L}'’.-]{0,20}\s{0,2}){1,3}[,(]\s{0,2}$/u;
const STAFF = /(?<!\p{L})(?:Dr\.?|Doctor|Nurse|founder|colleague|coworker|co-worker|our team|staff|volunteer|manager|boss|mentor|chief|director|CEO|president)(?!\p{L})/u;
const STAFF_SENTENCE = /(?<!\p{L})(?:volunteers?|colleagues?|coworkers?|co-workers?|staff|team\smembers?|employees?|retirees?|our\sfounder)(?!\p{L})/iu;
const CITATION = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+,\s(?:19|20)\d\d(?!\d)|et al|citation|doi|(?<!\p{L})vol\.|(?<!\p{L})pp\./u;
const NOUN_AFTER = /^\s(?!(?:in|with|from|on|at|who|was|is|has|had|and|or|to|for|of|came|comes|presented|told|said|asked)(?!\p{L}))\p{Ll}[\p{Ll}-]{1,20}(?!\p{L})/u;
const KIN_SUBJECT = /(?:^|[.!?]\s{0,3})(?:Grandma|Grandpa|Granny|Nana|Papa|Mom|Dad|Mama|Mum|Abuela|Abuelo|Oma|Opa|Gran|Grandad|Granddad)\s(?:just\s)?$/u;
const GENERIC_YOUR = /(?<!\p{L})(?:your|a|an|any)\s{1,2}$/iu;

// Spanish (issue 15), read only in drafts with a Spanish sentence: "de 34 años", "84 añitos",
// "34a", "de 8 meses"; and "la señora de 82", "un niño de 9", where the person noun says the
// number is an age. ñ may be written as n plus a combining tilde. Bounded, no nested quantifiers.
const ES_YEARS = /(?<![\p{L}\p{N}.,/-])(de\s)?(\d{1,3})(?:\s?a(?:ñ|n\p{M}?)(?:os|itos)|(?<=\d{2})a|(?<=de\s\d{1,2})\s(meses|semanas))(?![\p{L}\p{N}])/giu;
const ES_PERSON_OF =
  /(?<!\p{L})(?:se(?:ñ|n\p{M}?)ora|se(?:ñ|n\p{M}?)or|se(?:ñ|n\p{M}?)orita|sra\.|sr\.|ni(?:ñ|n\p{M}?)[oa]|nene|nena|hombre|mujer|paciente|pt|abuel[oa]|abuelit[oa]|joven|muchach[oa]|chic[oa]|chamac[oa]|chavo|chava|viejit[oa]|caballero|var[oó]n|beb[eé])\s(?:\p{Ll}{3,12}\s)?(de\s)(\d{1,3})(?![\p{L}\p{N}.,:/%]|\s?(?:a(?:ñ|n)|mes|seman|d[ií]a|hora|min|kg|kilo|libra|lb|mg|cm|por|pacientes|personas|casos))/giu;
// "mi hijo de 5 años", "mi mamá de 80": the author's own family, unless a patient is named.
const ES_OWN_FAMILY = /(?<!\p{L})(?:mi|mis)\s(?:hij[oa]s?|ni(?:ñ|n\p{M}?)[oa]s?|nene|nena|nieto|nieta|sobrin[oa]|beb[eé]|herman[oa]|mam[aá]|pap[aá]|madre|padre|abuel[oa]|abuelit[oa]|espos[oa]|suegr[oa]|t[ií][oa])\s(?:\p{Ll}{3,12}\s)?(?:de\s)?$/iu;
// "tengo 45 años", "a mis 60", "cuando yo tenía 30": the author's own age.
const ES_SELF = /(?<!\p{L})(?:tengo|cumpl[ií]|cumplo|a\smis|yo\sten[ií]a|ten[ií]a\syo|soy\sun[ao]?|como\sun[ao]?)\s(?:\p{Ll}{3,12}\s)?(?:de\s)?$/iu;
// "tu hijo de 2 años", "un niño de 7 años puede…": a reader's or a typical child, in advice.
const ES_GENERIC_BEFORE = /(?<!\p{L})(?:tu|su|sus|un|una|cualquier|todo|toda|cada)\s(?:\p{Ll}{3,12}\s)?(?:de\s)?$/iu;
const ES_LAZY = builtOnFirstUse({ general: () => new RegExp(SPANISH_CUES.general.source, 'iu') });
const ES_DECADES = ['', 'diez', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta'];

/** The Spanish replacement: "de treinta y tantos", "adolescente", "de más de 89 años". */
export function ageFixEs(years: number, withDe: boolean): Match['fix'] {
  const de = withDe ? 'de ' : '';
  const decade = ES_DECADES[Math.floor(years / 10)];
  const replacement =
    years < 1 ? `${de}pocos meses`
    : years < 13 ? `${de}corta edad`
    : years < 20 ? 'adolescente'
    : years >= 90 || !decade ? `${de}más de 89 años`
    : `${de}${decade} y tantos`;
  return { kind: 'replace', replacement };
}

const DECADE_WORDS = ['', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty'];

/**
 * The replacement the card offers. A stand-alone age ("Milo, 5,", "she's 42") becomes a phrase
 * ("in their 40s"); a "34yo" that stands for the person ("the 34yo in bed 4") becomes a noun
 * ("the thirty-something"), and one before a noun ("a 34-year-old man") an adjective. Children and
 * ages over 89 get broader words, as Safe Harbor asks.
 */
export function ageFix(years: number, form: 'phrase' | 'noun' | 'adjective' = 'phrase'): Match['fix'] {
  const decade = DECADE_WORDS[Math.floor(years / 10)];
  let replacement: string;
  if (form === 'phrase') {
    replacement = years < 1 ? 'an infant' : years < 13 ? 'a child' : years < 20 ? 'a teenager' : years >= 90 ? '90 or older' : `in their ${Math.floor(years / 10) * 10}s`;
  } else if (years < 1) replacement = 'infant';
  else if (years < 13) replacement = form === 'noun' ? 'child' : 'young';
  else if (years < 20) replacement = form === 'noun' ? 'teen' : 'teenage';
  else if (years >= 90 || !decade) replacement = form === 'noun' ? 'person over 89' : 'over-89';
  else replacement = `${decade}-something`;
  return { kind: 'replace', replacement };
}

export default defineRule({
  id: 'phi.age',
  category: 'phi.age',
  message: 'An exact age, with the rest of the story, can identify a patient. Use a decade ("in their 30s") instead.',
  find({ text, context }) {
    const out: Match[] = [];
    const claimed = new Claimed(text.length);
    const teaching = isTeaching(text);
    const before = (i: number, n = 30) => text.slice(Math.max(0, i - n), i);
    const after = (i: number, n = 24) => text.slice(i, i + n);

    const add = (start: number, end: number, years: number, conf: number, endsWithNumber = false, form: 'phrase' | 'noun' | 'adjective' = 'phrase', fix = ageFix(years, form)) => {
      if (!(years >= 0 && years <= 120) || !claimed.claim(start, end)) return;
      // General statements about groups, and ranges, are not about one person.
      let c = conf;
      if (POPULATION.test(before(start, 28)) || (endsWithNumber && OPEN_ENDED.test(after(end, 14)))) c = Math.min(c, 0.2);
      if (OWN_FAMILY.test(before(start, 30)) || SELF_BEFORE.test(before(start, 16)) || RANGE_BEFORE.test(before(start, 10))) c = Math.min(c, 0.25);
      const mine = MY_BEFORE.test(before(start, 20)) && !/(?:patient|pt|client|resident)\s{1,2}$/i.test(before(start, 12));
      if (mine && !PATIENT_AFTER.test(after(end, 14))) c = Math.min(c, 0.25);
      if (notAPatient(text, start, teaching)) c = Math.min(c, 0.3);
      const over = years >= 90;
      out.push({
        start,
        end,
        confidence: c,
        fix,
        ...(over
          ? { category: 'phi.age-over-89' as const, message: 'Ages over 89 are rare enough to identify a patient. Say "90 or older", or leave it out.' }
          : {}),
      });
    };
    /** "a 34-year-old man" takes an adjective; "the 34yo in bed 4" a noun. */
    const shorthandForm = (end: number) => (NOUN_AFTER.test(after(end, 16)) ? 'adjective' : 'noun');
    /** Lower confidence for "a 2-year-old who gulps down … should" and generic "your 6-month-old". */
    const specific = (start: number, end: number) => {
      const [s, e] = sentenceAt(text, start);
      const generic = hasMatch(GENERIC, text.slice(end, Math.min(e, end + 60))) && /(?:^|\s)(?:a|an|any)\s{1,2}$/i.test(before(start, 5));
      const genericYou = context.surface !== 'reply' && context.surface !== 'review-reply' && context.surface !== 'message' && GENERIC_YOUR.test(text.slice(Math.max(s, start - 6), start)) && /your/i.test(before(start, 6));
      return !(generic || genericYou);
    };

    for (const m of matchesOf(YEARS_OLD, text)) {
      const n = Number(m[1]);
      const end = m.index + m[0].length;
      const infant = m[3] !== undefined;
      const years = infant ? 0 : n;
      const typical = TYPICAL_BEFORE.test(before(m.index, 24));
      add(m.index, end, years, specific(m.index, end) && !typical ? 0.85 : 0.3, false, shorthandForm(end));
    }
    for (const m of matchesOf(OVER_89_WORD, text)) {
      const s = signalsAt(text, m.index, m.index + m[0].length, context);
      add(m.index, m.index + m[0].length, m[0].toLowerCase().startsWith('cent') ? 100 : 90, s.person || s.clinical ? 0.6 : 0.4);
    }
    for (const m of matchesOf(AGE_SEX, text)) {
      const n = Number(m[1]);
      if (n < 1 || /(?:temp|fever|[t°p]|degrees|spo2|sat|o2|hr|rr|bp)\s{0,2}:?\s{0,2}$/i.test(before(m.index, 8))) continue;
      // "a fever above 104 F", "temp of 102.5F", "if it reaches 103 F": a temperature, not an age.
      if (m[2] === 'F' && (TEMPERATURE_BEFORE.test(before(m.index, 32)) || /^\s?(?:or\s(?:higher|above|more)|and\s(?:up|above))(?!\p{L})/iu.test(after(m.index + m[0].length, 14)))) continue;
      add(m.index, m.index + m[0].length, n, 0.8, false, shorthandForm(m.index + m[0].length));
    }
    for (const m of matchesOf(SEX_AGE, text)) {
      add(m.index, m.index + m[0].length, Number(m[1] ?? m[2]), 0.75, false, 'noun');
    }
    for (const m of matchesOf(DECADE, text)) {
      const n = Number(m[2]);
      const singular = m[1]?.toLowerCase() !== 'their' || /(?:^|\s)(?:a|the|one|this|that|my|our)\s[\p{L}-]{2,15}\s$/iu.test(before(m.index, 24));
      add(m.index, m.index + m[0].length, n, singular ? 0.7 : 0.3);
    }
    for (const m of matchesOf(SPELLED, text)) {
      const end = m.index + m[0].length;
      if (m[4]) {
        // "in her eighties": a decade, like "in her 80s".
        add(m.index, end, spelledYears(m[4], undefined), m[3]?.toLowerCase() !== 'their' ? 0.7 : 0.3);
      } else add(m.index, end, spelledYears(m[1] ?? '', m[2]), specific(m.index, end) ? 0.8 : 0.3, false, shorthandForm(end));
    }
    for (const m of matchesOf(DECADE_BARE, text)) {
      const s = signalsAt(text, m.index, m.index + m[0].length, context);
      add(m.index, m.index + m[0].length, Number(m[1]), s.person ? 0.6 : 0.3);
    }
    for (const m of matchesOf(AGED, text)) {
      const n = Number(m[1]);
      const end = m.index + m[0].length;
      if (UNIT_AFTER.test(after(end, 10))) continue;
      // "Age 50 is when most people should…" is advice, not a person.
      const [, e] = sentenceAt(text, m.index);
      add(m.index, end, n, hasMatch(GENERIC, text.slice(end, Math.min(e, end + 60))) ? 0.3 : 0.7, true);
    }
    for (const m of matchesOf(PRONOUN_AGE, text)) {
      const num = m[1] ?? '';
      const start = m.index + m[0].length - num.length;
      if (UNIT_AFTER.test(after(start + num.length, 12))) continue;
      const s = signalsAt(text, start, start + num.length, context);
      // "Grandma turned 95!": a family name for a relative is the author's own family.
      const kin = KIN_SUBJECT.test(before(m.index, 24));
      // "turning 16 this week", "just turned 40": a birthday is a life event; only care makes it a patient's.
      const milestone = /^turn/i.test(m[0]) && !s.clinical;
      add(start, start + num.length, Number(num), kin ? 0.25 : milestone ? 0.4 : s.person || s.clinical ? 0.6 : 0.45, true);
    }
    for (const m of matchesOf(BIRTHDAY, text)) {
      const s = signalsAt(text, m.index, m.index + m[0].length, context);
      const [a, b] = sentenceAt(text, m.index);
      // "Happy 90th birthday to our founder Dr. Adams": staff birthdays are not patients'.
      const staff = STAFF.test(text.slice(a, b));
      // "Happy 10th birthday to our clinic!": an organization's birthday, not a patient's.
      const org = ORG_BIRTHDAY_AFTER.test(after(m.index + m[0].length, 40));
      add(m.index, m.index + m[0].length, Number(m[1]), s.event || staff || org ? 0.3 : 0.6);
    }
    for (const m of matchesOf(AFTER_NAME, text)) {
      const n = Number(m[1]);
      const end = m.index + m[0].length;
      const name = NAME_BEFORE.exec(before(m.index, 36));
      if (!name || n < 1 || n > 110) continue;
      const word = (name[1] ?? '').replace(/(?<![.'’])[.'’]+$/u, '');
      if (CITATION.test(text.slice(...sentenceAt(text, m.index)))) continue; // "(Smith, 2019)", "Patel, 12, 45-52"
      if (name[1] && (STOP_PLACES.has(word) || /\d/.test(word) || /^\p{Lu}{2,}$/u.test(word) && word.length > 3)) continue;
      if (/^\s?,\s{0,2}\d{1,4}\s{0,2}(?:[,;&–-]|and(?!\p{L}))/u.test(after(end, 12))) continue; // "Smith, 4, 5 and 6" is a list
      const s = signalsAt(text, m.index, end, context);
      const [sa] = sentenceAt(text, m.index);
      // "our volunteers, especially Dolores, 82,": a sentence about staff or volunteers, with no care in it.
      const staff = NOT_PATIENT_BEFORE.test(before(m.index, 60)) || (STAFF_SENTENCE.test(text.slice(sa, m.index)) && !s.clinical);
      add(m.index, end, n, staff ? 0.3 : s.person || s.clinical ? 0.75 : 0.5, true);
    }
    for (const m of matchesOf(ABOUT, text)) {
      const num = m[1] ?? '';
      if (!PERSON_WORD.test(before(m.index, 50))) continue;
      const start = m.index + m[0].indexOf(num);
      add(start, m.index + m[0].length, Number(num), 0.6);
    }
    if (hasSpanish(text)) {
      /** Confidence of a Spanish age: who it belongs to and what surrounds it. */
      const esConfidence = (start: number, end: number, personNoun: boolean) => {
        const lead = before(start, 40);
        if (ES_OWN_FAMILY.test(lead) && !/(?:paciente|pt)\s(?:de\s)?$/iu.test(lead)) return 0.25;
        if (ES_SELF.test(lead)) return 0.25;
        const [a, b] = sentenceAt(text, start);
        const sentence = text.slice(a, b);
        const replyish = context.surface === 'reply' || context.surface === 'review-reply' || context.surface === 'message';
        if (ES_GENERIC_BEFORE.test(lead) && !/una?\s(?:paciente|pt)/iu.test(lead) && (ES_LAZY.general.test(sentence) || (!replyish && /(?<!\p{L})tus?\s/iu.test(lead.slice(-24))))) {
          return 0.3;
        }
        const s = spanishSignalsAt(text, start, end);
        if (s.event && !s.person) return 0.3;
        return personNoun || s.person ? 0.85 : s.clinical ? 0.6 : 0.45;
      };
      for (const m of matchesOf(ES_YEARS, text)) {
        const end = m.index + m[0].length;
        const lead = before(m.index, 24);
        if (ES_NOT_AGE_BEFORE.test(lead) || ES_NOT_AGE_AFTER.test(after(end, 16))) continue;
        const n = Number(m[2]);
        const years = m[3] ? 0 : n;
        const start = m.index;
        if (!(years >= 0 && years <= 120)) continue;
        add(start, end, years, esConfidence(start, end, false), false, 'phrase', ageFixEs(years, m[1] !== undefined));
      }
      for (const m of matchesOf(ES_PERSON_OF, text)) {
        const num = m[2] ?? '';
        const end = m.index + m[0].length;
        const start = end - num.length - (m[1]?.length ?? 0);
        const n = Number(num);
        if (n < 1 || n > 110) continue;
        add(start, end, n, esConfidence(start, end, true), false, 'phrase', ageFixEs(n, true));
      }
    }
    for (const m of matchesOf(AT_AGE, text)) {
      const num = m[1] ?? '';
      if (!DEATH_BEFORE.test(before(m.index, 40)) || UNIT_AFTER.test(after(m.index + m[0].length, 10))) continue;
      const start = m.index + m[0].length - num.length;
      add(start, start + num.length, Number(num), 0.75, true);
    }
    return out;
  },
  examples: {
    flag: [
      "He's [[61]], lives alone, and was found down in his kitchen",
      'the [[34yo]] in bed 4 with DKA is finally eating',
      'Just saw a [[19 y/o]] with her third OD this month',
      'A [[34-year-old]] from my clinic taught me something today',
      'Hx: [[62M]] with crushing chest pain, cath lab activated',
      'consult on a [[71 F]] with new afib',
      'Admitted a man [[in his 40s]] with a GI bleed overnight',
      'Prayers for my patient Mr. Ortiz, [[88]], who fell this weekend',
      'Pt (Aiden, [[9]]) told me his cast is itchy',
      'She told me she is [[aged 91]] and has never had surgery',
      'the [[2 week old]] in the NICU finally went home',
      'pt is [[41 years of age]] and has never had a colonoscopy',
      'our [[centenarian]] patient in room 5 is going home today',
      'my hospice patient in room 2 asked for pancakes. she\'s [[58]] and tired of jello',
      'Miss Pearl, [[96]], still does her own crossword in ink every morning on our unit',
      'pt is a [[late 80s]] woman with new confusion',
      'a [[ninety-two-year-old]] told me she walks two miles a day',
      'my patient [[in her eighties]] still gardens every morning',
      'a woman, [[58]], walked in with a dissection',
      'Happy [[100th birthday]] to our longest-serving dialysis patient!',
      'Mi paciente [[de 34 años]] llegó ayer con neumonía.',
      'La señora [[de 82]] de la cama 4 ya come sola.',
      'el pt [[44a]] con dolor de pecho en la sala 3',
      'Bendiciones para la bebé [[de 8 meses]] que ingresamos anoche con bronquiolitis.',
    ],
    pass: [
      "Happy 15th birthday to our little pharmacy on Elm Street!",
      "Happy 12th birthday to this podcast, thanks for listening",
      "Remember: a 3-year-old can drown in an inch of bathwater",
      "Case of the week: 31-year-old with syncope after a run. ECG below. What is your read?",
      "If your child has a fever above 104 F, call us right away",
      "Grateful for our volunteers, especially Rosa, 81, who knits hats for the nursery",
      "My nephew is turning 16 this week and wants the car keys",
      "A 60-year-old smoker with a new cough deserves a chest CT, not just another antibiotic",
      'Adults over 65 should get the high-dose flu shot',
      'Kids under 4 need a car seat in the back',
      'The vaccine is approved for ages 18-64',
      'People in their 40s should start screening',
      'Heart disease risk climbs in your late 40s',
      'Started med school at 34 and never looked back',
      'My nana is 93 and plays bridge twice a week',
      'Grandma turned 95 today!',
      'Boards question: a 7-year-old girl presenting with a painless limp. Next step?',
      'A 2-year-old who gulps down a coin battery should see a doctor today',
      'Your 6-month-old may start solids now',
      'Fever 101 F means call the clinic',
      'Diabetes affects 38 M people in the US',
      'Baker, MT, 95 miles to the closest hospital',
      'We saw 1,204 patients in Q3, up 40%',
      'Our vet team’s favorite patient this week: Rex, an 11-year-old beagle',
      'Step 2, 3 and 4 are on the handout',
      'Citation: Jones, 2021; Patel, 12, 45-52.',
      'As a 34-year-old nurse I finally got my first mammogram',
      'My 4 year old son told me I smell like hospital',
      'Dr. Kim, 45, joins our cardiology team',
      'Children 2 to 5 years old should brush twice a day',
      'Age 50 is when most people should start colon cancer screening',
      'Happy 90th birthday to our founder Dr. Ruth Adams!',
      'Los niños de 6 a 11 años necesitan la vacuna.',
      'Mi hijo de 5 años tiene fiebre hoy.',
      'Celebramos 25 años con nosotros de nuestra enfermera Lupe.',
      'Un niño de 7 años debe dormir 10 horas.',
      'Mayores de 65 años: la vacuna de refuerzo ya está disponible.',
    ],
  },
});
