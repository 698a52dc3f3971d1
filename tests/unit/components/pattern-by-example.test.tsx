// @vitest-environment happy-dom
/**
 * Record-number formats by example (issue 13): the proposed pattern, what it is shown to catch,
 * that it passes the same linear-time check a typed pattern does, and the options control that
 * adds it to the list.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patternFromExample } from '../../../components/pattern-by-example';
import { PatternByExample } from '../../../components/PatternByExample';
import { checkPattern } from '../../../lib/analyzer/text/safe-pattern';

afterEach(cleanup);

describe('patternFromExample', () => {
  it('turns letters into a letter class, digit runs into counted digits, and keeps separators', () => {
    expect(patternFromExample('RFC-123456').pattern).toBe('[A-Z]{3}-\\d{6}');
    expect(patternFromExample('ab12 cd').pattern).toBe('[a-z]{2}\\d{2}\\s[a-z]{2}');
    expect(patternFromExample('Ab.7/x').pattern).toBe('[A-Za-z]{2}\\.\\d\\/[a-z]');
  });
  it('keeps the letters as typed when asked (a fixed prefix)', () => {
    expect(patternFromExample('RFC-123456', true).pattern).toBe('RFC-\\d{6}');
  });
  it('shows IDs it catches, the example first, and near misses it does not', () => {
    const p = patternFromExample('MRN 00482913', true);
    expect(p.refused).toBeUndefined();
    expect(p.matches[0]).toBe('MRN 00482913');
    expect(p.matches.length).toBeGreaterThanOrEqual(2);
    for (const m of p.matches) expect(m).toMatch(/^MRN \d{8}$/);
    expect(p.misses).toContain('MRN 0482913');
    const re = checkPattern(p.pattern);
    expect(re.ok && p.matches.every((m) => new RegExp(re.regex.source, 'u').test(m))).toBe(true);
  });
  it('refuses, with the same reason as a typed pattern, an example too short to be safe', () => {
    const p = patternFromExample('7');
    expect(p.refused).toMatch(/at least 3 characters/);
    expect(p.matches).toEqual([]);
  });
  it('always gives a pattern that matches its example and passes the linear-time check, or says why not', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.boolean(), (example, keep) => {
        const p = patternFromExample(example, keep);
        if (p.refused) return;
        const re = checkPattern(p.pattern);
        expect(re.ok).toBe(true);
        if (re.ok) expect(new RegExp(`^(?:${re.regex.source})$`, 'u').test(example.trim())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('PatternByExample', () => {
  it('proposes a format as the user types and adds it to the list', async () => {
    const onAdd = vi.fn(async () => undefined);
    render(<PatternByExample locked={false} existing={[]} onAdd={onAdd} />);
    fireEvent.input(screen.getByLabelText('Add a format from an example'), { target: { value: 'RFC-123456' } });
    expect(document.querySelector('[data-pattern]')?.textContent).toBe('RFC-\\d{6}');
    expect([...document.querySelectorAll('[data-match]')].map((m) => m.textContent)[0]).toBe('RFC-123456');
    fireEvent.click(screen.getByLabelText(/Letters are always the same/));
    expect(document.querySelector('[data-pattern]')?.textContent).toBe('[A-Z]{3}-\\d{6}');
    fireEvent.click(screen.getByRole('button', { name: 'Add this format' }));
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('[A-Z]{3}-\\d{6}'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('[A-Z]{3}-\\d{6}'));
  });
  it('says why a format cannot be added, and offers no button for it', () => {
    render(<PatternByExample locked={false} existing={[]} onAdd={async () => undefined} />);
    fireEvent.input(screen.getByLabelText('Add a format from an example'), { target: { value: 'A1' } });
    expect(screen.getByRole('alert').textContent).toMatch(/at least 3 characters/);
    expect((screen.getByRole('button', { name: 'Add this format' }) as HTMLButtonElement).disabled).toBe(true);
  });
  it('does not add a format already in the list, nor anything when the organization locked the list', () => {
    const { unmount } = render(<PatternByExample locked={false} existing={['RFC-\\d{6}']} onAdd={async () => undefined} />);
    fireEvent.input(screen.getByLabelText('Add a format from an example'), { target: { value: 'RFC-123456' } });
    expect((screen.getByRole('button', { name: 'Add this format' }) as HTMLButtonElement).disabled).toBe(true);
    unmount();
    render(<PatternByExample locked existing={[]} onAdd={async () => undefined} />);
    expect((screen.getByLabelText('Add a format from an example') as HTMLInputElement).disabled).toBe(true);
  });
});
