/**
 * Reading a platform's data export for the audit of past posts (issue 17): readExport() takes the
 * files the user chose (export zips, a folder's files, or single files) and returns the account's
 * own posts, comments, replies and messages, with what was skipped and why.
 *
 * Privacy: this layer is pure. It reads bytes it is handed and returns values; it opens no file,
 * stores nothing and sends nothing. The caller (the CLI, or an extension page) decides where a
 * report goes, and only where the user asks.
 */
import { isZip, unzipWanted } from './archive';
import { EXPECTED_FILES, isExportFile, READERS } from './files';
import type { ExportFile, ReadResult, Skipped } from './types';

export * from './types';
export { buildReport, type AuditReport, type FlaggedItem, type ReportOptions } from './report';
export { reportCsv, reportHtml, reportJson } from './export';
export { EXPECTED_FILES, isExportFile } from './files';
export { repairMojibake } from './text';
export { MAX_ENTRY_BYTES, MAX_TOTAL_BYTES } from './archive';

/**
 * Reads export files: zips are opened (only the files a reader wants are decompressed), other
 * files are taken by their path. Never throws: what cannot be read is in `skipped`, with the file
 * and what was expected; whatever could be read is returned.
 */
export function readExport(inputs: readonly ExportFile[]): ReadResult {
  const files: ExportFile[] = [];
  const skipped: Skipped[] = [];
  for (const input of inputs) {
    if (isZip(input)) {
      const z = unzipWanted(input, isExportFile);
      skipped.push(...z.skipped);
      files.push(...z.files.map((f) => ({ path: `${input.path}/${f.path}`, bytes: f.bytes })));
      if (z.files.length === 0 && z.skipped.length === 0) skipped.push({ file: input.path, ...nothingFound(z.entries) });
    } else if (isExportFile(input.path)) {
      files.push(input);
    } else {
      skipped.push({ file: input.path, reason: `not a file this audit reads; expected ${EXPECTED_FILES}`, code: 'not-export', subs: [EXPECTED_FILES] });
    }
  }

  const result: ReadResult = { items: [], skipped, notes: [], platforms: [], accounts: {} };
  for (const reader of READERS) {
    // A path is the first wanting reader's: no file is read twice.
    const mine = files.filter((f) => READERS.find((r) => r.wants(f.path)) === reader);
    if (mine.length === 0) continue;
    let read;
    try {
      read = reader.read(mine);
    } catch (e) {
      // Readers catch per file; this is the last guard so one platform cannot sink the others.
      result.skipped.push(...mine.map((f): Skipped => ({ file: f.path, reason: `could not be read (${(e as Error).message})`, code: 'unreadable', subs: [(e as Error).message] })));
      continue;
    }
    result.platforms.push(reader.platform);
    result.items.push(...read.items);
    result.skipped.push(...read.skipped);
    result.notes.push(...read.notes);
    if (read.account) result.accounts[reader.platform] = read.account;
  }
  return result;
}

/** Why a zip gave nothing: empty, an HTML-format download, or not a platform export. */
function nothingFound(entries: readonly string[]): Omit<Skipped, 'file'> {
  if (entries.length === 0) return { reason: 'the zip is empty; expected a platform\'s data export', code: 'zip-empty' };
  if (entries.some((e) => /\.html?$/i.test(e)) && !entries.some((e) => /\.json$/i.test(e))) {
    return { reason: 'this export is in HTML format; download it again choosing the JSON format (Facebook and Instagram offer both)', code: 'html-export' };
  }
  return { reason: `no file this audit reads was found among its ${entries.length} entries; expected ${EXPECTED_FILES}`, code: 'nothing-found', subs: [entries.length, EXPECTED_FILES] };
}
