/**
 * The audit report as files the user saves: CSV for a spreadsheet, JSON for other tools. Apart
 * from report.ts so an extension page can export without loading the analyzer.
 */
import { familyOf } from '../analyzer/types';
import { LEVEL_LABELS } from '../analyzer/labels';
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
