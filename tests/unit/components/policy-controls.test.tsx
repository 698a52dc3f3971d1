// @vitest-environment happy-dom
/**
 * Component tests for the shared policy controls: locked controls are disabled and say why;
 * a list keeps its valid lines and names each refused one with its reason, losing nothing typed.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionSelect, Choice, ListEditor, NumberField, Toggle } from '../../../components/PolicyControls';

afterEach(cleanup);

describe('locked controls', () => {
  it('a locked toggle is disabled, says it is managed, and is described by that note', () => {
    render(<Toggle id="site-x" label="Check drafts on X" checked={false} locked onChange={() => undefined} />);
    const box = screen.getByRole('checkbox', { name: 'Check drafts on X' });
    expect((box as HTMLInputElement).disabled).toBe(true);
    expect(box.getAttribute('aria-describedby')).toBe('site-x-locked');
    expect(document.getElementById('site-x-locked')?.textContent).toMatch(/Managed by your organization/);
  });
  it('a locked choice disables every option', () => {
    render(<Choice id="sens" legend="Sensitivity" value="high" locked options={[{ value: 'low', label: 'Low' }, { value: 'high', label: 'High' }]} onChange={() => undefined} />);
    expect(screen.getByRole('group', { name: 'Sensitivity' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Managed by your organization')).toBeTruthy();
  });
  it('an unlocked action select reports the change', () => {
    const onChange = vi.fn();
    render(<ActionSelect category="phi.ssn" value="confirm" locked={false} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Social Security number' }) as HTMLSelectElement;
    select.value = 'block';
    fireEvent.change(select);
    expect(onChange).toHaveBeenCalledWith('block');
  });
});

describe('ListEditor', () => {
  it('sends every line; after the save the refused lines stay in the box and are named with the reason', async () => {
    const onSave = vi.fn(async () => undefined);
    const props = { fieldKey: 'denyList.patterns', label: 'Record-number formats', hint: 'Patterns.', locked: false, onSave };
    const { rerender } = render(<ListEditor {...props} value={[]} />);
    const box = screen.getByRole('textbox', { name: 'Record-number formats' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'MRN-\\d{7}\n(\\d+)+x\n[' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save record-number formats' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(['MRN-\\d{7}', '(\\d+)+x', '[']));
    // What the background answers: the valid line applies, the other two are refused.
    rerender(<ListEditor {...props} value={['MRN-\\d{7}']} refused={[
      { key: 'denyList.patterns', entry: '(\\d+)+x', reason: 'Use a counted repeat like {1,3}.', setBy: 'you' },
      { key: 'denyList.patterns', entry: '[', reason: 'This is not a valid pattern.', setBy: 'you' },
    ]} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Not checked until you fix or delete these lines/);
    expect(alert.textContent).toMatch(/\(\\d\+\)\+x — Use a counted repeat/);
    expect(alert.textContent).toMatch(/\[ — This is not a valid pattern/);
    expect(box.value).toBe('MRN-\\d{7}\n(\\d+)+x\n['); // nothing lost
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain('list-denyList-patterns-refused');
    expect(screen.getByRole('status').textContent).toMatch(/2 lines are not checked/);
  });
  it('names the organization’s refused entries beside a locked list', () => {
    render(<ListEditor fieldKey="denyList.patterns" label="Record-number formats" hint="Patterns." value={['RGH-\\d{7}']} locked onSave={async () => undefined}
      refused={[{ key: 'denyList.patterns', entry: '(\\d+)+x', reason: 'Use a counted repeat like {1,3}.', setBy: 'organization' }]} />);
    const box = screen.getByRole('textbox', { name: 'Record-number formats' }) as HTMLTextAreaElement;
    expect(box.value).toBe('RGH-\\d{7}');
    const note = document.getElementById('list-denyList-patterns-org-refused')!;
    expect(note.textContent).toMatch(/Set by your organization’s policy, but refused and not checked:\s*\(\\d\+\)\+x — Use a counted repeat/);
    expect(box.getAttribute('aria-describedby')).toContain('list-denyList-patterns-org-refused');
  });
  it('saves a clean list, one entry per line, trimmed', async () => {
    const onSave = vi.fn(async () => undefined);
    render(<ListEditor fieldKey="allowList.names" label="Your names" hint="Names." value={['Dr. Lee']} locked={false} onSave={onSave} />);
    const box = screen.getByRole('textbox', { name: 'Your names' });
    fireEvent.input(box, { target: { value: 'Dr. Lee\n  Dr. Ada Okafor \n\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save your names' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(['Dr. Lee', 'Dr. Ada Okafor']));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });
});

describe('NumberField', () => {
  it('explains an out-of-range value, keeps it in the box, and does not commit', () => {
    const onCommit = vi.fn();
    render(<NumberField fieldKey="debounceMs" label="Delay" value={300} locked={false} onCommit={onCommit} />);
    const input = screen.getByRole('spinbutton', { name: 'Delay' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: '20' } });
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toMatch(/100 to 5000/);
    expect(input.value).toBe('20');
    expect(onCommit).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: '450' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onCommit).toHaveBeenCalledWith(450);
  });
});
