/** What the welcome page lists as set by the organization: plain words, no list contents. */
import { describe, expect, it } from 'vitest';
import { managedSummary } from '../../../components/managed-summary';
import { DEFAULT_POLICY } from '../../../lib/policy/defaults';

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
      'Own names: 2 entries',
      'Keep decision log: On',
    ]);
    // A list's entries are not repeated on the page, only how many there are.
    expect(JSON.stringify(lines)).not.toContain('Dr. Example');
  });
  it('is empty when nothing is managed', () => {
    expect(managedSummary(DEFAULT_POLICY, [])).toEqual([]);
  });
});
