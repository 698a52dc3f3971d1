/**
 * The one protocol between the content script, extension pages and the background worker.
 * Each request names who may send it; the background checks the sender once, in
 * lib/messaging/sender.ts, and validates content-script payloads here before use.
 *
 * Privacy: `analyze` carries the draft to the background only, in memory, over the
 * extension's own runtime channel; nothing here is stored or sent anywhere else.
 */
import { SITES, SURFACES, type Finding, type Site, type Surface } from '../analyzer/types';

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
}

export interface ErrorResponse {
  ok: false;
  error: string;
}

export type Request = AnalyzeRequest;

/** Which sender kinds may make each request. */
export const ALLOWED_SENDERS: Record<Request['type'], readonly SenderKind[]> = {
  analyze: ['content-script', 'extension-page'],
};

export interface ResponseFor {
  analyze: AnalyzeResponse;
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
    default:
      return { error: `unknown request type` };
  }
}
