import { defineRule, type Match } from '../rule';
import { cueBefore, matchesOf, phraseRegex } from '../text/terms';
import labels from './data/id-labels.json';
import { labelledIds, labelRegex } from './identifier-context';

const LABEL = labelRegex(labels.device);
const DEVICE_CUE = phraseRegex(labels.deviceCue);
// A serial-looking token away from its label: letters and digits joined by a hyphen ("9C4D-20517").
const SERIAL = /(?<![A-Za-z\d-])(?=[A-Z\d-]*[A-Z])(?=[A-Z\d-]*\d)[A-Z\d]{2,8}-[A-Z\d]{3,12}(?![A-Za-z\d-])/g;

export default defineRule({
  id: 'phi.device-id',
  category: 'phi.device-id',
  message: 'This looks like a device serial number. An implant or pump serial identifies its patient; remove it.',
  find({ text }) {
    const out: Match[] = [];
    const add = (start: number, end: number, confidence: number) => {
      if (out.some((o) => o.start < end && start < o.end)) return;
      out.push({ start, end, confidence, fix: { kind: 'remove' } });
    };
    for (const hit of labelledIds(text, LABEL, 3)) add(hit.start, hit.end, 0.9);
    for (const m of matchesOf(SERIAL, text)) {
      if ((m[0].match(/\d/g) ?? []).length < 4) continue;
      // Only next to a device word: "the monitor serial … hers is 9C4D-20517".
      if (cueBefore(text, m.index, DEVICE_CUE, 90)) add(m.index, m.index + m[0].length, 0.65);
    }
    return out;
  },
  examples: {
    flag: [
      'interrogated her pacemaker today, SN [[PJN-441207]], battery fine',
      'insulin pump serial # [[HX7-220981]] keeps alarming',
      'his CGM transmitter won’t pair — the code on it is [[8G4K-22071]]',
    ],
    pass: [
      'Always record the device serial number in the chart',
      'Pacemaker clinic is on Tuesdays',
      'Stage T2N0-M0 on the staging sheet',
    ],
  },
});
