import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildReport, readExport, reportCsv, reportHtml, reportJson, type AuditItem, type ReadResult } from '../../../lib/audit';
import { csvCell } from '../../../lib/audit/export';
import { DEFAULT_ANALYZER_POLICY_FULL } from '../../../lib/policy/defaults';
import { HARMLESS_POST, HOSTILE_POST, MYTH_POST, PHI_POST, file, ytd, zip } from './exports';

function readOf(items: Partial<AuditItem>[]): ReadResult {
  return {
    items: items.map((i) => ({ platform: 'x', kind: 'post', text: '', file: 'data/tweets.js', ...i })),
    skipped: [{ file: 'data/broken.js', reason: 'example' }],
    notes: [{ text: 'X: 2 reposts ("RT @…") not checked: not the account\'s own words.', code: 'x-reposts', subs: [2] }],
    platforms: ['x'],
    accounts: {},
  };
}

describe('the audit report', () => {
  const read = readOf([
    { text: PHI_POST, date: '2019-03-01T10:00:00.000Z', account: '@drvega', kind: 'reply', link: 'https://x.com/drvega/status/1' },
    { text: MYTH_POST, date: '2019-06-01T10:00:00.000Z', account: '@drvega' },
    { text: HOSTILE_POST, date: '2021-01-01T10:00:00.000Z', platform: 'facebook', kind: 'comment', account: 'Dr Vega Clinic' },
    { text: HARMLESS_POST, date: '2021-02-01T10:00:00.000Z', platform: 'facebook', account: 'Dr Vega Clinic' },
    { text: HARMLESS_POST },
  ]);
  const report = buildReport(read);

  it('counts checked and flagged items per family, category, year, platform, account and kind', () => {
    expect(report.checked).toBe(5);
    expect(report.flaggedCount).toBe(3);
    expect(report.byFamily).toEqual({ phi: 1, misinfo: 1, prof: 1 });
    expect(report.byCategory).toMatchObject({ 'phi.name': 1, 'phi.relationship-confirmation': 1, 'misinfo.known-myth': 1, 'prof.hostile': 1 });
    // An item counts once per category, in the analyzer's order of categories.
    expect(Object.values(report.byCategory).every((n) => n === 1)).toBe(true);
    expect(Object.keys(report.byCategory)[0]!.startsWith('phi.')).toBe(true);
    expect(report.byYear).toEqual({ 2019: { items: 2, flagged: 2 }, 2021: { items: 2, flagged: 1 }, unknown: { items: 1, flagged: 0 } });
    expect(report.byPlatform).toEqual({ X: { items: 3, flagged: 2 }, Facebook: { items: 2, flagged: 1 } });
    expect(report.byAccount).toEqual({ '@drvega': { items: 2, flagged: 2 }, 'Dr Vega Clinic': { items: 2, flagged: 1 }, 'X (account not named)': { items: 1, flagged: 0 } });
    expect(report.byKind).toEqual({ reply: { items: 1, flagged: 1 }, post: { items: 3, flagged: 1 }, comment: { items: 1, flagged: 1 } });
    expect(report.skipped).toEqual(read.skipped);
    expect(report.notes).toEqual(read.notes);
  });

  it('lists each flagged item by date with its findings: category, label, level, the flagged words and the reason', () => {
    expect(report.flagged.map((f) => f.text)).toEqual([PHI_POST, MYTH_POST, HOSTILE_POST]);
    const phi = report.flagged[0]!;
    expect(phi).toMatchObject({ platform: 'x', kind: 'reply', account: '@drvega', link: 'https://x.com/drvega/status/1', date: '2019-03-01T10:00:00.000Z' });
    const name = phi.findings.find((f) => f.category === 'phi.name')!;
    expect(name).toMatchObject({ label: 'Patient name', level: 'warn' });
    expect(name.quote).toContain('Patel');
    expect(name.quote).toBe(PHI_POST.slice(name.start, name.end));
    expect(name.reason.length).toBeGreaterThan(10);
    expect(report.flagged[1]!.findings.map((f) => f.category)).toContain('misinfo.known-myth');
    // Only warnings and above by default: every finding listed is at least `warn`.
    expect(report.flagged.flatMap((f) => f.findings).every((f) => f.level !== 'inform')).toBe(true);
  });

  it('follows the policy it is given: a category turned off is not counted', () => {
    const off = buildReport(read, { policy: { ...DEFAULT_ANALYZER_POLICY_FULL, actions: { ...DEFAULT_ANALYZER_POLICY_FULL.actions, 'prof.hostile': 'off' } } });
    expect(off.byFamily.prof).toBe(0);
    expect(off.flaggedCount).toBe(2);
  });

  it('does not flag the account\'s own name as a patient\'s', () => {
    const own = buildReport(readOf([{ text: 'Dr. Amara Nwosu here, answering your questions about flu shots this week.', account: 'Amara Nwosu', platform: 'linkedin' }]));
    expect(own.flagged.flatMap((f) => f.findings).filter((f) => f.category === 'phi.name')).toEqual([]);
  });

  it('reads and checks a whole export end to end', () => {
    const tweets = ytd('tweets', [
      { tweet: { id_str: '7', created_at: 'Sat Mar 02 10:00:00 +0000 2019', full_text: MYTH_POST } },
      { tweet: { id_str: '8', created_at: 'Sat Mar 02 11:00:00 +0000 2019', full_text: `RT @someone: ${MYTH_POST}` } },
    ]);
    const r = buildReport(readExport([file('x.zip', zip({ 'data/tweets.js': tweets }))]));
    expect(r.checked).toBe(1);
    expect(r.flagged.map((f) => f.link)).toEqual(['https://x.com/i/web/status/7']);
    expect(r.notes).toHaveLength(1);
  });

  it('exports JSON that reads back as the same report', () => {
    expect(JSON.parse(reportJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('exports CSV with one row per finding that a CSV parser reads back, text intact', () => {
    const csv = reportCsv(report);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(report.flagged.reduce((n, f) => n + f.findings.length, 0));
    expect(rows[0]).toMatchObject({ platform: 'X', kind: 'reply', account: "'@drvega", link: 'https://x.com/drvega/status/1', family: 'phi', text: PHI_POST });
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(report.flagged.flatMap((f) => f.findings.map((x) => x.category))));
  });
});

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('crlf\r\nend')).toBe('"crlf\r\nend"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://example.com","click")')).toBe('"\'=HYPERLINK(""http://example.com"",""click"")"');
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('keeps a post that starts like a formula readable in the whole CSV', () => {
    const formula = '=1+1, "quoted"\nsecond line';
    const r = buildReport(readOf([{ text: `${formula} ${MYTH_POST}` }]));
    const rows = Papa.parse<Record<string, string>>(reportCsv(r), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]!.text).toBe(`'${formula} ${MYTH_POST}`);
  });

  it('prints as one self-contained HTML page: counts, flagged words marked, every text escaped, nothing loaded', () => {
    const hostile = buildReport(readOf([{ text: `<script>alert(1)</script> ${PHI_POST}`, account: '<b>@x</b>' }, { text: HARMLESS_POST }]));
    const html = reportHtml(hostile);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Checked 2 items; 1 with a warning or more.');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;@x&lt;/b&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/\s(?:src|href)=/);
    expect(html).toMatch(/<mark>[^<]*Patel[^<]*<\/mark>/);
    expect(html).not.toContain(HARMLESS_POST);
    expect(html).toContain('data/broken.js');
    expect(html).toContain('X: 2 reposts (&quot;RT @…&quot;) not checked');
    expect(html).toContain('<html lang="en">');
  });
});

