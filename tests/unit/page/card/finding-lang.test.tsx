// @vitest-environment happy-dom
/**
 * A finding's reason in a language other than the card's carries `lang` (issue 15): a Spanish
 * sentence's reason on an English card is marked lang="es", an English sentence's on a Spanish
 * card lang="en", so a screen reader reads each with the right voice. The analyzer marks the
 * Spanish ones (lib/analyzer/localize.ts); the card compares with its own language.
 */
import { signal } from '@preact/signals';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, DEFAULT_ANALYZER_POLICY } from '../../../../lib/analyzer';
import type { Finding } from '../../../../lib/analyzer/types';
import { setTranslator } from '../../../../lib/i18n';
import { WarningCard, type CardState } from '../../../../lib/page/card/WarningCard';
import type { Anchor } from '../../../../lib/page/card/placement';
import { translator } from '../../i18n/catalog';

afterEach(() => {
  cleanup();
  setTranslator(translator('en'));
});

const anchor: Anchor = { editor: { left: 100, top: 100, width: 500, height: 120 }, avoid: [] };
const text = 'Mi paciente de 34 años vino hoy. My patient in bed 4 is 34 years old.';
const es: Finding = { ruleId: 'phi.age', category: 'phi.age', start: 15, end: 22, confidence: 0.9, action: 'warn', message: 'Una edad junto a otros datos puede identificar al paciente.', fix: { kind: 'replace', replacement: 'de unos 30' }, lang: 'es' };
const en: Finding = { ruleId: 'phi.age', category: 'phi.age', start: 56, end: 68, confidence: 0.9, action: 'warn', message: 'An age next to other details can identify a patient.', fix: { kind: 'replace', replacement: 'in their 30s' } };

function show(findings: Finding[]) {
  const state = signal<CardState>({ findings, text, limited: false, collapsed: false, anchor, surfaceName: 'Facebook post', siteLabel: 'Facebook' });
  const actions = { onToggle: vi.fn(), onExpand: vi.fn(), onApplyFix: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn(), onPostAnyway: vi.fn(), onIgnore: vi.fn(), onAllow: vi.fn(), onTurnOff: vi.fn(), onReport: vi.fn(), onUndo: vi.fn(), onReturn: vi.fn(), onTabOut: vi.fn() };
  return render(<WarningCard state={state} actions={actions} />).container;
}
const messages = (c: Element) => [...c.querySelectorAll('li[data-category] p.message')].map((p) => ({ lang: p.getAttribute('lang'), text: p.querySelector('[data-text]')?.getAttribute('data-text') }));

describe('a finding’s reason in another language than the card’s', () => {
  it('is marked lang="es" on an English card, and an English one is not marked', () => {
    const c = show([es, en]);
    expect(c.querySelector('.card')?.getAttribute('lang')).toBe('en');
    expect(messages(c)).toEqual([
      { lang: 'es', text: es.message },
      { lang: null, text: en.message },
    ]);
    // The suggested words too, inside the English button.
    const fixes = [...c.querySelectorAll('button[data-fix]')];
    expect(fixes[0]?.querySelector('[data-fix-words]')?.getAttribute('lang')).toBe('es');
    expect(fixes[0]?.querySelector('[data-fix-words] [data-text]')?.getAttribute('data-text')).toBe('de unos 30');
    expect(fixes[0]?.getAttribute('aria-label')).toBe('Replace with “de unos 30”');
    expect(fixes[1]?.querySelector('[data-fix-words]')).toBeNull();
  });

  it('is marked lang="en" on a Spanish card, and a Spanish one is not marked', () => {
    setTranslator(translator('es'));
    const c = show([es, en]);
    expect(c.querySelector('.card')?.getAttribute('lang')).toBe('es');
    expect(messages(c).map((m) => m.lang)).toEqual([null, 'en']);
    const words = [...c.querySelectorAll('button[data-fix]')][1]?.querySelector('[data-fix-words]');
    expect(words?.getAttribute('lang')).toBe('en');
    expect(words?.parentElement?.textContent).toBe('');
  });

  it('is marked by the analyzer: a Spanish sentence’s findings carry lang "es", an English one’s none', () => {
    const findings = analyze('Mi paciente de 34 años llegó hoy con su mamá. My patient in bed 4 is 34 years old.', { surface: 'post' }, DEFAULT_ANALYZER_POLICY);
    const spanish = findings.filter((f) => f.start < 45);
    const english = findings.filter((f) => f.start >= 46);
    expect(spanish.length).toBeGreaterThan(0);
    expect(english.length).toBeGreaterThan(0);
    for (const f of spanish) expect(f.lang, f.message).toBe('es');
    for (const f of english) expect(f.lang, f.message).toBeUndefined();
  });
});
