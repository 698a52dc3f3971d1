/**
 * The one protocol between the content script, extension pages and the background worker.
 * Each request names who may send it; the background checks the sender once, in
 * lib/protocol/sender.ts, and validates content-script payloads here before use.
 *
 * Requests and tab messages are valibot schemas; their types are inferred from the schemas, so
 * what is checked and what is typed cannot drift apart. Objects keep only their declared fields.
 * Module-level schemas are marked `@__PURE__` so the bundler can leave the request schemas out of
 * the content script, which needs only parseTabMessage (and of the options page: DECISIONS).
 *
 * Privacy: `analyze` carries the draft to the background only, in memory, over the
 * extension's own runtime channel; nothing here is stored or sent anywhere else.
 */
import * as v from 'valibot';
import { ACTIONS, SITES, SURFACES, isCategory, type Category, type Finding, type Site, type Surface } from '../analyzer/types';
import type { PhotoBox, PhotoMetadataKind, PhotoMetadataKinds, PhotoResult, PhotoWord } from '../analyzer/photo';
import type { Policy, PolicyPatch, Problem, Refusal } from '../policy/schema';

/**
 * Longest part of a draft that is checked (characters, about 15,000 words: far past any social
 * post). The content script sends only this much and the card says how much of the end was not
 * checked; the background cuts a longer request here too. Above this, a check's time and the
 * redraw of its findings grow with text no one posts (issue 12). (It replaces a 2,000,000 limit.)
 */
export const MAX_CHECKED_LENGTH = 100_000;

export type SenderKind = 'content-script' | 'extension-page';

/**
 * A request: `type` plus its fields. A missing field is refused with the same message as a
 * field of the wrong kind (the message given to the field's schema).
 */
function request<const T extends string, const E extends v.ObjectEntries>(type: T, entries: E) {
  return v.object({ type: v.literal(type), ...entries }, (issue) => {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' ? (entries as Record<string, { message?: unknown }>)[key] : undefined;
    return typeof field?.message === 'string' ? field.message : `${type}: malformed request`;
  });
}

/** An unknown or missing site or surface is read as 'other' (checked generically), not refused. */
const site = /* @__PURE__ */ v.fallback(v.picklist(SITES), 'other');
const surface = /* @__PURE__ */ v.fallback(v.picklist(SURFACES), 'other');

const AnalyzeRequest = /* @__PURE__ */ request('analyze', { text: v.string('analyze: text must be a string'), site, surface });
export type AnalyzeRequest = v.InferOutput<typeof AnalyzeRequest>;
/**
 * A composer got focus, or typing resumed after the worker may have been stopped: start the
 * background (and the analyzer's one-time set-up) now, so the first check does not wait for it.
 * Carries nothing: no text, no site.
 */
const WarmRequest = /* @__PURE__ */ request('warm', {});
export type WarmRequest = v.InferOutput<typeof WarmRequest>;
export interface AnalyzeResponse {
  ok: true;
  findings: Finding[];
  /** True when the draft was longer than MAX_CHECKED_LENGTH and only its start was checked. */
  truncated: boolean;
  /**
   * Set when most of the draft is in a language Second Look does not read (issue 15): the
   * language's English name ("Portuguese"), for the card's notice. Never any of the draft's text.
   */
  otherLanguage?: string;
  /** The effective policy for this site: when `enabled` is false there are no findings. */
  settings: { enabled: boolean; debounceMs: number };
}

// ---- Photos (issue 16) ----

/**
 * Largest attached image that is read, in bytes (a phone photo is 2–8 MB). A larger one is not
 * sent; the card says it was not checked.
 */
export const MAX_PHOTO_BYTES = 15_000_000;
/** The same limit on the data: URL that carries it (base64 is 4/3 the size, plus its header). */
const MAX_PHOTO_URL = Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 100;
const PHOTO_IMAGE = 'checkPhoto: image must be a data: URL of a PNG, JPEG, GIF or WebP under 15 MB';
const photoImage = /* @__PURE__ */ v.pipe(v.string(PHOTO_IMAGE), v.maxLength(MAX_PHOTO_URL, PHOTO_IMAGE), v.regex(/^data:image\/(?:png|jpeg|gif|webp|bmp);base64,/, PHOTO_IMAGE));

