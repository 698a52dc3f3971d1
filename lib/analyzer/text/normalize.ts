/**
 * Zero-width and soft-hyphen characters are invisible to a reader but split what a rule sees
 * ("123\u200B-45-6789"). Rules run on the text without them; offsets are mapped back.
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

export interface Normalized {
  text: string;
  /** toOriginal[i] is the original index of normalized index i; toOriginal[text.length] = end. */
  toOriginal: (index: number) => number;
}

export function normalize(original: string): Normalized {
  if (!INVISIBLE.test(original)) {
    INVISIBLE.lastIndex = 0;
    return { text: original, toOriginal: (i) => i };
  }
  INVISIBLE.lastIndex = 0;
  const kept: number[] = [];
  let text = '';
  let last = 0;
  for (const m of original.matchAll(INVISIBLE)) {
    text += original.slice(last, m.index);
    for (let i = last; i < m.index; i++) kept.push(i);
    last = m.index + m[0].length;
  }
  text += original.slice(last);
  for (let i = last; i < original.length; i++) kept.push(i);
  kept.push(original.length);
  return { text, toOriginal: (i) => kept[Math.min(Math.max(i, 0), kept.length - 1)] ?? original.length };
}
