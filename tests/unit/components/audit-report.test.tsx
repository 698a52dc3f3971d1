// @vitest-environment happy-dom
/**
 * The "Audit past posts" report (issue 17): counts, the flagged words marked in each item, the
 * filters, the export buttons, and post text shown as text, never as HTML.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditReport } from '../../../components/AuditReport';
import { buildReport, type AuditItem } from '../../../lib/audit';
import { HARMLESS_POST, HOSTILE_POST, MYTH_POST, PHI_POST } from '../audit/exports';

afterEach(cleanup);

const items: AuditItem[] = [
  { platform: 'x', kind: 'reply', text: PHI_POST, date: '2019-03-01T10:00:00.000Z', account: '@drvega', link: 'https://x.com/drvega/status/1', file: 'data/tweets.js' },
  { platform: 'linkedin', kind: 'post', text: `${MYTH_POST} <img src=x onerror=alert(1)>`, date: '2020-06-01T10:00:00.000Z', file: 'Shares.csv' },
  { platform: 'facebook', kind: 'comment', text: HOSTILE_POST, date: '2021-01-01T10:00:00.000Z', file: 'comments.json' },
  { platform: 'facebook', kind: 'post', text: HARMLESS_POST, date: '2021-02-01T10:00:00.000Z', file: 'posts_1.json' },
];
const report = buildReport({ items, skipped: [{ file: 'data/broken.js', reason: 'expected X\'s tweets.js' }], notes: [{ text: 'X: 2 reposts ("RT @…") not checked: not the account\'s own words.', code: 'x-reposts', subs: [2] }], platforms: ['x', 'linkedin', 'facebook'], accounts: {} });

describe('AuditReport', () => {
  it('shows the counts, each flagged item with its flagged words marked, and what was not checked', () => {
    const { container } = render(<AuditReport report={report} onExport={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Checked 4 items; 3 with a warning or more.');
    expect(container.querySelectorAll('.audit-items tbody tr')).toHaveLength(3);
    const marks = [...container.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.some((m) => m?.includes('Patel'))).toBe(true);
    expect(screen.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('https://x.com/drvega/status/1');
    expect(container.textContent).toContain('data/broken.js');
    expect(container.textContent).toContain('X: 2 reposts ("RT @…") not checked: not the account\'s own words.');
  });

  it('renders post text as text, never as HTML', () => {
    const { container } = render(<AuditReport report={report} onExport={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('filters the flagged items by category and by platform', () => {
    const { container } = render(<AuditReport report={report} onExport={() => {}} />);
    const [category, platform] = screen.getAllByRole('combobox') as HTMLSelectElement[];
    fireEvent.change(category!, { target: { value: 'prof.hostile' } });
    expect(container.querySelectorAll('.audit-items tbody tr')).toHaveLength(1);
    expect(container.querySelector('.audit-items tbody')!.textContent).toContain('Facebook comment');
    fireEvent.change(category!, { target: { value: '' } });
    fireEvent.change(platform!, { target: { value: 'linkedin' } });
    expect(container.querySelectorAll('.audit-items tbody tr')).toHaveLength(1);
    expect(container.querySelector('.audit-items tbody')!.textContent).toContain('LinkedIn post');
  });

  it('asks the page to export CSV or JSON', () => {
    const onExport = vi.fn();
    render(<AuditReport report={report} onExport={onExport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(onExport.mock.calls).toEqual([['csv'], ['json']]);
  });
});
