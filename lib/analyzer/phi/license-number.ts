import { defineRule, type Match } from '../rule';
import { cueBefore, phraseRegex } from '../text/terms';
import labels from './data/id-labels.json';
import { labelledIds, labelRegex } from './identifier-context';

const LABEL = labelRegex(labels.license);
const OWN = phraseRegex(labels.own);
const DEA = /^[A-Z]{2}\d{7}$/;
// Upper-case letters and digits with inner hyphens, after an optional state code ("DL TX 44120931").
const LICENSE_TOKEN = /(?:[A-Z]{2}\s)?[A-Z\d](?:[A-Z\d]|-(?=[A-Z\d])){3,24}(?![A-Za-z\d-])/y;

/** DEA registration check digit: (d1+d3+d5) + 2·(d2+d4+d6), last digit equals d7. */
export function deaValid(id: string): boolean {
  if (!DEA.test(id)) return false;
  const d = id.slice(2).split('').map(Number);
  const sum = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + 2 * ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0));
  return sum % 10 === d[6];
}

export default defineRule({
  id: 'phi.license-number',
  category: 'phi.license-number',
  message: 'This looks like a license or certificate number. A patient’s license number identifies them; remove it.',
  find({ text }) {
    const out: Match[] = [];
    for (const hit of labelledIds(text, LABEL, 4, LICENSE_TOKEN)) {
      const label = text.slice(hit.labelStart, hit.start).toLowerCase();
      // A prescriber's DEA number is not a patient's identifier; keep it as a hint when valid.
      if (/^dea/.test(label)) {
        if (deaValid(hit.id.toUpperCase())) out.push({ start: hit.start, end: hit.end, confidence: 0.4, fix: { kind: 'remove' } });
        continue;
      }
      const own = cueBefore(text, hit.labelStart, OWN, 12);
      out.push({ start: hit.start, end: hit.end, confidence: own ? 0.3 : 0.85, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'found a wallet, DL# [[D442-1187-0931]], in the ED waiting room',
      'heads up HR: our patient’s RN license # [[RN-558120]] was on her intake form',
      'his driver’s license number is [[S530-4471-2290]]',
      'Passport [[X12345678]] left at registration',
      'DL [[TX 44120931]] for the pt found unresponsive',
    ],
    pass: [
      'Licensed in Ohio, Kentucky and Indiana',
      'Renew your license before the deadline',
      'My license # RN-220014 is public on the board site',
      'Our NPI 1326047195 and tax ID are on the invoice',
      'Got my license in 2019 and never looked back',
    ],
  },
});
