/** Small text helpers the readers share: decoding files, Facebook's mis-encoded text, dates. */

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** A file's text: UTF-8 (invalid bytes become U+FFFD rather than failing the file), without a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  const text = utf8Lenient.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Undoes the mis-encoding in Facebook's and Instagram's JSON exports: each UTF-8 byte of the text
 * is written as its own code point (`"caf\u00c3\u00a9"` for "café", an emoji as four \u00xx), a
 * long-standing quirk of their "Download your information" files. A string made only of code
 * points below 256, with at least one above 127, is taken as bytes and decoded as UTF-8; when the
 * bytes are not valid UTF-8 the string was plain Latin-1 text ("café" written correctly) and is
 * kept as it is.
 */
export function repairMojibake(s: string): string {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    if (c > 0x7f) high = true;
  }
  if (!high) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  try {
    return utf8.decode(bytes);
  } catch {
    return s;
  }
}

/** A Unix time in seconds (Facebook, Instagram) as ISO 8601, or undefined when it is not a plausible time. */
export function fromSeconds(value: unknown): string | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
  return isoOf(new Date(n * 1000));
}

/** A date string any of the platforms write ("Wed Oct 10 20:19:24 +0000 2018", "2023-04-05 14:22:10", ISO) as ISO 8601 in UTC. */
export function fromDateString(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let s = value.trim();
  // LinkedIn writes "2023-04-05 14:22:10" in UTC without saying so; Date would read it as local time.
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?$/.test(s)) s = `${s.replace(' ', 'T')}Z`;
  return isoOf(new Date(s));
}

function isoOf(d: Date): string | undefined {
  const t = d.getTime();
  // Before 2004 there was no Facebook, X, LinkedIn or Instagram post to read; far future is a bad field.
  if (!Number.isFinite(t) || d.getUTCFullYear() < 2000 || d.getUTCFullYear() > 2200) return undefined;
  return d.toISOString();
}

/** X's archive escapes &, < and > in tweet text as HTML entities; the posted text had the characters. */
export function unescapeX(s: string): string {
  return s.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === 'amp' ? '&' : name === 'lt' ? '<' : '>'));
}

/** The last part of a path, for matching a file wherever the export's folders put it. */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
