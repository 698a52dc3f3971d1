/**
 * The extension's IndexedDB (Dexie): the user's settings and the decision log.
 *
 * Privacy and security: opened only by the background worker and extension pages, whose origin
 * is the extension's own. Never from a content script: an IndexedDB opened there lands in the
 * web page's origin, where the page can read it (eslint forbids the import there). The decision
 * log has no column that could hold text: category, action, decision, site, surface and time.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Action, Category, Site, Surface } from '../analyzer/types';
import type { Decision } from '../protocol';

export interface SettingsRow {
  /** 'user': the user's settings envelope; 'managed-cache': the last managed policy read. */
  id: 'user' | 'managed-cache';
  value: unknown;
  updatedAt: number;
}

export interface DecisionRow {
  id?: number;
  /** ms since the epoch, rounded down to the hour or day (decisions.ts roundTime). */
  time: number;
  category: Category;
  action: Action;
  decision: Decision;
  site: Site;
  surface: Surface;
  /** For a reported false alarm: the id of the rule that raised it (e.g. `phi.date`). Never text. */
  rule?: string;
}

export const DB_NAME = 'second-look';

export class SecondLookDB extends Dexie {
  settings!: EntityTable<SettingsRow, 'id'>;
  decisions!: EntityTable<DecisionRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({ settings: 'id', decisions: '++id, time' });
  }
}
