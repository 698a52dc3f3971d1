/**
 * The one protocol between the content script, extension pages and the background worker.
 * Each request names who may send it; the background checks the sender once, in
 * lib/protocol/sender.ts, and validates content-script payloads here before use.
 *
 * Privacy: `analyze` carries the draft to the background only, in memory, over the
 * extension's own runtime channel; nothing here is stored or sent anywhere else.
 */
import { ACTIONS, SITES, SURFACES, isCategory, type Action, type Category, type Finding, type Site, type Surface } from '../analyzer/types';
import type { Policy, PolicyPatch } from '../policy/schema';

/** Longest draft accepted for analysis (characters); longer text is checked up to this point. */
export const MAX_TEXT_LENGTH = 2_000_000;

export type SenderKind = 'content-script' | 'extension-page';

export interface AnalyzeRequest {
  type: 'analyze';
  text: string;
  site: Site;
  surface: Surface;
}
export interface AnalyzeResponse {
  ok: true;
  findings: Finding[];
  /** True when the draft was longer than MAX_TEXT_LENGTH and only its start was checked. */
  truncated: boolean;
  /** The effective policy for this site: when `enabled` is false there are no findings. */
  settings: { enabled: boolean; debounceMs: number };
}

// ---- Policy (extension pages) ----

export interface GetPolicyRequest {
  type: 'getPolicy';
}
/** The policy as the popup and options page show it. */
export interface PolicyState {
  ok: true;
  effective: Policy;
  /** The user's own settings (sparse). */
  user: PolicyPatch;
  /** Keys set by the organization's managed policy: shown locked, never changed by the user. */
  locked: string[];
  /** Repairs made while reading or applying settings, in plain words. */
  problems: string[];
  /** Keys of the last change that were ignored because they are locked. */
  ignored: string[];
}
export interface SetPolicyRequest {
  type: 'setPolicy';
  /** A sparse change: fields to set; `null` for a field returns it to its default. Locked keys are ignored. */
  change: unknown;
}
export interface ResetPolicyRequest {
  type: 'resetPolicy';
}
export interface ImportPolicyRequest {
  type: 'importPolicy';
  /** JSON text from a file the user picked: an export, or a bare policy object. */
  json: string;
}
export interface ExportPolicyRequest {
  type: 'exportPolicy';
}
export interface ExportPolicyResponse {
  ok: true;
  json: string;
}

// ---- Decision log ----

export const DECISIONS = ['edited', 'posted-anyway', 'dismissed'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * What a user did with a warning. Privacy: categories, action, site and surface only — the
 * protocol has no field for the text, so none can reach the log.
 */
export interface LogDecisionRequest {
  type: 'logDecision';
  categories: Category[];
  action: Action;
  decision: Decision;
  site: Site;
  surface: Surface;
}
export interface LogDecisionResponse {
  ok: true;
  /** False when the policy keeps no decision log: nothing was recorded. */
  recorded: boolean;
}
export interface DecisionCount {
  category: Category;
  decision: Decision;
  count: number;
}
export interface GetDecisionCountsRequest {
  type: 'getDecisionCounts';
}
export interface DecisionCountsResponse {
  ok: true;
  counts: DecisionCount[];
  total: number;
  enabled: boolean;
  retentionDays: number;
}
export interface ExportDecisionsCsvRequest {
  type: 'exportDecisionsCsv';
}
export interface ExportDecisionsCsvResponse {
  ok: true;
  csv: string;
}
export interface ClearDecisionsRequest {
  type: 'clearDecisions';
}
export interface OkResponse {
  ok: true;
}

// ---- Tab messages (sent with tabs.sendMessage to our content script) ----

/** Background → every tab: the effective policy changed; ask `analyze` again for fresh settings. */
export interface PolicyChangedMessage {
  type: 'policyChanged';
}
/** Popup → active tab: what is in the focused draft. The content script answers. */
export interface GetDraftStatusRequest {
  type: 'getDraftStatus';
}
export interface DraftStatusResponse {
  ok: true;
  site: Site;
  /** Surface of the focused editor, or null when no editor is focused. */
  surface: Surface | null;
  /** True in generic mode (the site adapter did not recognise the editor). */
  limited: boolean;
  /** Findings in the focused draft by category (counts only; never text). */
  counts: Partial<Record<Category, number>>;
}
/** Background → tab: the keyboard shortcut asks the focused composer's card to open. */
export interface OpenCardMessage {
  type: 'openCard';
}
export type TabMessage = PolicyChangedMessage | GetDraftStatusRequest | OpenCardMessage;
const TAB_MESSAGES: readonly TabMessage['type'][] = ['policyChanged', 'getDraftStatus', 'openCard'];

/** Parses a message arriving at a content script; anything else is ignored (returns null). */
export function parseTabMessage(raw: unknown): TabMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  return (TAB_MESSAGES as readonly unknown[]).includes(type) ? { type: type as TabMessage['type'] } : null;
}

