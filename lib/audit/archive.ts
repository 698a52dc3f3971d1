/**
 * Opening a platform's export zip with fflate, reading only the entries a reader wants.
 *
 * Safety: an export can be large (an X archive with years of photos and videos runs to gigabytes)
 * or hostile (a zip bomb). Only the few text files the readers use are decompressed, never media;
 * an entry whose declared uncompressed size is over MAX_ENTRY_BYTES, or that would take the total
 * past MAX_TOTAL_BYTES, is refused and listed. fflate writes a deflated entry into a buffer of its
 * declared size and no further, so a size that lies cannot grow memory past what was checked.
 *
 * A truncated download has no central directory at its end; its complete entries are still read
 * from their local headers (fflate's streaming Unzip) and the rest is reported as skipped.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import type { ExportFile, Skipped } from './types';

/** The largest single file read: a tweets.js of about 250,000 tweets, well under JavaScript's longest string. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** The most text read from one export, all wanted entries together. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

export function isZip(file: ExportFile): boolean {
  const b = file.bytes;
  // "PK\x03\x04" starts a zip with entries, "PK\x05\x06" an empty one.
  return (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6)) || /\.zip$/i.test(file.path);
}

/** The wanted entries of a zip, by path inside it, and what was refused or could not be read. */
export function unzipWanted(zip: ExportFile, wants: (path: string) => boolean): { files: ExportFile[]; skipped: Skipped[]; entries: string[] } {
  const files: ExportFile[] = [];
  const skipped: Skipped[] = [];
  const entries: string[] = [];
  let total = 0;
  const admit = (name: string, declared: number | undefined, compression: number): boolean => {
    if (name.endsWith('/')) return false;
    entries.push(name);
    if (!wants(name)) return false;
    // Stored (0) and deflated (8) are what the platforms write; fflate reads no other method.
    if (compression !== 0 && compression !== 8) {
      skipped.push({ file: `${zip.path}: ${name}`, reason: `compressed with method ${compression}, which this audit cannot read (expected deflate); unpack the zip with another tool and give the folder`, code: 'compression', subs: [compression] });
      return false;
    }
    if (declared !== undefined && declared > MAX_ENTRY_BYTES) {
      skipped.push({ file: `${zip.path}: ${name}`, reason: `refused: it declares ${mb(declared)} uncompressed, over the ${mb(MAX_ENTRY_BYTES)} this audit reads from one file`, code: 'entry-too-large', subs: [mbs(declared), mbs(MAX_ENTRY_BYTES)] });
      return false;
    }
    if (declared !== undefined && total + declared > MAX_TOTAL_BYTES) {
      skipped.push({ file: `${zip.path}: ${name}`, reason: `refused: the export's files together would pass ${mb(MAX_TOTAL_BYTES)}`, code: 'total-too-large', subs: [mbs(MAX_TOTAL_BYTES)] });
      return false;
    }
    total += declared ?? 0;
    return true;
  };
  try {
    const out = unzipSync(zip.bytes, { filter: (f) => admit(f.name, f.originalSize, f.compression) });
    for (const [path, bytes] of Object.entries(out)) files.push({ path, bytes });
    return { files, skipped, entries };
  } catch (e) {
    // Not a whole zip: read what its local headers still give, entry by entry.
    entries.length = 0;
    skipped.length = 0;
    total = 0;
    const partial = streamWanted(zip, admit, skipped);
    if (partial.length === 0 && entries.length === 0) {
      skipped.push({ file: zip.path, reason: `not a readable zip file (${(e as Error).message}); expected a platform's data export as downloaded`, code: 'not-zip', subs: [(e as Error).message] });
    } else {
      skipped.push({ file: zip.path, reason: `the zip is damaged or truncated (${(e as Error).message}); ${partial.length} wanted file${partial.length === 1 ? '' : 's'} read from the part that is whole`, code: 'zip-damaged', subs: [(e as Error).message, partial.length] });
    }
    return { files: partial, skipped, entries };
  }
}

/** Reads complete entries from the front of a zip that has no readable central directory. */
function streamWanted(zip: ExportFile, admit: (name: string, declared: number | undefined, compression: number) => boolean, skipped: Skipped[]): ExportFile[] {
  const files: ExportFile[] = [];
  const started: string[] = [];
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (entry) => {
    if (!admit(entry.name, entry.originalSize, entry.compression)) return;
    started.push(entry.name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    entry.ondata = (err, chunk, final) => {
      if (err) {
        skipped.push({ file: `${zip.path}: ${entry.name}`, reason: `its compressed data is damaged (${err.message})`, code: 'entry-damaged', subs: [err.message] });
        return;
      }
      size += chunk.length;
      if (size > MAX_ENTRY_BYTES) {
        entry.terminate();
        skipped.push({ file: `${zip.path}: ${entry.name}`, reason: `refused: it inflates past ${mb(MAX_ENTRY_BYTES)}`, code: 'entry-inflates', subs: [mbs(MAX_ENTRY_BYTES)] });
        return;
      }
      chunks.push(chunk);
      if (final) files.push({ path: entry.name, bytes: concat(chunks, size) });
    };
    entry.start();
  };
  try {
    unzip.push(zip.bytes, true);
  } catch {
    // The cut-off entry; the whole ones before it were delivered above.
  }
  const done = new Set(files.map((f) => f.path));
  for (const name of started) {
    if (!done.has(name) && !skipped.some((s) => s.file === `${zip.path}: ${name}`)) skipped.push({ file: `${zip.path}: ${name}`, reason: 'cut off before its end', code: 'cut-off' });
  }
  return files;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Megabytes, rounded: what the messages name. */
function mbs(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

function mb(bytes: number): string {
  return `${mbs(bytes)} MB`;
}
