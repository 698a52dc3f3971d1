import type { AuditReport, Skipped } from '../../lib/audit';

/** What the audit worker answers the page: progress while checking, then the report or why there is none. */
export type AuditWorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; report: AuditReport }
  // The page words the error (a worker has no interface words): nothing readable, or the check failed.
  | { type: 'error'; error: 'nothing-read' | 'failed'; skipped: Skipped[] };
