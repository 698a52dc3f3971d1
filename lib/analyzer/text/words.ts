/**
 * A span's words as a learned judgement sees them: lowercased, lightly stemmed ("vaccines" →
 * "vaccine", "babies" → "baby"), each once. The claim and story models weigh these words.
 */
const TOKEN = /\p{L}[\p{L}'’]{0,30}/gu;

export function wordsOf(span: string): string[] {
  const out = new Set<string>();
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(span)) !== null) out.add(stem(m[0].toLowerCase().replace(/’/g, "'")));
  return [...out];
}

function stem(w: string): string {
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}
