/**
 * The decision log as counts: what a compliance officer reads and exports. Pure functions over
 * rows that hold no text (see db.ts); the CSV has one line per rounded time, site, surface,
 * category, action and decision, with a count.
 *
 * Privacy: a time to the millisecond, with the site and category, is enough to match an entry
 * to a public post (issue 12). So a row's time is rounded down to the hour or the day (UTC, the
 * policy's `decisionLog.timePrecision`) before it is written, and rounded again when read, so
 * rows written by an older build never show more than the policy allows.
 */
import { ACTIONS, SITES, SURFACES, isCategory, type Action } from '../analyzer/types';
import { DECISIONS, type Decision, type DecisionCount } from '../protocol';
import type { DecisionRow } from './db';
import type { TimePrecision } from '../policy/schema';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** `time` (ms since the epoch) rounded down to the start of its UTC hour or day. */
export function roundTime(time: number, precision: TimePrecision): number {
  const unit = precision === 'day' ? DAY : HOUR;
  return Math.floor(time / unit) * unit;
}

/** A rounded time as the CSV shows it: `2026-11-20T14:00Z` (hour) or `2026-11-20` (day). */
export function csvTime(time: number, precision: TimePrecision): string {
  const iso = new Date(roundTime(time, precision)).toISOString();
  return precision === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/** Rows read back from storage are checked again: anything unexpected is skipped, not shown. */
export function isDecisionRow(r: unknown): r is DecisionRow {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o.time === 'number' &&
    isCategory(o.category) &&
    (ACTIONS as readonly unknown[]).includes(o.action) &&
    o.action !== 'off' &&
    (DECISIONS as readonly unknown[]).includes(o.decision) &&
    (SITES as readonly unknown[]).includes(o.site) &&
    (SURFACES as readonly unknown[]).includes(o.surface)
  );
}

/** Counts by category and decision, largest first. */
export function countDecisions(rows: readonly DecisionRow[]): DecisionCount[] {
  const counts = new Map<string, DecisionCount>();
  for (const r of rows) {
    if (!isDecisionRow(r)) continue;
    const k = `${r.category}|${r.decision}`;
    const c = counts.get(k) ?? { category: r.category, decision: r.decision, count: 0 };
    c.count += 1;
    counts.set(k, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category) || a.decision.localeCompare(b.decision));
}

export const CSV_HEADER = ['time', 'site', 'surface', 'category', 'action', 'decision', 'rule', 'count'] as const;

/** A rule id as the CSV may show it: the shape of one (letters, digits, dots, dashes), else empty. */
const ruleCell = (rule: unknown) => (typeof rule === 'string' && /^[a-z]+(?:\.[a-z0-9-]+){1,3}$/.test(rule) ? rule : '');

/** Counts per rounded time as CSV (RFC 4180, CRLF). Every cell is a known keyword, a time or a number. */
export function decisionsCsv(rows: readonly DecisionRow[], precision: TimePrecision): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (!isDecisionRow(r)) continue;
    const k = [csvTime(r.time, precision), r.site, r.surface, r.category, r.action, r.decision, ruleCell(r.rule)].join(',');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const lines = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k},${n}`);
  return [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Rows for one logged decision: one per category, at `time` rounded to `precision`. */
export function decisionRows(
  req: { categories: readonly DecisionRow['category'][]; action: Action; decision: Decision; site: DecisionRow['site']; surface: DecisionRow['surface']; rule?: string },
  time: number,
  precision: TimePrecision,
): DecisionRow[] {
  time = roundTime(time, precision);
  return req.categories.map((category) => ({ time, category, action: req.action, decision: req.decision, site: req.site, surface: req.surface, ...(req.rule ? { rule: req.rule } : {}) }));
}
