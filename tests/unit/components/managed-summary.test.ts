/** What the welcome page lists as set by the organization: plain words, no list contents. */
import { describe, expect, it } from 'vitest';
import { managedSummary } from '../../../components/managed-summary';
import { DEFAULT_POLICY } from '../../../lib/policy/defaults';
import { FIELDS } from '../../../lib/policy/schema';
import { setTranslator } from '../../../lib/i18n';
import { settingLabel } from '../../../components/policy-labels';
import { translator } from '../i18n/catalog';

describe('managedSummary', () => {
  it('names each locked setting and its value in the user’s words', () => {
    const effective = structuredClone(DEFAULT_POLICY);
    effective.actions['phi.ssn'] = 'block';
    effective.sites.linkedin = false;
    effective.sensitivity = 'high';
    effective.allowList.names = ['Dr. Example One', 'Dr. Example Two'];
    effective.decisionLog.enabled = true;
    const lines = managedSummary(effective, ['actions.phi.ssn', 'sites.linkedin', 'sensitivity', 'allowList.names', 'decisionLog.enabled', 'no.such.key']);
    expect(lines.map((l) => `${l.label}: ${l.value}`)).toEqual([
      expect.stringMatching(/Social Security number.*: Block posting$/i),
      'Check drafts on LinkedIn: Off',
      'Sensitivity: High',
      'Your names: 2 entries',
      'Keep decision log: On',
    ]);
    // A list's entries are not repeated on the page, only how many there are.
    expect(JSON.stringify(lines)).not.toContain('Dr. Example');
  });
  it('is empty when nothing is managed', () => {
    expect(managedSummary(DEFAULT_POLICY, [])).toEqual([]);
  });

  it('names every setting in Spanish in a Spanish browser', () => {
    setTranslator(translator('es'));
    try {
      const effective = structuredClone(DEFAULT_POLICY);
      const lines = managedSummary(effective, ['denyList.patterns', 'photoText', 'decisionLog.timePrecision', 'decisionLog.retentionDays']);
      expect(lines.map((l) => `${l.label}: ${l.value}`)).toEqual([
        'Formatos de número de historia clínica: 0 entradas',
        'Leer el texto de las fotos adjuntas: Activado',
        expect.stringMatching(/: La hora$/),
        expect.stringMatching(/^Conservar las entradas durante \(días\): \d/),
      ]);
      // Every setting that is not a category, a site or the sensitivity has a Spanish name.
      setTranslator(translator('en'));
      const english = new Map(FIELDS.map((f) => [f.key, settingLabel(f.key)]));
      setTranslator(translator('es'));
      for (const f of FIELDS.filter((x) => !/^(?:actions|sites)\.|^sensitivity$/.test(x.key))) expect(settingLabel(f.key), f.key).not.toBe(english.get(f.key));
    } finally {
      setTranslator(translator('en'));
    }
  });
});
