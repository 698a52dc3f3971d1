/**
 * The audit report as files the user saves: CSV for a spreadsheet, JSON for other tools, a
 * printable HTML page for a compliance file. Apart
 * from report.ts so an extension page can export without loading the analyzer.
 */
import { familyOf, type Action, type Category } from '../analyzer/types';
import { CATEGORY_LABELS, LEVEL_LABELS } from '../analyzer/labels';
import type { AuditReport, FlaggedItem } from './report';
import { PLATFORM_LABELS, type Note, type Skipped } from './types';

/** The report as JSON (two-space indented), for other tools. */
export function reportJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export const CSV_COLUMNS = ['date', 'platform', 'kind', 'account', 'link', 'family', 'category', 'label', 'level', 'flagged words', 'reason', 'rule', 'confidence', 'text', 'file'] as const;

/**
 * The flagged items as CSV, one row per finding, for a spreadsheet. Cells are quoted per RFC 4180
 * (commas, quotes, newlines), and a cell that starts with = + - @ (or a tab or carriage return) is
 * prefixed with ' so a spreadsheet shows it as text instead of running it as a formula (OWASP,
 * "CSV Injection"): post text is written by others' hands as much as the account's.
 */
export function reportCsv(report: AuditReport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const item of report.flagged) {
    for (const f of item.findings) {
      const row = [
        item.date ?? '',
        PLATFORM_LABELS[item.platform],
        item.kind,
        item.account ?? '',
        item.link ?? '',
        familyOf(f.category),
        f.category,
        f.label,
        LEVEL_LABELS[f.level],
        f.quote,
        f.reason,
        f.ruleId,
        String(f.confidence),
        item.text,
        item.file,
      ];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One CSV cell: formula-looking text defused, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Text for HTML: the five characters that could open markup or an attribute, escaped. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * An item's text cut into runs, each flagged span a marked run; a span overlapping the one before
 * is marked only from where that one ends. The audit page and the printable report both mark with it.
 */
export function markedRuns(text: string, spans: readonly { start: number; end: number }[]): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const f of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(f.start, at);
    if (f.end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), marked: false });
    runs.push({ text: text.slice(start, f.end), marked: true });
    at = f.end;
  }
  runs.push({ text: text.slice(at), marked: false });
  return runs;
}

/** An item's text with each flagged span in <mark>, escaped. */
function markedHtml(text: string, spans: readonly { start: number; end: number }[]): string {
  return markedRuns(text, spans)
    .map((r) => (r.marked ? `<mark>${escapeHtml(r.text)}</mark>` : escapeHtml(r.text)))
    .join('');
}

/**
 * The printable page's own words: English here (the CLI's), the interface's language from the
 * audit page (components/audit-words.ts reportWords). Post text, quotes and reasons are the report's.
 */
export interface ReportWords {
  /** The page's `<html lang>`. */
  lang: string;
  title: string;
  /** "Checked 3 items; 1 with a warning or more." */
  summary: (checked: number, flagged: number) => string;
  keepNote: string;
  byCategory: string;
  byYear: string;
  byAccount: string;
  byPlatform: string;
  flagged: string;
  checked: string;
  flaggedItems: string;
  none: string;
  notRead: string;
  notChecked: string;
  noDate: string;
  category: (c: Category) => string;
  level: (l: Action) => string;
  /** "X reply" */
  where: (item: Pick<FlaggedItem, 'platform' | 'kind'>) => string;
  year: (year: string) => string;
  account: (account: string) => string;
  skipped: (s: Skipped) => string;
  note: (n: Note) => string;
}

/** The CLI's words (and the page's before it is given the interface's). */
export const ENGLISH_REPORT_WORDS: ReportWords = {
  lang: 'en',
  title: 'Second Look — audit of past posts',
  summary: (checked, flagged) => `Checked ${checked} item${checked === 1 ? '' : 's'}; ${flagged} with a warning or more.`,
  keepNote: "This page holds the posts' own text: keep it only where patient information may be kept.",
  byCategory: 'By category',
  byYear: 'By year',
  byAccount: 'By account',
  byPlatform: 'By platform',
  flagged: 'Flagged',
  checked: 'Checked',
  flaggedItems: 'Flagged items',
  none: 'None.',
  notRead: 'Not read',
  notChecked: 'Not checked',
  noDate: 'no date',
  category: (c) => CATEGORY_LABELS[c],
  level: (l) => LEVEL_LABELS[l],
  where: (item) => `${PLATFORM_LABELS[item.platform]} ${item.kind}`,
  year: (y) => y,
  account: (a) => a,
  skipped: (s) => s.reason,
  note: (n) => n.text,
};

