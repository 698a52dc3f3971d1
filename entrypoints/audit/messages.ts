import type { AuditReport, Skipped } from '../../lib/audit';

/** What the audit worker answers the page: progress while checking, then the report or why there is none. */
export type AuditWorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: AuditReport }
  | { type: 'error'; message: string; skipped: Skipped[] };
