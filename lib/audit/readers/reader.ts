import type { AuditItem, ExpectedCode, ExportFile, Note, Platform, ReadErrorCode, Skipped } from '../types';

/** What one platform's reader makes of the files it recognised. */
export interface PlatformRead {
  items: AuditItem[];
  skipped: Skipped[];
  notes: Note[];
  account?: string;
}

/** One platform's export format: which files it reads, and how. */
export interface Reader {
  platform: Platform;
  /** Whether a path (a zip entry or a file under a folder) is one this reader reads. */
  wants(path: string): boolean;
  /** The files this platform's reader reads, in the words of its documentation, for messages. */
  expected: string;
  /** Reads its files; never throws: a file it cannot use is listed in `skipped` with the reason. */
  read(files: readonly ExportFile[]): PlatformRead;
}

/** What a file was expected to be: the English the CLI prints, and a code the audit page words. */
export interface Expected {
  code: ExpectedCode;
  text: string;
}

/** Why a wanted file could not be used: the English the CLI prints, a code and its values for the audit page. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
    readonly subs: (string | number)[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Runs `read` on one file, turning any error into a skipped entry that says what was expected. */
export function eachFile(files: readonly ExportFile[], skipped: Skipped[], expected: Expected, read: (f: ExportFile) => void): void {
  for (const f of files) {
    try {
      read(f);
    } catch (e) {
      const reason = `${expected.text}; ${e instanceof Error ? e.message : String(e)}`;
      // An error of our own has words on the audit page; anything else keeps its English reason.
      skipped.push({ file: f.path, reason, ...(e instanceof ReadError ? { code: 'bad-file' as const, subs: [expected.code, e.code, ...e.subs] } : {}) });
    }
  }
}

/** Parses JSON, naming the problem in plain words (JSON.parse's own message is the detail). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new ReadError('empty', 'the file is empty');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReadError('not-json', `not valid JSON (${(e as Error).message})`, [(e as Error).message], { cause: e });
  }
}
