/**
 * The audit report: every item read from an export checked with the same analyze() the extension
 * uses, counted per category, year, platform and account, with the flagged items listed.
 *
 * Privacy: the report holds the posts' own text (the flagged words and the whole item, so a
 * reviewer can judge it). It is a value returned to the caller; nothing here writes it anywhere.
 */
import { ACTION_RANK, analyze, CATEGORIES, familyOf, type Action, type AnalysisContext, type AnalyzerPolicy, type Category, type Family, type Surface } from '../analyzer';
import { CATEGORY_LABELS } from '../analyzer/labels';
import { DEFAULT_ANALYZER_POLICY_FULL } from '../policy/defaults';
import { PLATFORM_LABELS, UNKNOWN_YEAR, unnamedAccount, type AuditItem, type ItemKind, type Note, type ReadResult, type Skipped } from './types';

export interface ReportOptions {
  /** The analyzer policy; the extension's default policy when not given. */
  policy?: AnalyzerPolicy;
  /** The lowest level that counts as flagged: `warn` (default) leaves out the analyzer's low-confidence hints. */
  minLevel?: Action;
  /** Called as items are checked (every PROGRESS_STEP items and at the end), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_STEP = 50;

export interface ReportFinding {
  category: Category;
  label: string;
  level: Action;
  /** The flagged words, as in the item's text. */
  quote: string;
  /** The analyzer's plain sentence on why it matters. */
  reason: string;
  ruleId: string;
  confidence: number;
  start: number;
  end: number;
}

export interface FlaggedItem extends AuditItem {
  findings: ReportFinding[];
}

interface Tally {
  items: number;
  flagged: number;
}

export interface AuditReport {
  /** Items checked (the account's own words), and how many had a finding at `minLevel` or above. */
  checked: number;
  flaggedCount: number;
  minLevel: Action;
  /** Items with at least one finding of the category (an item counts once per category). */
  byCategory: Partial<Record<Category, number>>;
  byFamily: Record<Family, number>;
  byYear: Record<string, Tally>;
  byPlatform: Record<string, Tally>;
  byAccount: Record<string, Tally>;
  byKind: Partial<Record<ItemKind, Tally>>;
  flagged: FlaggedItem[];
  skipped: Skipped[];
  notes: Note[];
}

const SURFACE: Record<ItemKind, Surface> = { post: 'post', comment: 'comment', reply: 'reply', message: 'message' };

/** Checks every item read from an export and counts what was found. Pure: the same items and policy give the same report. */
export function buildReport(read: ReadResult, options: ReportOptions = {}): AuditReport {
  const policy = options.policy ?? DEFAULT_ANALYZER_POLICY_FULL;
  const minLevel = options.minLevel ?? 'warn';
  const report: AuditReport = {
    checked: 0,
    flaggedCount: 0,
    minLevel,
    byCategory: {},
    byFamily: { phi: 0, misinfo: 0, prof: 0 },
    byYear: {},
    byPlatform: {},
    byAccount: {},
    byKind: {},
    flagged: [],
    skipped: [...read.skipped],
    notes: [...read.notes],
  };
  const total = read.items.length;
  for (const item of read.items) {
    if (report.checked % PROGRESS_STEP === 0) options.onProgress?.(report.checked, total);
    const context: AnalysisContext = {
      platform: item.platform,
      surface: item.platform === 'instagram' && item.kind === 'post' ? 'caption' : SURFACE[item.kind],
      // The account's own name is never a patient's name in its own posts.
      allow: item.account ? [item.account.replace(/^@/, '')] : undefined,
    };
    const findings = analyze(item.text, context, policy)
      .filter((f) => ACTION_RANK[f.action] >= ACTION_RANK[minLevel])
      .map((f): ReportFinding => ({
        category: f.category,
        label: CATEGORY_LABELS[f.category],
        level: f.action,
        quote: item.text.slice(f.start, f.end),
        reason: f.message,
        ruleId: f.ruleId,
        confidence: f.confidence,
        start: f.start,
        end: f.end,
      }));
    report.checked++;
    const flagged = findings.length > 0;
    const year = item.date?.slice(0, 4) ?? UNKNOWN_YEAR;
    for (const [table, key] of [
      [report.byYear, year],
      [report.byPlatform, PLATFORM_LABELS[item.platform]],
      [report.byAccount, item.account ?? unnamedAccount(item.platform)],
    ] as const) {
      count(table, key, flagged);
    }
    count(report.byKind as Record<string, Tally>, item.kind, flagged);
    if (!flagged) continue;
    report.flaggedCount++;
    for (const c of new Set(findings.map((f) => f.category))) report.byCategory[c] = (report.byCategory[c] ?? 0) + 1;
    for (const fam of new Set(findings.map((f) => familyOf(f.category)))) report.byFamily[fam]++;
    report.flagged.push({ ...item, findings });
  }
  // Categories in the analyzer's own order, so every report lists them the same way.
  report.byCategory = Object.fromEntries(CATEGORIES.filter((c) => report.byCategory[c]).map((c) => [c, report.byCategory[c]!]));
  report.byYear = Object.fromEntries(Object.entries(report.byYear).sort(([a], [b]) => a.localeCompare(b)));
  report.flagged.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  options.onProgress?.(total, total);
  return report;
}

function count(table: Record<string, Tally>, key: string, flagged: boolean): void {
  const t = (table[key] ??= { items: 0, flagged: 0 });
  t.items++;
  if (flagged) t.flagged++;
}
