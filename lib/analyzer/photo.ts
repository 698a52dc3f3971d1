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

export interface PhotoResult {
  /** The strongest action among the photo's findings (what holds Post). */
  action: Action;
  /** One sentence: what the photo seems to show and why it matters. */
  reason: string;
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
  // English, written in the background: chrome.i18n in a just-started service worker answered an
  // empty string in CI (the reason showed its message key), so the photo's reason is not looked
  // up there. The card's own photo words are translated (PhotoList.tsx).
  const reason =
    name && record
      ? 'This photo shows a name and a record number — a wristband or a chart? Anyone who sees the post can read them.'
      : name && bed
        ? 'This photo shows names with bed or room numbers — a unit whiteboard? Anyone who sees the post can read them.'
        : record
          ? 'This photo shows a record number — a wristband, a label or a screen? Anyone who sees the post can read it.'
          : name && date
            ? 'This photo shows a name and a date — a lab report or a chart? Anyone who sees the post can read them.'
            : 'Text in this photo could identify a patient. Anyone who sees the post can read it.';
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

/**
 * One calm sentence about what the photo file itself carries, or undefined when nothing: most
 * sites strip this on upload, so it informs rather than alarms (and never holds Post).
 */
export function metadataNote(meta: PhotoMetadataKinds | undefined): string | undefined {
  if (!meta) return undefined;
  const kinds = [meta.place && 'where it was taken (GPS)', meta.time && 'when it was taken', meta.owner && 'who owns the camera or took it', meta.names && 'names or captions'].filter(
    (k): k is string => !!k,
  );
  if (!kinds.length) return undefined;
  const list = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}` : kinds[0];
  return `The photo file also records ${list}. Most sites remove this on upload, but not all do, and the original keeps it.`;
}
