import { defineRule, type Match } from '../rule';
import { alternation, cueBefore, digitsOf, matchesOf, phraseRegex, spelledDigits } from '../text/terms';
import cues from './data/phone-cues.json';

// North American numbers: optional +1, area code (optionally in parentheses), exchange, line.
const NANP = /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?![\w-])/g;
// International: a plus sign, then digits with single separators; digit count checked in code.
const INTL = /(?<![\w+])\+[1-9][\d\s().-]{6,20}\d(?!\d)/g;

// Domestic numbers outside North America (UK 07700 900461, Australia 0491 570 110): a leading
// 0 and 10–11 digits in groups; reported only next to a word that asks for a number.
const LOCAL = /(?<![\w+().-])(?<!\d\s)\d{3}[.-]\d{4}(?![\w-]|\.\d)/g;
const TRUNK = /(?<![\w+])0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w-])/g;

const FAX = phraseRegex(cues.fax);
const ORGANIZATION = phraseRegex(cues.organization);
const TOLL_FREE = new RegExp(`^1?(?:${alternation(cues.tollFree)})`);
const ORGANIZATION_AFTER = new RegExp(`^[\\s)]{0,3}${phraseRegex(cues.organizationAfter).source}`, 'iu');
const ORGANIZATION_WIDE = phraseRegex(cues.organizationWide);
const PERSONAL = phraseRegex(cues.personal);
const ASK = phraseRegex(cues.ask);
// A sentence that starts "Call 555-…" tells readers to call: the organization's own line.
const IMPERATIVE = /(?:^|[.!?\n]\s{0,3})(?:please\s)?(?:call|text|dial|phone|tel|ph)\s?:?\s{0,2}$/iu;

/** 0 when the digits cannot be a North American number, else how plausible they are. */
function plausibleNanp(digits: string, formatted: boolean): number {
  const ten = digits.length === 11 ? digits.slice(1) : digits;
  // Area codes never start with 0 or 1.
  if (ten.length !== 10 || ten[0] === '0' || ten[0] === '1') return 0;
  // Exchanges don't either, but people write such numbers (555-012-…) for real contacts.
  if (ten[3] === '0' || ten[3] === '1') return formatted ? 0.75 : 0;
  return 1;
}

export default defineRule({
  id: 'phi.phone',
  category: 'phi.phone',
  message: 'This looks like a phone number. A personal number identifies someone; remove it unless it is your organization’s public line.',
  find({ text }) {
    const out: Match[] = [];
    const seen = new Set<number>();
    const add = (start: number, end: number, confidence = 0.85) => {
      if (seen.has(start)) return;
      seen.add(start);
      const fax = cueBefore(text, start, FAX, 20);
      const personal = cueBefore(text, start, PERSONAL, 30);
      const organization =
        cueBefore(text, start, ORGANIZATION, 40) ||
        cueBefore(text, start, ORGANIZATION_WIDE, 160) ||
        IMPERATIVE.test(text.slice(Math.max(0, start - 16), start)) ||
        ORGANIZATION_AFTER.test(text.slice(end, end + 40)) ||
        TOLL_FREE.test(digitsOf(text.slice(start, end)));
      out.push({
        start,
        end,
        // An organization's own published line is not PHI; keep it visible only as a hint.
        confidence: organization && !personal ? 0.3 : confidence,
        fix: { kind: 'remove' },
        ...(fax
          ? { category: 'phi.fax' as const, message: 'This looks like a fax number. Remove it unless it is your organization’s public fax.' }
          : {}),
      });
    };
    for (const m of matchesOf(NANP, text)) {
      const p = plausibleNanp(digitsOf(m[0]), /[\d)][\s.-]?\d{3}[\s.-]\d{4}$/.test(m[0]));
      if (p > 0) add(m.index, m.index + m[0].length, 0.85 * p);
    }
    for (const m of matchesOf(INTL, text)) {
      const n = digitsOf(m[0]).length;
      if (n >= 8 && n <= 15) add(m.index, m.index + m[0].length);
    }
    // "four one five, five five five, zero one eight two": a number spelled out to dodge filters.
    for (const [start, end, digits] of spelledDigits(text, 10)) {
      if (digits.length <= 11 && plausibleNanp(digits, true) > 0) add(start, end, 0.7);
    }
    // A seven-digit local number ("call her at 555-0143") only next to a person and a phone word.
    for (const m of matchesOf(LOCAL, text)) {
      const first = m[0][0];
      if (first === '0' || first === '1') continue;
      if (cueBefore(text, m.index, PERSONAL, 30) && cueBefore(text, m.index, ASK, 30)) add(m.index, m.index + m[0].length, 0.65);
    }
    for (const m of matchesOf(TRUNK, text)) {
      const n = digitsOf(m[0]).length;
      if (n >= 10 && n <= 11 && cueBefore(text, m.index, ASK, 30)) add(m.index, m.index + m[0].length, 0.75);
    }
    return out;
  },
  examples: {
    flag: [
      'Her son wants us to ring him at [[(415) 555-0182]] with results',
      'pt cell [[415-555-0182]]',
      'reach the family on [[+1 415 555 0182]]',
      'UK number for his son: [[+44 20 7946 0958]]',
      'mom’s number [[+91 98765 43210]]',
      'fax the chart to [[212.555.0199]]',
      'her son left his number, [[555-014-2230]], at the desk',
      'pt’s wife gave her mobile as [[07700 900123]]',
      'her son’s cell is [[four one five, five five five, two one eight two]]',
      'call her daughter at [[555-0143]] after 5',
    ],
    pass: [
      'Call our office at (415) 555-0100 to book a flu shot',
      'Appointments: 415-555-0100',
      'ICD-10 code E11.9 and CPT 99213',
      'Give 325 mg every 4 to 6 hours, max 3000 mg a day',
      'Order 1234567890123456789 shipped',
      'Published 2019-2023 in 12 journals',
      'Questions? Call 415-555-0100 to book',
      'Swallowed something? The national Poison Help line, 1-800-222-1222, is free 24/7',
      'Our on-call provider can be reached at 555-012-3434',
      'one two three four five six seven, eight nine ten, here I come',
      'her dose went from 250-1000 mg over a week',
    ],
  },
});
