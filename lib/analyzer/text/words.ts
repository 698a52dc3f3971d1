/**
 * A span's words as a learned judgement sees them: lowercased, lightly stemmed ("vaccines" →
 * "vaccine", "babies" → "baby"), each once. The claim and story models weigh these words.
 */
import { foldAccents } from './terms';

const TOKEN = /\p{L}[\p{L}'’]{0,30}/gu;

export function wordsOf(span: string): string[] {
  return [...new Set(tokens(span))];
}

/**
 * The words and each pair of neighbouring words ("the jab", "own research", "off it"), each once:
 * pairs tell a claim from the same words in another order or sense.
 */
export function wordPairsOf(span: string): string[] {
  // Accents folded, composed or decomposed: Spanish is typed both ways ("vacunación", "vacunacion").
  const t = tokens(foldAccents(span));
  const out = new Set(t);
  for (let i = 1; i < t.length; i++) out.add(`${t[i - 1]} ${t[i]}`);
  return [...out];
}

function tokens(span: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(span)) !== null) out.push(stem(m[0].toLowerCase().replace(/’/g, "'")));
  return out;
}

function stem(w: string): string {
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}
