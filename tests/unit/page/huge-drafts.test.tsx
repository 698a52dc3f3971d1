// @vitest-environment happy-dom
/**
 * Huge drafts never freeze the page (issue 12): only findings on screen are measured and drawn
 * (at most MAX_UNDERLINES, found by binary search), the card lists at most MAX_LISTED with a line
 * for the rest, and a draft past MAX_CHECKED_LENGTH is checked up to there, with the card saying
 * how much was not. happy-dom lays nothing out, so boxes are given.
 */
import { signal } from '@preact/signals';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/analyzer/types';
import { drawable, MAX_UNDERLINES } from '../../../lib/page/checker';
import { Controller } from '../../../lib/page/controller';
import { listed, MAX_LISTED, WarningCard, type CardState } from '../../../lib/page/card/WarningCard';
import { MAX_CHECKED_LENGTH } from '../../../lib/protocol';

afterEach(cleanup);

const LINE = 20;
/** Finding i sits alone on line i of a tall editor: its box is 20 px high at top i * 20. */
function lines(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: 'phi.ssn', category: 'phi.ssn', start: i * 10, end: i * 10 + 5, confidence: 0.9, action: 'warn', message: 'SSN.',
  }));
}
const boxOf = (f: Finding) => [{ left: 10, top: (f.start / 10) * LINE, width: 40, height: LINE }];

describe('drawable: underlines for what is on screen only', () => {
  it('measures about log2(n) findings plus the visible ones, whatever the draft’s length', () => {
    const findings = lines(20_000);
    const measured = vi.fn(boxOf);
    const out = drawable(findings, measured, { left: 0, top: 100_000, right: 800, bottom: 100_600 });
    // Lines 5000..5029 are on screen.
    expect(out).toHaveLength(30);
    expect(out[0]!.boxes[0]!.top).toBe(100_000);
    expect(measured.mock.calls.length).toBeLessThan(30 + 2 * Math.ceil(Math.log2(20_000)) + 2);
  });
  it('draws at most MAX_UNDERLINES even when more are on screen, cut to the visible box', () => {
    const out = drawable(lines(1000), boxOf, { left: 0, top: 0, right: 30, bottom: 20_000 });
    expect(out).toHaveLength(MAX_UNDERLINES);
    expect(out[0]!.boxes[0]).toEqual({ left: 10, top: 0, width: 20, height: LINE });
  });
  it('finds them in any order the analyzer returns them, and nothing for an editor off screen', () => {
    const shuffled = lines(100).reverse();
    expect(drawable(shuffled, boxOf, { left: 0, top: 200, right: 800, bottom: 260 }).map((u) => u.boxes[0]!.top)).toEqual([200, 220, 240]);
    expect(drawable(lines(100), boxOf, { left: 0, top: 300, right: 800, bottom: 300 })).toEqual([]);
  });
});

describe('the card of a very long draft', () => {
  function card(patch: Partial<CardState>) {
    const state = signal<CardState>({ findings: [], text: 'x'.repeat(20_000), limited: false, collapsed: false, anchor: { editor: { left: 0, top: 0, width: 500, height: 100 }, avoid: [] }, ...patch });
    const actions = { onToggle: vi.fn(), onExpand: vi.fn(), onApplyFix: vi.fn(), onEdit: vi.fn(), onDismiss: vi.fn(), onPostAnyway: vi.fn(), onIgnore: vi.fn(), onAllow: vi.fn(), onTurnOff: vi.fn(), onReport: vi.fn(), onUndo: vi.fn(), onReturn: vi.fn(), onTabOut: vi.fn() };
    return render(<WarningCard state={state} actions={actions} />).container;
  }
  it('lists MAX_LISTED findings, the most serious first, and says how many more there are', () => {
    const findings = lines(1290);
    findings[1200] = { ...findings[1200]!, action: 'block', ruleId: 'phi.mrn', category: 'phi.mrn' };
    const shown = listed(findings);
    expect(shown).toHaveLength(MAX_LISTED);
    expect(shown).toContain(findings[1200]);
    expect(shown.map((f) => f.start)).toEqual([...shown.map((f) => f.start)].sort((a, b) => a - b)); // text order
    const c = card({ findings });
    expect(c.querySelectorAll('li')).toHaveLength(MAX_LISTED);
    expect(c.querySelector('[data-more] [data-text]')!.getAttribute('data-text')).toBe('and 1,240 more — the draft is very long');
  });
  it('says what was not checked, even with nothing found', () => {
    const c = card({ unchecked: 140_512 });
    expect(c.querySelector('[data-unchecked] [data-text]')!.getAttribute('data-text')).toBe('Only the first 100,000 characters of this very long draft were checked; the last 140,512 were not.');
  });
});

describe('a draft past MAX_CHECKED_LENGTH', () => {
  it('is sent for checking up to MAX_CHECKED_LENGTH only', async () => {
    document.body.innerHTML = '<textarea id="ed"></textarea>';
    const ed = document.getElementById('ed') as HTMLTextAreaElement;
    const sent: number[] = [];
    const controller = new Controller({
      doc: document, site: 'other', debounceMs: 0, logDecision: () => undefined, answer: async () => ({ applied: true, notice: 'turned-off' as const }),
      analyze: async (text) => {
        sent.push(text.length);
        return { findings: [] };
      },
    });
    ed.focus();
    ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    ed.value = 'word '.repeat(50_000);
    ed.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(sent).toContain(MAX_CHECKED_LENGTH));
    expect(Math.max(...sent)).toBe(MAX_CHECKED_LENGTH);
    controller.destroy();
  });
});