export interface ErrorResponse {
  ok: false;
  error: string;
}

export type Request =
  | AnalyzeRequest
  | GetPolicyRequest
  | SetPolicyRequest
  | ResetPolicyRequest
  | ImportPolicyRequest
  | ExportPolicyRequest
  | LogDecisionRequest
  | GetDecisionCountsRequest
  | ExportDecisionsCsvRequest
  | ClearDecisionsRequest;

const PAGES = ['extension-page'] as const;

/** Which sender kinds may make each request. */
export const ALLOWED_SENDERS: Record<Request['type'], readonly SenderKind[]> = {
  analyze: ['content-script', 'extension-page'],
  getPolicy: PAGES,
  setPolicy: PAGES,
  resetPolicy: PAGES,
  importPolicy: PAGES,
  exportPolicy: PAGES,
  logDecision: ['content-script'],
  getDecisionCounts: PAGES,
  exportDecisionsCsv: PAGES,
  clearDecisions: PAGES,
};

export interface ResponseFor {
  analyze: AnalyzeResponse;
  getPolicy: PolicyState;
  setPolicy: PolicyState;
  resetPolicy: PolicyState;
  importPolicy: PolicyState;
  exportPolicy: ExportPolicyResponse;
  logDecision: LogDecisionResponse;
  getDecisionCounts: DecisionCountsResponse;
  exportDecisionsCsv: ExportDecisionsCsvResponse;
  clearDecisions: OkResponse | ErrorResponse;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses an untrusted message; returns the request or a reason it was refused. */
export function parseRequest(raw: unknown): Request | { error: string } {
  if (!isRecord(raw) || typeof raw.type !== 'string') return { error: 'not a Second Look message' };
  switch (raw.type) {
    case 'analyze': {
      if (typeof raw.text !== 'string') return { error: 'analyze: text must be a string' };
      const site = (SITES as readonly string[]).includes(raw.site as string) ? (raw.site as Site) : 'other';
      const surface = (SURFACES as readonly string[]).includes(raw.surface as string)
        ? (raw.surface as Surface)
        : 'other';
      return { type: 'analyze', text: raw.text, site, surface };
    }
    case 'getPolicy':
    case 'resetPolicy':
    case 'exportPolicy':
    case 'getDecisionCounts':
    case 'exportDecisionsCsv':
    case 'clearDecisions':
      return { type: raw.type };
    case 'setPolicy':
      if (!isRecord(raw.change)) return { error: 'setPolicy: change must be an object' };
      return { type: 'setPolicy', change: raw.change };
    case 'importPolicy':
      if (typeof raw.json !== 'string' || raw.json.length > 1_000_000) return { error: 'importPolicy: json must be text under 1 MB' };
      return { type: 'importPolicy', json: raw.json };
    case 'logDecision': {
      const categories = Array.isArray(raw.categories) ? raw.categories.filter(isCategory) : [];
      if (!categories.length || categories.length > 50) return { error: 'logDecision: categories must list known categories' };
      if (!(ACTIONS as readonly unknown[]).includes(raw.action) || raw.action === 'off') return { error: 'logDecision: unknown action' };
      if (!(DECISIONS as readonly unknown[]).includes(raw.decision)) return { error: 'logDecision: unknown decision' };
      return {
        type: 'logDecision',
        categories: [...new Set(categories)],
        action: raw.action as Action,
        decision: raw.decision as Decision,
        site: (SITES as readonly unknown[]).includes(raw.site) ? (raw.site as Site) : 'other',
        surface: (SURFACES as readonly unknown[]).includes(raw.surface) ? (raw.surface as Surface) : 'other',
      };
    }
    default:
      return { error: `unknown request type` };
  }
}