/**
 * The report as one printable HTML page: counts, then every flagged item with its flagged words
 * marked and the reasons. Self-contained (inline styles, no script, no image, no link that loads
 * anything), so it opens and prints the same anywhere and makes no request. All text is escaped:
 * post text is written by others' hands as much as the account's.
 */
export function reportHtml(report: AuditReport, words: ReportWords = ENGLISH_REPORT_WORDS): string {
  const w = words;
  const tally = (name: string, rows: [string, { items: number; flagged: number }][], label: (key: string) => string = (k) => k) =>
    `<table><caption>${escapeHtml(name)}</caption><thead><tr><th scope="col"></th><th scope="col">${escapeHtml(w.flagged)}</th><th scope="col">${escapeHtml(w.checked)}</th></tr></thead><tbody>${rows
      .map(([k, t]) => `<tr><th scope="row">${escapeHtml(label(k))}</th><td>${t.flagged}</td><td>${t.items}</td></tr>`)
      .join('')}</tbody></table>`;
  const categories = (Object.entries(report.byCategory) as [Category, number][])
    .map(([c, n]) => `<tr><th scope="row">${escapeHtml(w.category(c))}</th><td>${n}</td></tr>`)
    .join('');
  const items = report.flagged
    .map((item) => {
      const where = [item.date?.slice(0, 10) ?? w.noDate, w.where(item), item.account ?? '', item.link ?? '']
        .filter(Boolean)
        .map(escapeHtml)
        .join(' · ');
      const why = item.findings.map((f) => `<li><strong>${escapeHtml(w.category(f.category))}</strong> (${escapeHtml(w.level(f.level))}): “${escapeHtml(f.quote)}” — ${escapeHtml(f.reason)}</li>`).join('');
      return `<article><p class="where">${where}</p><p class="text">${markedHtml(item.text, item.findings)}</p><ul>${why}</ul></article>`;
    })
    .join('\n');
  const skipped = report.skipped.length
    ? `<h2>${escapeHtml(w.notRead)}</h2><ul>${report.skipped.map((s) => `<li><code>${escapeHtml(s.file)}</code>: ${escapeHtml(w.skipped(s))}</li>`).join('')}</ul>`
    : '';
  const notes = report.notes.length ? `<h2>${escapeHtml(w.notChecked)}</h2><ul>${report.notes.map((n) => `<li>${escapeHtml(w.note(n))}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(w.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(w.title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#111}
table{border-collapse:collapse;margin:0 2em 1em 0;display:inline-table;vertical-align:top}
th,td{border:1px solid #999;padding:2px 8px;text-align:left}caption{font-weight:600;text-align:left}
article{border-top:1px solid #999;padding:.5em 0;break-inside:avoid}.where{color:#444;margin:0}
.text{white-space:pre-wrap}mark{background:#ffe066;color:#000}
</style></head><body>
<h1>${escapeHtml(w.title)}</h1>
<p>${escapeHtml(w.summary(report.checked, report.flaggedCount))} ${escapeHtml(w.keepNote)}</p>
${categories ? `<table><caption>${escapeHtml(w.byCategory)}</caption><tbody>${categories}</tbody></table>` : ''}
${tally(w.byYear, Object.entries(report.byYear), w.year)}
${tally(w.byAccount, Object.entries(report.byAccount), w.account)}
${tally(w.byPlatform, Object.entries(report.byPlatform))}
<h2>${escapeHtml(w.flaggedItems)}</h2>
${items || `<p>${escapeHtml(w.none)}</p>`}
${skipped}
${notes}
</body></html>
`;
}
