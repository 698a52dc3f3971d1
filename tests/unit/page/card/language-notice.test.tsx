// @vitest-environment happy-dom
/**
 * The "language not checked" notice (issue 15): a draft in a language Second Look does not read
 * gets a quiet line on the card (and a pill saying so), next to any identifiers still found; an
 * English or Spanish draft gets no such line. What a user would notice if this broke: a Portuguese
 * draft with no pill at all, read as "nothing to check".
 */
import { signal } from '@preact/signals';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/analyzer/types';
import { WarningCard, type CardState } from '../../../../lib/page/card/WarningCard';
import type { Anchor } from '../../../../lib/page/card/placement';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const ssn: Finding = { ruleId: 'phi.ssn', category: 'phi.ssn', start: 4, end: 15, confidence: 0.99, action: 'confirm', message: 'A Social Security number.' };
const anchor: Anchor = { editor: { left: 100, top: 100, width: 500, height: 120 }, avoid: [] };

function show(patch: Partial<CardState>) {
  const state = signal<CardState>({ findings: [], text: 'Olá SSN 219-09-9999', limited: false, collapsed: false, anchor, ...patch });
  const actions = { onToggle: vi.fn(), onExpand: vi.fn(), onApplyFix: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn(), onPostAnyway: vi.fn(), onIgnore: vi.fn(), onAllow: vi.fn(), onTurnOff: vi.fn(), onReport: vi.fn(), onUndo: vi.fn(), onReturn: vi.fn(), onTabOut: vi.fn() };
  const { container } = render(<WarningCard state={state} actions={actions} />);
  return container;
}
/** The words the card shows (drawn as generated content from data-text). */
const words = (el: Element | null) => [...(el?.querySelectorAll('[data-text]') ?? [])].map((e) => e.getAttribute('data-text')).join(' ');

describe('language notice', () => {
  it('shows the card with the notice for a draft in another language, even with nothing found', () => {
    const c = show({ otherLanguage: 'Portuguese' });
    const notice = c.querySelector('[data-language-notice]');
    expect(words(notice)).toBe('Second Look checks English and Spanish; this draft looks like Portuguese — numbers and IDs are still checked.');
    expect(words(c.querySelector('.card header'))).toContain('language not checked');
    expect(c.querySelector('.pill')?.getAttribute('aria-label')).toContain('looks like Portuguese');
  });

  it('keeps the identifiers found next to the notice', () => {
    const c = show({ otherLanguage: 'French', findings: [ssn] });
    expect(c.querySelectorAll('.card li').length).toBe(1);
    expect(words(c.querySelector('[data-language-notice]'))).toContain('looks like French');
    expect(words(c.querySelector('.card header'))).toContain('1 thing to check');
  });

  it('says nothing about language for a draft it reads', () => {
    const c = show({ findings: [ssn] });
    expect(c.querySelector('[data-language-notice]')).toBeNull();
  });
});
