/** The post texts of one of our own corpora in tests/eval (training files; never the shared eval sets). */
import { readFileSync } from 'node:fs';

export function evalPosts(file: string): string[] {
  return readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')
    .split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
}
