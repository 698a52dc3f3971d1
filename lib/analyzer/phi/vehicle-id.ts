import { defineRule, type Match } from '../rule';
import { hasMatch, matchesOf, phraseRegex } from '../text/terms';
import labels from './data/id-labels.json';
import { labelledIds, labelRegex } from './identifier-context';

const PLATE_LABEL = labelRegex(labels.plate);
// Used with .test(): no global flag, so no lastIndex carried from one draft to the next.
const VIN_LABEL = phraseRegex(labels.vin, 'i');
// A plate: 2–8 letters and digits, optionally split once by a space or hyphen ("MX7 2281").
const PLATE = /[A-Z\d]{1,4}[ -]?[A-Z\d]{1,5}(?![A-Za-z\d])/y;
// VINs never use I, O or Q.
const VIN = /(?<![A-Z\d])[A-HJ-NPR-Z\d]{17}(?![A-Z\d])/g;
const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((c, i) => [c, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][i] ?? 0]),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN check digit (position 9). */
export function vinValid(vin: string): boolean {
  if (vin.length !== 17) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i] ?? '';
    sum += (/\d/.test(c) ? Number(c) : (VIN_VALUES[c] ?? 0)) * (VIN_WEIGHTS[i] ?? 0);
  }
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return vin[8] === check;
}

export default defineRule({
  id: 'phi.vehicle-id',
  category: 'phi.vehicle-id',
  message: 'This looks like a license plate or VIN. It can identify a patient or their family; remove it.',
  find({ text }) {
    const out: Match[] = [];
    for (const hit of labelledIds(text, PLATE_LABEL, 1, PLATE)) {
      // A plate mixes letters and digits or is mostly digits; "tag TEAM" is not a plate.
      if (!/\d/.test(hit.id) || hit.id.replace(/[ -]/g, '').length < 4) continue;
      out.push({ start: hit.start, end: hit.end, confidence: 0.85, fix: { kind: 'remove' } });
    }
    for (const m of matchesOf(VIN, text)) {
      if (!/\d/.test(m[0]) || !/[A-Z]/.test(m[0])) continue;
      const labelled = hasMatch(VIN_LABEL, text.slice(Math.max(0, m.index - 40), m.index));
      if (!labelled && !vinValid(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, confidence: labelled ? 0.95 : 0.85, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'whoever owns the silver Civic, plate [[7KLM204]], your husband is asking for you',
      'the grey minivan (plate [[TX 4471]]) by the loading dock is owned by someone on 4 West',
      'VIN [[1HGCM82633A004352]] from the crash report',
      'the truck from the rollover, [[1HGCM82633A004352]], was towed',
    ],
    pass: [
      'Please do not park in the ambulance bay',
      'Name tag TEAM LEAD on every badge',
      'Plates are in the break room',
      'Order 1HGCM82633A004353 shipped',
    ],
  },
});
