/**
 * The decision log as counts: what a compliance officer reads and exports. Pure functions over
 * rows that hold no text (see db.ts); the CSV has one line per day, site, surface, category,
 * action and decision, with a count.
 */
import { ACTIONS, SITES, SURFACES, isCategory, type Action } from '../analyzer/types';
import { DECISIONS, type Decision, type DecisionCount } from '../protocol';
import type { DecisionRow } from './db';

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

export const CSV_HEADER = ['date', 'site', 'surface', 'category', 'action', 'decision', 'count'] as const;

/** Daily counts as CSV (RFC 4180, CRLF). Every cell is a known keyword, a date or a number. */
export function decisionsCsv(rows: readonly DecisionRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (!isDecisionRow(r)) continue;
    const day = new Date(r.time).toISOString().slice(0, 10);
    const k = [day, r.site, r.surface, r.category, r.action, r.decision].join(',');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const lines = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k},${n}`);
  return [CSV_HEADER.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Rows for one logged decision: one per category. */
export function decisionRows(
  req: { categories: readonly DecisionRow['category'][]; action: Action; decision: Decision; site: DecisionRow['site']; surface: DecisionRow['surface'] },
  time: number,
): DecisionRow[] {
  return req.categories.map((category) => ({ time, category, action: req.action, decision: req.decision, site: req.site, surface: req.surface }));
}
