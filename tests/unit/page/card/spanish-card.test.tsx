// @vitest-environment happy-dom
/**
 * The card in a browser whose language is Spanish (issue 15): every word it draws comes from the
 * Spanish catalog. What a user would notice if this broke: English buttons around a Spanish card.
 */
import { signal } from '@preact/signals';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/analyzer/types';
import { setTranslator } from '../../../../lib/i18n';
import { WarningCard, type CardState } from '../../../../lib/page/card/WarningCard';
import type { Anchor } from '../../../../lib/page/card/placement';
import { translator } from '../../i18n/catalog';

beforeEach(() => setTranslator(translator('es')));
afterEach(() => {
  cleanup();
  setTranslator(translator('en'));
});

const text = 'Mi paciente de 34 años, SSN 219-09-9999.';
const age: Finding = { ruleId: 'phi.age', category: 'phi.age', start: 15, end: 22, confidence: 0.9, action: 'warn', message: 'Una edad junto a otros datos puede identificar al paciente.', fix: { kind: 'replace', replacement: 'de unos 30' }, lang: 'es' };
const ssn: Finding = { ruleId: 'phi.ssn', category: 'phi.ssn', start: 28, end: 39, confidence: 0.99, action: 'confirm', message: 'Un número de Seguro Social.', fix: { kind: 'remove' }, lang: 'es' };
const anchor: Anchor = { editor: { left: 100, top: 100, width: 500, height: 120 }, avoid: [] };

function show(patch: Partial<CardState> = {}) {
  const state = signal<CardState>({ findings: [age, ssn], text, limited: false, collapsed: false, anchor, surfaceName: 'Facebook post', siteLabel: 'Facebook', ...patch });
  const actions = { onToggle: vi.fn(), onExpand: vi.fn(), onApplyFix: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn(), onPostAnyway: vi.fn(), onIgnore: vi.fn(), onAllow: vi.fn(), onTurnOff: vi.fn(), onReport: vi.fn(), onUndo: vi.fn(), onReturn: vi.fn(), onTabOut: vi.fn() };
  return render(<WarningCard state={state} actions={actions} />).container;
}
const words = (el: Element | null) => [...(el?.querySelectorAll('[data-text]') ?? [])].map((e) => e.getAttribute('data-text')).join(' ');

describe('the card in Spanish', () => {
  it('names the count, categories, levels, fixes and answers in Spanish', () => {
    const c = show();
    expect(words(c.querySelector('.card header'))).toContain('Second Look · 2 cosas que revisar');
    const all = words(c.querySelector('.card'));
    for (const w of ['Edad de paciente', 'Número de Seguro Social', 'Aviso', 'Preguntar antes de publicar', 'Reemplazar por «de unos 30»', 'Quitarlo', 'Ignorar esta vez', 'Permitir siempre', 'Desactivar en Facebook', 'Informar de una falsa alarma', 'Ocultar', 'Revisado en su equipo · publicación de Facebook']) {
      expect(all).toContain(w);
    }
    expect(all).not.toMatch(/Ignore once|Hide|things to check/);
    expect(c.querySelector('.pill')?.getAttribute('aria-label')).toBe('Second Look: 2 cosas que revisar. Ver detalles');
  });

  it('asks before a held post in Spanish', () => {
    const c = show({ hold: 'confirm' });
    expect(words(c.querySelector('.card [role=alert]'))).toBe('Esta publicación podría compartir algo que no debería. Edítela o publíquela tal como está.');
    expect(words(c.querySelector('.hold-actions'))).toBe('Editar la publicación Publicar de todos modos');
  });

  it('writes long counts the Spanish way', () => {
    const c = show({ unchecked: 12_345 });
    expect(words(c.querySelector('[data-unchecked]'))).toContain('los últimos 12.345 no');
  });

  it('names the language it does not read in Spanish', () => {
    const c = show({ findings: [], otherLanguage: 'Portuguese' });
    expect(words(c.querySelector('[data-language-notice]'))).toBe('Second Look revisa inglés y español; este borrador parece estar en portugués. Los números y los identificadores sí se revisan.');
    expect(words(c.querySelector('.card header'))).toContain('idioma no revisado');
    const other = show({ findings: [], otherLanguage: 'another language' });
    expect(words(other.querySelector('[data-language-notice]'))).toContain('parece estar en otro idioma');
  });
});