/**
 * An image the user attached to a composer, as a data: URL, to be read (OCR) and checked.
 * Privacy: the image and the text read from it stay in memory, in the background and the
 * offscreen document; the answer carries only the flagged words, never the photo's text.
 */
const CheckPhotoRequest = /* @__PURE__ */ request('checkPhoto', { image: photoImage, site, surface });
export type CheckPhotoRequest = v.InferOutput<typeof CheckPhotoRequest>;
export interface CheckPhotoResponse {
  ok: true;
  /** False when photos are not read (the policy turned it off, or the site is off): nothing was checked. */
  checked: boolean;
  /** What the photo shows that could identify a patient (its reason a code the card words); absent when nothing. */
  result?: PhotoResult;
  /** What the file's metadata records (place, time, owner, names), as kinds the card words; absent when none. */
  metadata?: PhotoMetadataKind[];
  /** Where the flagged words are on the photo (fractions of its size), to box them on the thumbnail. */
  boxes?: PhotoBox[];
}

/**
 * Background → offscreen document (Chrome): read this image's text. Sent on the runtime channel,
 * which every extension page hears: the offscreen document answers it only from the extension
 * itself, and the background never handles it. Its answer is the text, in memory only.
 */
const OcrRequest = /* @__PURE__ */ v.object({ type: v.literal('ocr:recognize'), image: photoImage });
export type OcrRequest = v.InferOutput<typeof OcrRequest>;
export type OcrResponse = { ok: true; text: string; ms: number; words: PhotoWord[]; metadata?: PhotoMetadataKinds } | ErrorResponse;

/** Parses a message arriving at the offscreen document; anything else is not for it (null). */
export function parseOcrRequest(raw: unknown): OcrRequest | null {
  const r = v.safeParse(OcrRequest, raw);
  return r.success ? r.output : null;
}

// ---- Policy (extension pages) ----

const GetPolicyRequest = /* @__PURE__ */ request('getPolicy', {});
export type GetPolicyRequest = v.InferOutput<typeof GetPolicyRequest>;
/** The policy as the popup and options page show it. */
export interface PolicyState {
  ok: true;
  effective: Policy;
  /** The user's own settings (sparse). */
  user: PolicyPatch;
  /** Keys set by the organization's managed policy: shown locked, never changed by the user. */
  locked: string[];
  /** Repairs made while reading or applying settings: English words and a code the page words. */
  problems: Problem[];
  /** Keys of the last change that were ignored because they are locked. */
  ignored: string[];
  /**
   * List entries that are refused and not used (e.g. a deny-list pattern that is not provably
   * linear-time), the organization's and the user's, each with its reason in plain words.
   */
  refused: RefusedEntry[];
}

