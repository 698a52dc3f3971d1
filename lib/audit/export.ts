/**
 * The audit report as files the user saves: CSV for a spreadsheet, JSON for other tools, a
 * printable HTML page for a compliance file. Apart
 * from report.ts so an extension page can export without loading the analyzer.
 */
import { familyOf, type Category } from '../analyzer/types';
import { CATEGORY_LABELS, LEVEL_LABELS } from '../analyzer/labels';
import type { AuditReport } from './report';
import { PLATFORM_LABELS } from './types';

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
 * The report as one printable HTML page: counts, then every flagged item with its flagged words
 * marked and the reasons. Self-contained (inline styles, no script, no image, no link that loads
 * anything), so it opens and prints the same anywhere and makes no request. All text is escaped:
 * post text is written by others' hands as much as the account's.
 */
export function reportHtml(report: AuditReport, title = 'Second Look — audit of past posts'): string {
  const tally = (name: string, rows: [string, { items: number; flagged: number }][]) =>
    `<table><caption>${escapeHtml(name)}</caption><thead><tr><th scope="col"></th><th scope="col">Flagged</th><th scope="col">Checked</th></tr></thead><tbody>${rows
      .map(([k, t]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${t.flagged}</td><td>${t.items}</td></tr>`)
      .join('')}</tbody></table>`;
  const categories = (Object.entries(report.byCategory) as [Category, number][])
    .map(([c, n]) => `<tr><th scope="row">${escapeHtml(CATEGORY_LABELS[c])}</th><td>${n}</td></tr>`)
    .join('');
  const items = report.flagged
    .map((item) => {
      const where = [item.date?.slice(0, 10) ?? 'no date', `${PLATFORM_LABELS[item.platform]} ${item.kind}`, item.account ?? '', item.link ?? '']
        .filter(Boolean)
        .map(escapeHtml)
        .join(' · ');
      const why = item.findings.map((f) => `<li><strong>${escapeHtml(f.label)}</strong> (${escapeHtml(LEVEL_LABELS[f.level])}): “${escapeHtml(f.quote)}” — ${escapeHtml(f.reason)}</li>`).join('');
      return `<article><p class="where">${where}</p><p class="text">${markedHtml(item.text, item.findings)}</p><ul>${why}</ul></article>`;
    })
    .join('\n');
  const skipped = report.skipped.length
    ? `<h2>Not read</h2><ul>${report.skipped.map((s) => `<li><code>${escapeHtml(s.file)}</code>: ${escapeHtml(s.reason)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#111}
table{border-collapse:collapse;margin:0 2em 1em 0;display:inline-table;vertical-align:top}
th,td{border:1px solid #999;padding:2px 8px;text-align:left}caption{font-weight:600;text-align:left}
article{border-top:1px solid #999;padding:.5em 0;break-inside:avoid}.where{color:#444;margin:0}
.text{white-space:pre-wrap}mark{background:#ffe066;color:#000}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>Checked ${report.checked} item${report.checked === 1 ? '' : 's'}; ${report.flaggedCount} with a warning or more. This page holds the posts' own text: keep it only where patient information may be kept.</p>
${categories ? `<table><caption>By category</caption><tbody>${categories}</tbody></table>` : ''}
${tally('By year', Object.entries(report.byYear))}
${tally('By account', Object.entries(report.byAccount))}
${tally('By platform', Object.entries(report.byPlatform))}
<h2>Flagged items</h2>
${items || '<p>None.</p>'}
${skipped}
</body></html>
`;
}
