// @vitest-environment happy-dom
/**
 * The card's placement as the user sees it: beside the editor when there is room, the compact
 * pill in its place when there is none, and the card in the middle of the viewport when the user
 * asked for it or a post is held — never hidden then. Sizes are given (happy-dom lays nothing out).
 */
import { signal } from '@preact/signals';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../../lib/analyzer/types';
import { WarningCard, type CardState } from '../../../../lib/page/card/WarningCard';
import type { Anchor } from '../../../../lib/page/card/placement';

const VW = 1280;
const VH = 720;

beforeEach(() => {
  Object.defineProperty(document.documentElement, 'clientWidth', { value: VW, configurable: true });
  Object.defineProperty(document.documentElement, 'clientHeight', { value: VH, configurable: true });
  Object.defineProperty(window, 'innerWidth', { value: VW, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: VH, configurable: true });
  const size = (el: HTMLElement) => (el.classList.contains('pill') ? { w: 30, h: 22 } : el.classList.contains('card') ? { w: 360, h: 200 } : { w: 0, h: 0 });
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) { return size(this).w; });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) { return size(this).h; });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const finding: Finding = { ruleId: 'phi.ssn', category: 'phi.ssn', start: 4, end: 15, confidence: 0.99, action: 'confirm', message: 'A Social Security number.' };
const roomy: Anchor = { editor: { left: 100, top: 100, width: 500, height: 120 }, avoid: [] };
/** An editor that fills the viewport: the card has nowhere to go beside it. */
const cramped: Anchor = { editor: { left: 0, top: 0, width: VW, height: VH }, avoid: [] };

function show(patch: Partial<CardState>) {
  const state = signal<CardState>({ findings: [finding], text: 'SSN 219-09-9999', limited: false, collapsed: false, anchor: roomy, ...patch });
  const actions = { onToggle: vi.fn(), onExpand: vi.fn(), onApplyFix: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn(), onPostAnyway: vi.fn(), onIgnore: vi.fn(), onAllow: vi.fn(), onTurnOff: vi.fn(), onReport: vi.fn(), onUndo: vi.fn() };
  const { container } = render(<WarningCard state={state} actions={actions} />);
  const card = () => container.querySelector<HTMLElement>('.card');
  const pill = container.querySelector<HTMLElement>('.pill')!;
  return { state, card, pill };
}

describe('WarningCard placement', () => {
  it('shows the card below the editor and hides the pill when there is room', async () => {
    const { card, pill } = show({});
    await vi.waitFor(() => expect(card()?.style.top).toBe('228px'));
    expect(card()!.style.left).toBe('100px');
    expect(card()!.style.display).toBe('');
    expect(pill.style.display).toBe('none');
  });

  it('shows the pill in the editor corner instead of a card that has no room', async () => {
    const { card, pill } = show({ anchor: cramped });
    await vi.waitFor(() => expect(pill.style.left).toBe(`${VW - 30 - 4}px`));
    expect(card()!.style.display).toBe('none');
    expect(pill.style.display).toBe('');
    expect(pill.style.top).toBe(`${VH - 22 - 4}px`);
  });

  it('centres a held post\'s card rather than hiding it when there is no room', async () => {
    const { card, pill } = show({ anchor: cramped, hold: 'confirm' });
    await vi.waitFor(() => expect(card()?.style.left).toBe(`${(VW - 360) / 2}px`));
    expect(card()!.style.top).toBe(`${(VH - 200) / 2}px`);
    expect(card()!.style.display).toBe('');
    expect(pill.style.display).toBe('none');
  });

  it('follows the editor when it moves, and hides everything when nothing is flagged', async () => {
    const { state, card, pill } = show({});
    await vi.waitFor(() => expect(card()?.style.top).toBe('228px'));
    state.value = { ...state.value, anchor: { ...roomy, editor: { ...roomy.editor, top: 150 } } };
    await vi.waitFor(() => expect(card()?.style.top).toBe('278px'));
    state.value = { ...state.value, collapsed: true };
    await vi.waitFor(() => expect(pill.style.top).toBe(`${150 + 120 - 22 - 4}px`));
    expect(pill.style.display).toBe('');
    expect(card()).toBeNull();
    state.value = { ...state.value, findings: [] };
    await vi.waitFor(() => expect(pill.style.display).toBe('none'));
  });
});
