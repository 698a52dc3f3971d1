// @vitest-environment happy-dom
/**
 * Problems with settings and imported files in the interface's language (issue 15): lib/policy
 * writes each problem in English (what an administrator and the exported file read) beside a
 * stable code; the options page and popup word it. In a Spanish browser none is left in English;
 * in English it says what the sentence says, naming the field as the page does.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Problems } from '../../../components/PolicyControls';
import { fieldLabel, problemText } from '../../../components/policy-labels';
import { setTranslator } from '../../../lib/i18n';
import { POLICY_FORMAT, readPolicy } from '../../../lib/policy/migrate';
import { FIELDS, problem, validatePatch, type Problem, type ProblemCode } from '../../../lib/policy/schema';
import { translator } from '../i18n/catalog';

afterEach(() => {
  cleanup();
  setTranslator(translator('en'));
});

const ALL_CODES: ProblemCode[] = [
  'not-one-of', 'not-boolean', 'not-number', 'not-list', 'clamped', 'entry-not-text', 'entry-skipped', 'kept-first', 'unknown-setting', 'not-group',
  'policy-not-object', 'settings-not-object', 'no-migration', 'newer-version', 'settings-unreadable', 'file-not-json', 'managed',
];

/** One or more problems of every code, as lib/policy and the background make them. */
function problems(): Problem[] {
  const bad = validatePatch({
    sensitivity: 'extreme',
    sites: { x: 'yes' },
    debounceMs: 'soon',
    decisionLog: { retentionDays: 99999 },
    allowList: { names: 'Dr Lee', phones: [42], addresses: ['x'], websites: Array.from({ length: 51 }, (_, i) => `site${i}.org`) },
    denyList: { patterns: ['(a+)+$'] },
    actions: { 'phi.nope': 'warn' },
    checksOff: 5,
    colour: 'red',
  }).problems;
  return [
    ...bad,
    ...validatePatch(5).problems,
    ...readPolicy(5).problems,
    ...readPolicy({}, {}, 1).problems,
    ...readPolicy({ format: POLICY_FORMAT, version: 99, policy: {} }).problems,
    // The background's own (lib/browser/policy-service.ts) and the page's for a locked key (page-state.ts).
    problem('settings-unreadable', 'Your settings could not be read; using the defaults.'),
    problem('file-not-json', 'That file is not valid JSON; nothing was changed.'),
    problem('managed', '“actions.phi.ssn” is managed by your organization, so your change was not applied.', ['actions.phi.ssn']),
  ];
}

describe('problems with settings and imported files', () => {
  it('cover every code, and in English say what the sentence says, naming a field as the page does', () => {
    const all = problems();
    expect(new Set(all.map((p) => p.code))).toEqual(new Set(ALL_CODES));
    for (const p of all) {
      const text = problemText(p);
      expect(text, p.reason).not.toMatch(/^prob_/);
      const key = p.subs?.[0];
      if (typeof key === 'string' && p.reason.includes(`(${key}): `)) {
        // "Check delay (ms) (debounceMs): expected a number…": the field named by the page's label, then the same words.
        expect(text).toBe(`${fieldLabel(key)} (${key}): ${p.reason.slice(p.reason.indexOf(`(${key}): `) + key.length + 4)}`);
      } else if (p.code !== 'managed') {
        expect(text).toBe(p.reason);
      }
    }
    expect(problemText(all.find((p) => p.code === 'managed')!)).toBe('Social Security number (actions.phi.ssn): managed by your organization, so your change was not applied.');
  });

  it('read in Spanish in a Spanish browser, keeping keys and values as written', () => {
    const all = problems();
    setTranslator(translator('es'));
    for (const p of all) {
      const text = problemText(p);
      expect(text, p.reason).not.toBe(p.reason);
      expect(text, p.reason).not.toMatch(/^prob_|using the default|Ignored|skipped|expected a|is outside|kept the first|not valid|managed by|entries must|could not/);
    }
    const by = (code: ProblemCode) => problemText(all.find((p) => p.code === code)!);
    expect(by('not-one-of')).toBe('Sensibilidad (sensitivity): «extreme» no es ninguno de estos valores: low, balanced, high; se usa el valor predeterminado.');
    expect(by('clamped')).toBe('Conservar las entradas durante (días) (decisionLog.retentionDays): 99999 está fuera del rango de 1 a 3650; se usa 3650.');
    expect(by('unknown-setting')).toBe('Se ignoró el ajuste desconocido «actions.phi.nope».');
    expect(by('file-not-json')).toBe('Ese archivo no es JSON válido; no se cambió nada.');
    expect(by('managed')).toBe('Número de Seguro Social (actions.phi.ssn): lo gestiona su organización, así que su cambio no se aplicó.');
    const pattern = problemText(all.find((p) => p.code === 'entry-skipped' && p.subs?.[0] === 'denyList.patterns')!);
    expect(pattern).toMatch(/^Formatos de número de historia clínica \(denyList\.patterns\): se omitió «\(a\+\)\+\$»: /);
  });

  it('name every setting in Spanish, never by the English title the managed schema keeps', () => {
    setTranslator(translator('es'));
    for (const f of FIELDS) {
      const label = fieldLabel(f.key);
      expect(label, f.key).not.toBe(f.title);
      expect(label, f.key).not.toMatch(/^[a-z]+_/);
    }
  });

  it('are listed on the options page in the interface’s language, with the page’s own lines as they are', () => {
    setTranslator(translator('es'));
    const { container } = render(<Problems problems={[...readPolicy(5).problems, 'Línea propia de la página.']} title="Al importar:" />);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'La configuración no es un objeto; se usan los valores predeterminados.',
      'Línea propia de la página.',
    ]);
  });
});
