import { defineRule, type Match } from '../rule';
import { alternation, cueBefore, matchesOf, phraseRegex } from '../text/terms';
import cues from './data/email-cues.json';

// The lookbehind starts a match only at the beginning of a run of address characters, so a
// long run without "@" is scanned once, not once per position (linear, not quadratic).
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*\.[a-z]{2,24}(?![\w-])/gi;

// Spelled-out addresses: "j.okafor [at] example [dot] net", "maria (at) gmail (dot) com".
// Every piece is bounded and separated by characters the pieces cannot contain.
const BRACKETED =
  /(?<![\w.+-])[\w.+-]{1,64}(?:\s{0,2}[[({]\s{0,2}dot\s{0,2}[\])}]\s{0,2}[\w+-]{1,30}){0,3}\s{0,2}[[({]\s{0,2}at\s{0,2}[\])}]\s{0,2}[\w-]{1,63}(?:\s{0,2}(?:[[({]\s{0,2}dot\s{0,2}[\])}]|\.)\s{0,2}[\w-]{1,63}){1,3}/gi;
// "maria dot g at gmail", "jsmith at yahoo dot com": a provider name is required.
const SPOKEN = new RegExp(
  `(?<![\\w.+-])[a-z][\\w+-]{0,30}((?:\\s(?:dot|\\.)\\s[\\w+-]{1,30}){0,3})\\s(?:at|@)\\s(?:${alternation(cues.providers)})((?:\\s?(?:dot|\\.)\\s?(?:com|net|org|co|edu))?)(?![\\w-])`,
  'gi',
);

const ROLE = new RegExp(`^(?:${alternation(cues.roles)})(?:[._-]?\\d{0,3})?@`, 'i');
const ORGANIZATION = phraseRegex(cues.organization);
const OWN = phraseRegex(cues.own);

export default defineRule({
  id: 'phi.email',
  category: 'phi.email',
  message: 'This looks like an email address. A personal address identifies someone; remove it.',
  find({ text }) {
    const out: Match[] = [];
    for (const m of matchesOf(EMAIL, text)) {
      // feedback@, billing@, hr@: an organization's mailbox, not a person's.
      const organization = ROLE.test(m[0]) || cueBefore(text, m.index, ORGANIZATION, 40) || cueBefore(text, m.index, OWN, 14);
      out.push({ start: m.index, end: m.index + m[0].length, confidence: organization ? 0.3 : 0.9, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(BRACKETED, text)) {
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(SPOKEN, text)) {
      // "look at gmail" is not an address: it needs a spoken dot in the name or after the provider.
      if (!m[1] && !m[2]) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: 0.75, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'Patient asked me to email results to [[maria.gonzalez82@gmail.com]]',
      'his wife ([[j_smith+work@mail.example.co.uk]]) called',
      'pts who email me at 3am from [[night.owl.mom@example.net]] about fevers',
      'send the forms to [[dan.k.ortiz [at] example [dot] net]] please',
      'she said to use [[maria dot g at gmail]] for the photos',
      'her email is [[j (dot) morales (at) example (dot) com]]',
      'reach him at [[rayfish77 at yahoo dot com]]',
    ],
    pass: [
      'Email is not secure for results; use the portal',
      'Follow @DrLee on X',
      'version 2.0@beta',
      'Questions? Write to hello@example-familymed.org',
      'Now hiring hygienists! Applications go to jobs@smileworks-example.com',
      'Look at gmail for the confirmation',
      'Please email me at drjones.clinic@gmail.com for collaborations',
      'Meet us at the clinic (at) noon',
    ],
  },
});
