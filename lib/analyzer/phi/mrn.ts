import { defineRule, type Match } from '../rule';
import { alternation } from '../text/terms';
import labels from './data/mrn-labels.json';

// A label, an optional ":" / "#" / "is" / "no.", then an identifier of 4–15 characters that
// holds at least four digits. Each piece is a bounded, unambiguous quantifier: linear time.
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(labels)})` +
    `(?:\\s*(?:#|:|\\.|no\\.?|number|is|was|=|es|n[uú]mero|n[uú]m\\.?|n\\.?º|del?|el)){0,3}\\s*` +
    `([A-Z]{0,3}[-]?\\d[\\d-]{3,14}[A-Z]?)(?![\\p{L}\\p{N}])`,
  'giu',
);

export default defineRule({
  id: 'phi.mrn',
  category: 'phi.mrn',
  message: 'This looks like a medical record number. Remove it: it points straight to a patient’s chart.',
  find({ text }) {
    const out: Match[] = [];
    const re = new RegExp(LABELLED.source, LABELLED.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const id = m[1] ?? '';
      if ((id.match(/\d/g) ?? []).length < 4) continue;
      const start = m.index + m[0].length - id.length;
      out.push({ start, end: start + id.length, confidence: 0.95, fix: { kind: 'remove' } });
    }
    return out;
  },
  examples: {
    flag: [
      'MRN [[00482913]] needs a new consent',
      'med rec #: [[A-4471902]]',
      'Patient ID is [[KP-20384]] per the label',
      'chart no. [[2024-11873]], bed 4',
      'la señora de la cama 4, expediente [[4471823]], pide su receta',
      'Se busca a su familia: exp. [[3320918]]',
    ],
    pass: [
      'Always check the MRN against the wristband',
      'Update your medical record before the visit',
      'Patient ID bands save lives',
      'FIN aid deadline is next week',
      'Traiga su expediente a la cita',
    ],
  },
});
