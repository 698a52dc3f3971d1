import type { AuditItem, ExportFile, Note, Platform, Skipped } from '../types';

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

/** Runs `read` on one file, turning any error into a skipped entry that says what was expected. */
export function eachFile(files: readonly ExportFile[], skipped: Skipped[], expected: (f: ExportFile) => string, read: (f: ExportFile) => void): void {
  for (const f of files) {
    try {
      read(f);
    } catch (e) {
      skipped.push({ file: f.path, reason: `${expected(f)}; ${e instanceof Error ? e.message : String(e)}` });
    }
  }
}

/** Parses JSON, naming the problem in plain words (JSON.parse's own message is the detail). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new Error('the file is empty');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`, { cause: e });
  }
}
