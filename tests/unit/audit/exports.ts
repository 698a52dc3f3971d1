/**
 * Small exports in each platform's own shapes, built in memory for the reader tests: our own
 * invented posts, never real ones.
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportFile } from '../../../lib/audit';

/** An X archive data file: `window.YTD.<name>.part0 = [...]`. */
export function ytd(name: string, entries: unknown[]): string {
  return `window.YTD.${name}.part0 = ${JSON.stringify(entries, null, 2)}`;
}

/** A zip of text (or byte) files, as fflate writes it. */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

/** Text as Facebook and Instagram export it: each UTF-8 byte as its own code point. */
export function mojibake(s: string): string {
  return String.fromCharCode(...new TextEncoder().encode(s));
}

/** JSON as Facebook writes it: mis-encoded strings, and every non-ASCII code point as a \u00xx escape. */
export function metaJson(value: unknown): string {
  const mangle = (v: unknown): unknown =>
    typeof v === 'string' ? mojibake(v) : Array.isArray(v) ? v.map(mangle) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mangle(x)])) : v;
  return JSON.stringify(mangle(value), null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function file(path: string, text: string | Uint8Array): ExportFile {
  return { path, bytes: typeof text === 'string' ? strToU8(text) : text };
}

/** A post each family flags at `warn` or above with the default policy, and one nothing flags. */
export const PHI_POST = 'Thanks for visiting our office last Tuesday, Mrs. Patel, we hope your crown feels better!';
export const MYTH_POST = 'MMR vaccine causes autism in children.';
export const HOSTILE_POST = 'You are an idiot and a liar, stop posting reviews about my clinic.';
export const HARMLESS_POST = 'Great to see everyone at the conference today.';
