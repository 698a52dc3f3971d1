/**
 * What the text read from an attached photo means for the post (issue 16): the PHI found in it,
 * summed up in one reason a person recognises ("a name and a record number — a wristband?").
 * Only patient information counts in a photo: a slide's statistic or a banner's slogan is not
 * what gets a clinician disciplined, and OCR's stray words must not nag. Pure.
 */
import { ACTION_RANK, familyOf, type Action, type Category, type Finding } from './types';

/** One thing a photo shows, for the card: never more of the photo's text than the flagged words. */
export interface PhotoFinding {
  category: Category;
  action: Action;
  /** The flagged words as read (at most 80 characters). */
  words: string;
}

/**
 * What the photo seems to show, as a code the card puts in words (lib/page/card/photo-words.ts):
 * a name and a record number, names with bed or room numbers, a record number, a name and a
 * date, or other identifying text. A code, not a sentence: the background worker does not look
 * up the interface's words (a just-started service worker's chrome.i18n can answer '').
 */
export type PhotoReason = 'name-record' | 'name-bed' | 'record' | 'name-date' | 'other';
export const PHOTO_REASONS: readonly PhotoReason[] = ['name-record', 'name-bed', 'record', 'name-date', 'other'];

export interface PhotoResult {
  /** The strongest action among the photo's findings (what holds Post). */
  action: Action;
  /** What the photo seems to show and why it matters (the card says it in one sentence). */
  reason: PhotoReason;
  findings: PhotoFinding[];
}

const RECORD_NUMBERS: ReadonlySet<Category> = new Set(['phi.mrn', 'phi.health-plan-id', 'phi.account-number', 'phi.other-id', 'phi.ssn', 'phi.device-id']);

/**
 * Names as labels print them, which the draft rules (made for sentences) do not read: "DOE, JANE"
 * and "Name: Jane Doe" / "Patient: Robert Brown", one per line. Counted only beside another
 * identifier in the same photo.
 */
const LABELLED_NAME = /\b(?:name|patient|pt)\s?[:.]\s?([A-Z][A-Za-z'’-]+(?:,? [A-Z][A-Za-z'’-]+){1,2})/g;
const LAST_FIRST = /^\s{0,4}([A-Z][A-Z'’-]+, ?[A-Z][A-Z'’-]+(?: [A-Z]\.?)?)\s*$/gm;

function labelNames(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const re of [LABELLED_NAME, LAST_FIRST]) {
    for (const m of text.matchAll(re)) {
      const start = m.index + m[0].indexOf(m[1]!);
      out.push({ start, end: start + m[1]!.length });
    }
  }
  return out;
}

/**
 * The photo's PHI, or undefined when it shows none worth a warning. A name counts only beside
 * another identifier (names in a photo are often the author's team); everything else counts
 * from `warn` up.
 */
export function summarizePhoto(text: string, findings: readonly Finding[]): PhotoResult | undefined {
  const phi = findings.filter((f) => familyOf(f.category) === 'phi');
  const serious = phi.filter((f) => f.action !== 'inform');
  if (!serious.length) return undefined;
  for (const n of labelNames(text)) {
    if (!phi.some((f) => f.category === 'phi.name' && f.start < n.end && n.start < f.end)) {
      phi.push({ ruleId: 'phi.name', category: 'phi.name', start: n.start, end: n.end, confidence: 0.8, action: 'warn', message: '' });
    }
  }
  phi.sort((a, b) => a.start - b.start);
  const has = (test: (c: Category) => boolean) => phi.some((f) => test(f.category));
  const name = has((c) => c === 'phi.name');
  const record = has((c) => RECORD_NUMBERS.has(c));
  const bed = has((c) => c === 'phi.geo') && /\b(?:bed|rm|room)\b/i.test(text);
  const date = has((c) => c === 'phi.date' || c === 'phi.age' || c === 'phi.age-over-89');
  const reason: PhotoReason = name && record ? 'name-record' : name && bed ? 'name-bed' : record ? 'record' : name && date ? 'name-date' : 'other';
  const shown = name && serious.length ? phi : serious;
  let action: Action = 'inform';
  for (const f of serious) if (ACTION_RANK[f.action] > ACTION_RANK[action]) action = f.action;
  const seen = new Set<string>();
  const out: PhotoFinding[] = [];
  for (const f of shown) {
    const words = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim().slice(0, 80);
    const key = `${f.category}|${words}`;
    if (!words || seen.has(key)) continue;
    seen.add(key);
    out.push({ category: f.category, action: f.action === 'inform' ? 'warn' : f.action, words });
  }
  return { action, reason, findings: out.slice(0, 12) };
}

/** A word read in a photo and where it is, as fractions of the photo's width and height. */
export interface PhotoWord {
  text: string;
  box: PhotoBox;
}
/** [left, top, width, height], each 0..1 of the photo's size. */
export type PhotoBox = [number, number, number, number];

const token = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Where the flagged words are on the photo, to box them on its thumbnail: every word read whose
 * letters and digits are one of the flagged words'. Boxes only — no text — leave the background.
 */
export function flaggedBoxes(result: PhotoResult, words: readonly PhotoWord[]): PhotoBox[] {
  const wanted = new Set(result.findings.flatMap((f) => f.words.split(/\s+/).map(token)).filter((t) => t.length >= 2));
  return words.filter((w) => wanted.has(token(w.text))).map((w) => w.box.map((n) => Math.round(n * 1000) / 1000) as PhotoBox).slice(0, 40);
}

/** Kinds of identifying detail found in a photo file's metadata (never the values). */
export interface PhotoMetadataKinds {
  place: boolean;
  time: boolean;
  owner: boolean;
  names: boolean;
}

/** One kind of identifying detail a photo file's metadata records. */
export type PhotoMetadataKind = keyof PhotoMetadataKinds;
export const PHOTO_METADATA_KINDS: readonly PhotoMetadataKind[] = ['place', 'time', 'owner', 'names'];

/**
 * The kinds of detail the photo file itself carries, in the order the card names them, or
 * undefined when none. The card says it in one calm sentence (lib/page/card/photo-words.ts):
 * most sites strip this on upload, so it informs rather than alarms (and never holds Post).
 */
export function metadataKinds(meta: PhotoMetadataKinds | undefined): PhotoMetadataKind[] | undefined {
  if (!meta) return undefined;
  const kinds = PHOTO_METADATA_KINDS.filter((k) => meta[k] === true);
  return kinds.length ? kinds : undefined;
}