/** A refused list entry and whose it is: the organization's managed policy, or the user's settings. */
export interface RefusedEntry extends Refusal {
  setBy: 'organization' | 'you';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A sparse change: fields to set; `null` for a field returns it to its default. Locked keys are
 * ignored. Passed on as sent (same object): lib/policy validates and repairs it field by field.
 */
const SetPolicyRequest = /* @__PURE__ */ request('setPolicy', { change: v.custom<Record<string, unknown>>(isRecord, 'setPolicy: change must be an object') });
export type SetPolicyRequest = v.InferOutput<typeof SetPolicyRequest>;
const ResetPolicyRequest = /* @__PURE__ */ request('resetPolicy', {});
export type ResetPolicyRequest = v.InferOutput<typeof ResetPolicyRequest>;
/** JSON text from a file the user picked: an export, or a bare policy object. */
const IMPORT_TOO_BIG = 'importPolicy: json must be text under 1 MB';
const ImportPolicyRequest = /* @__PURE__ */ request('importPolicy', { json: v.pipe(v.string(IMPORT_TOO_BIG), v.maxLength(1_000_000, IMPORT_TOO_BIG)) });
export type ImportPolicyRequest = v.InferOutput<typeof ImportPolicyRequest>;
const ExportPolicyRequest = /* @__PURE__ */ request('exportPolicy', {});
export type ExportPolicyRequest = v.InferOutput<typeof ExportPolicyRequest>;
export interface ExportPolicyResponse {
  ok: true;
  json: string;
}

// ---- Decision log ----

export const DECISIONS = ['edited', 'posted-anyway', 'dismissed', 'false-alarm'] as const;
export type Decision = (typeof DECISIONS)[number];

const NO_CATEGORIES = 'logDecision: categories must list known categories';
/**
 * What a user did with a warning. Privacy: categories, action, site and surface only — the
 * protocol has no field for the text, so none can reach the log. Unknown categories are left
 * out; at least one known one must remain (at most 50), and repeats count once.
 */
const LogDecisionRequest = /* @__PURE__ */ request('logDecision', {
  categories: v.pipe(
    v.array(v.unknown(), NO_CATEGORIES),
    v.transform((items) => items.filter(isCategory)),
    v.minLength(1, NO_CATEGORIES),
    v.maxLength(50, NO_CATEGORIES),
    v.transform((categories) => [...new Set(categories)]),
  ),
  // 'off' is a policy setting, never the action of a shown warning.
  action: v.picklist(/* @__PURE__ */ ACTIONS.filter((a) => a !== 'off') as Exclude<(typeof ACTIONS)[number], 'off'>[], 'logDecision: unknown action'),
  decision: v.picklist(DECISIONS, 'logDecision: unknown decision'),
  site,
  surface,
  /**
   * The rule a reported false alarm came from: a rule id's shape only (the background keeps it
   * only when it names one of its rules), so no words of a draft fit here.
   */
  rule: v.optional(v.pipe(v.string(), v.maxLength(60), v.regex(/^[a-z]+(?:\.[a-z0-9-]+){1,3}$/))),
});
export type LogDecisionRequest = v.InferOutput<typeof LogDecisionRequest>;
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
/**
 * An answer given on a warning card (issue 13): `allow` adds the flagged words to the user's
 * "Always allow" list (and `disallow` takes them back: undo); `turn-off` turns the finding's
 * check off on this site (`turn-on`: undo). The words are sent only for allow/disallow, which
 * store them by the user's explicit choice, and only the flagged words, never the draft.
 */
const ANSWERS = ['allow', 'disallow', 'turn-off', 'turn-on'] as const;
const ANSWER_TEXT = 'answerFinding: text must be 2–200 characters';
const AnswerRequest = /* @__PURE__ */ request('answerFinding', {
  answer: v.picklist(ANSWERS, 'answerFinding: unknown answer'),
  category: v.custom<Category>(isCategory, 'answerFinding: unknown category'),
  site,
  text: v.optional(v.pipe(v.string(ANSWER_TEXT), v.trim(), v.minLength(2, ANSWER_TEXT), v.maxLength(200, ANSWER_TEXT))),
});
export type AnswerRequest = v.InferOutput<typeof AnswerRequest>;
/**
 * What became of an answer, as a code the card puts in words (lib/page/answer-notice.ts), never a
 * sentence: the background does not look up the interface's words (a just-started service
 * worker's chrome.i18n can answer an empty string).
 */
export const ANSWER_NOTICES = ['allowed', 'disallowed', 'allow-locked', 'allow-full', 'not-saved', 'unknown-site', 'check-locked', 'turned-off', 'turned-on'] as const;
export type AnswerNotice = (typeof ANSWER_NOTICES)[number];
export interface AnswerResponse {
  ok: true;
  /** False when the answer could not be applied (e.g. the organization locked it); `notice` says why. */
  applied: boolean;
  notice: AnswerNotice;
  /** With `allow-full`: how many entries the allow-list holds at most. */
  max?: number;
}

const GetDecisionCountsRequest = /* @__PURE__ */ request('getDecisionCounts', {});
export type GetDecisionCountsRequest = v.InferOutput<typeof GetDecisionCountsRequest>;
export interface DecisionCountsResponse {
  ok: true;
  counts: DecisionCount[];
  total: number;
  enabled: boolean;
  retentionDays: number;
}
const ExportDecisionsCsvRequest = /* @__PURE__ */ request('exportDecisionsCsv', {});
export type ExportDecisionsCsvRequest = v.InferOutput<typeof ExportDecisionsCsvRequest>;
export interface ExportDecisionsCsvResponse {
  ok: true;
  csv: string;
}
const ClearDecisionsRequest = /* @__PURE__ */ request('clearDecisions', {});
export type ClearDecisionsRequest = v.InferOutput<typeof ClearDecisionsRequest>;
export interface OkResponse {
  ok: true;
}

// ---- Tab messages (sent with tabs.sendMessage to our content script) ----

/**
 * Messages to our content script, by type:
 * - `policyChanged` (background → every tab): the effective policy changed; ask `analyze` again
 *   for fresh settings.
 * - `getDraftStatus` (popup → active tab): what is in the focused draft; the content script
 *   answers with a DraftStatusResponse.
 * - `openCard` (background → tab): the keyboard shortcut asks the focused composer's card to open.
 * None has a payload, so one object schema with a picklist is enough (a variant of three objects
 * would cost the content script about a kilobyte more).
 */
const TabMessage = /* @__PURE__ */ v.object({ type: v.picklist(['policyChanged', 'getDraftStatus', 'openCard']) });
export type TabMessage = v.InferOutput<typeof TabMessage>;
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

/** Parses a message arriving at a content script; anything else is ignored (returns null). */
export function parseTabMessage(raw: unknown): TabMessage | null {
  const r = v.safeParse(TabMessage, raw);
  return r.success ? r.output : null;
}

export interface ErrorResponse {
  ok: false;
  error: string;
}

const Request = /* @__PURE__ */ v.variant(
  'type',
  [
    AnalyzeRequest,
    WarmRequest,
    GetPolicyRequest,
    SetPolicyRequest,
    ResetPolicyRequest,
    ImportPolicyRequest,
    ExportPolicyRequest,
    LogDecisionRequest,
    AnswerRequest,
    GetDecisionCountsRequest,
    ExportDecisionsCsvRequest,
    ClearDecisionsRequest,
    CheckPhotoRequest,
  ],
  'unknown request type',
);
export type Request = v.InferOutput<typeof Request>;

/** Anything with a string `type` that is not a list; what is not is no message of ours. */
const Envelope = /* @__PURE__ */ v.pipe(
  v.object({ type: v.string() }),
  v.check((m) => !Array.isArray(m)),
);

const PAGES = ['extension-page'] as const;

/** Which sender kinds may make each request. */
export const ALLOWED_SENDERS: Record<Request['type'], readonly SenderKind[]> = {
  analyze: ['content-script', 'extension-page'],
  warm: ['content-script'],
  getPolicy: PAGES,
  setPolicy: PAGES,
  resetPolicy: PAGES,
  importPolicy: PAGES,
  exportPolicy: PAGES,
  logDecision: ['content-script'],
  answerFinding: ['content-script'],
  getDecisionCounts: PAGES,
  exportDecisionsCsv: PAGES,
  clearDecisions: PAGES,
  checkPhoto: ['content-script'],
};

export interface ResponseFor {
  analyze: AnalyzeResponse;
  warm: OkResponse;
  getPolicy: PolicyState;
  setPolicy: PolicyState;
  resetPolicy: PolicyState;
  importPolicy: PolicyState;
  exportPolicy: ExportPolicyResponse;
  logDecision: LogDecisionResponse;
  answerFinding: AnswerResponse | ErrorResponse;
  getDecisionCounts: DecisionCountsResponse;
  exportDecisionsCsv: ExportDecisionsCsvResponse;
  clearDecisions: OkResponse | ErrorResponse;
  checkPhoto: CheckPhotoResponse | ErrorResponse;
}

/** Parses an untrusted message; returns the request or a reason it was refused. */
export function parseRequest(raw: unknown): Request | { error: string } {
  if (!v.is(Envelope, raw)) return { error: 'not a Second Look message' };
  const r = v.safeParse(Request, raw);
  return r.success ? r.output : { error: r.issues[0].message };
}
