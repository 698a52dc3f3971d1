/**
 * What the export readers produce: the account's own past posts, comments, replies and messages,
 * each with its platform, date and (where the export gives one) a link, ready for the analyzer.
 * Pure data: the readers run the same in Node (the CLI) and in an extension page or worker.
 */
import type { SupportedSite } from '../sites';

export type Platform = SupportedSite;
export const PLATFORM_LABELS: Record<Platform, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn' };

/** The report's year for an item without a readable date (AuditReport.byYear). */
export const UNKNOWN_YEAR = 'unknown';
/** The report's account for a platform's items whose export names none (AuditReport.byAccount). */
export const unnamedAccount = (platform: Platform): string => `${PLATFORM_LABELS[platform]} (account not named)`;

/** What an item was on the platform: a post (or caption), a comment, a reply to a post, a direct message. */
export type ItemKind = 'post' | 'comment' | 'reply' | 'message';

/** One piece of the account's own writing, as read from an export. */
export interface AuditItem {
  platform: Platform;
  kind: ItemKind;
  text: string;
  /** ISO 8601 in UTC, or undefined when the export gave no readable time. */
  date?: string;
  /** The account it was posted from: a username or profile name, as the export names it. */
  account?: string;
  /** A link to the item on the platform, where the export gives one (X tweets, LinkedIn shares and comments). */
  link?: string;
  /** The file it was read from, inside the export. */
  file: string;
}

/** A file of the export the readers could not use, and why (the message names what was expected). */
export interface Skipped {
  file: string;
  /** In English: what the CLI prints and the exports hold. */
  reason: string;
  /** The reason as a code the audit page words in the interface's language; absent where there is none (a reader's own detail). */
  code?: SkipCode;
  /** The code's values: a compression method, sizes in MB, a count, the expected files, an error's own words. */
  subs?: (string | number)[];
}

/** Why a file of an export was not read, for the audit page's words (lib/i18n aud_skip*). */
export type SkipCode =
  | 'compression'
  | 'entry-too-large'
  | 'total-too-large'
  | 'not-zip'
  | 'zip-damaged'
  | 'entry-damaged'
  | 'entry-inflates'
  | 'cut-off'
  | 'zip-empty'
  | 'html-export'
  | 'nothing-found'
  | 'not-export'
  | 'unreadable'
  /** A file a reader wants but could not use: subs are [ExpectedCode, ReadErrorCode, ...the error's values]. */
  | 'bad-file';

/** What a reader expected a file to be, for the audit page's words (lib/i18n aud_exp_*). */
export type ExpectedCode =
  | 'x-account'
  | 'x-tweets'
  | 'x-messages'
  | 'facebook-profile'
  | 'facebook-posts'
  | 'facebook-comments'
  | 'instagram-profile'
  | 'instagram-posts'
  | 'instagram-comments'
  | 'linkedin-profile'
  | 'linkedin-shares'
  | 'linkedin-comments';

/** What was wrong with a file a reader wants, for the audit page's words (lib/i18n aud_why_*). */
export type ReadErrorCode =
  | 'empty'
  | 'not-json'
  | 'no-ytd'
  | 'no-equals'
  | 'not-list'
  | 'no-account'
  | 'no-full-text'
  | 'no-conversation'
  | 'no-profile-name'
  | 'no-posts'
  | 'no-comments-v2'
  | 'no-username'
  | 'no-comments'
  | 'header'
  | 'no-name-row';

/** Something read but deliberately left out (or read differently), counted: "X: 12 reposts … not checked". */
export interface Note {
  /** In English: what the CLI prints and the exports hold. */
  text: string;
  /** The note as a code the audit page words in the interface's language (lib/i18n aud_note*). */
  code: NoteCode;
  /** The code's values: a count. */
  subs?: number[];
}

/** What a note says: reposts or received direct messages left out, or both sides of the messages checked. */
export type NoteCode = 'x-reposts' | 'x-received' | 'x-no-account';

/** One file of an export, by its path inside the export (a zip entry or a path under the chosen folder). */
export interface ExportFile {
  path: string;
  bytes: Uint8Array;
}

/** What a reader got out of the files it recognised. */
export interface ReadResult {
  items: AuditItem[];
  skipped: Skipped[];
  /** Things read but deliberately left out, counted, e.g. "12 reposts (not the account's own words)". */
  notes: Note[];
  /** The platforms whose files were recognised. */
  platforms: Platform[];
  /** Account names found in the export's profile files, per platform. */
  accounts: Partial<Record<Platform, string>>;
}
