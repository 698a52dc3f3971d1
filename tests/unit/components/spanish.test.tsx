// @vitest-environment happy-dom
/**
 * The pages' components in a browser whose language is Spanish (issue 15): given the Spanish
 * catalog they say everything in Spanish. What a user would notice if this broke: English
 * controls on a Spanish options page or audit report.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditReport } from '../../../components/AuditReport';
import { ActionSelect, ListEditor, LockNote, Toggle } from '../../../components/PolicyControls';
import { managedSummary } from '../../../components/managed-summary';
import { buildReport, type AuditItem } from '../../../lib/audit';
import { setTranslator } from '../../../lib/i18n';
import { DEFAULT_POLICY } from '../../../lib/policy/defaults';
import { HARMLESS_POST, PHI_POST } from '../audit/exports';
import { translator } from '../i18n/catalog';

beforeEach(() => setTranslator(translator('es')));
afterEach(() => {
  cleanup();
  setTranslator(translator('en'));
});

describe('components in Spanish', () => {
  it('the policy controls: levels, the lock note and the list editor', () => {
    const { container } = render(
      <>
        <ActionSelect category="phi.ssn" value="block" locked={true} onChange={() => {}} />
        <Toggle id="t" label="x" checked={true} locked={true} onChange={() => {}} />
        <ListEditor fieldKey="allowList.names" label="Sus nombres" hint="Su nombre." value={[]} locked={false} onSave={async () => {}} />
        <LockNote id="n" />
      </>,
    );
    expect(screen.getByLabelText('Número de Seguro Social')).toBeTruthy();
    const options = [...container.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['Desactivado', 'Sugerencia', 'Aviso', 'Preguntar antes de publicar', 'Bloquear la publicación']);
    expect(container.textContent).toContain('Gestionado por su organización');
    expect(container.textContent).toContain('Uno por línea.');
    expect(screen.getByRole('button', { name: 'Guardar sus nombres' })).toBeTruthy();
  });

  it('what the organization set', () => {
    const effective = structuredClone(DEFAULT_POLICY);
    effective.sites.linkedin = false;
    effective.actions['phi.ssn'] = 'block';
    const lines = managedSummary(effective, ['actions.phi.ssn', 'sites.linkedin', 'sensitivity']);
    expect(lines.map((l) => `${l.label}: ${l.value}`)).toEqual([
      'Número de Seguro Social: Bloquear la publicación',
      'Revisar borradores en LinkedIn: Desactivado',
      'Sensibilidad: Equilibrada',
    ]);
  });

  it('the audit report', () => {
    const items: AuditItem[] = [
      { platform: 'x', kind: 'reply', text: PHI_POST, date: '2019-03-01T10:00:00.000Z', account: '@drvega', link: 'https://x.com/drvega/status/1', file: 'data/tweets.js' },
      { platform: 'facebook', kind: 'post', text: HARMLESS_POST, date: '2021-02-01T10:00:00.000Z', file: 'posts_1.json' },
    ];
    const notes = [{ text: 'X: 3 reposts ("RT @…") not checked: not the account\'s own words.', code: 'x-reposts' as const, subs: [3] }];
    const report = buildReport({ items, skipped: [], notes, platforms: ['x', 'facebook'], accounts: {} });
    const { container } = render(<AuditReport report={report} onExport={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Se revisaron 2 elementos; 1 con un aviso o más.');
    for (const w of ['Informe', 'Por categoría', 'Por año', 'Por cuenta', 'Exportar CSV', 'Elementos señalados', 'Por qué']) expect(container.textContent).toContain(w);
    for (const w of ['respuesta en X', 'Facebook (cuenta sin nombre)', 'X: 3 republicaciones ("RT @…") no se revisaron']) expect(container.textContent).toContain(w);
    expect(container.textContent).not.toMatch(/Flagged items|Export CSV|By year|X reply|account not named|not checked/);
  });
});
