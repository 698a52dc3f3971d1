/**
 * The background worker never looks up the interface's words: in a just-started MV3 service
 * worker chrome.i18n.getMessage can answer an empty string (CI#2, commit 6064c28), and the card
 * then showed a message key. The worker sends codes (a photo's reason and metadata kinds, an
 * answer's notice) and the content script or page words them. This walks the worker's imports
 * from its entrypoint and fails if any reaches lib/i18n or #i18n.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerNoticeText } from '../../../lib/page/answer-notice';
import { ANSWER_NOTICES } from '../../../lib/protocol';
import { setTranslator } from '../../../lib/i18n';
import { translator } from '../i18n/catalog';

const ROOT = path.resolve(__dirname, '../../..');

/** Every project file the module imports, directly or not (relative imports; `#i18n` noted). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [path.join(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*(?:\(\s*)?['"]([^'"\n]+)['"]/g)) {
      const spec = m[1] ?? m[2]!;
      if (spec === '#i18n') seen.add('#i18n');
      if (!spec.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (found && /\.tsx?$/.test(found)) todo.push(found);
    }
  }
  return seen;
}

describe('the background worker’s words', () => {
  it('imports nothing that looks up the interface’s words', () => {
    const files = [...importGraph('entrypoints/background.ts')].map((f) => path.relative(ROOT, f));
    expect(files).toContain('lib/browser/background.ts');
    expect(files).toContain('lib/browser/policy-service.ts');
    expect(files.filter((f) => f === '#i18n' || f.startsWith('lib/i18n') || f === 'lib/browser/i18n.ts')).toEqual([]);
  });

  it('sends answer notices the card words in English and in Spanish, never as a key', () => {
    try {
      for (const lang of ['en', 'es'] as const) {
        setTranslator(translator(lang));
        for (const notice of ANSWER_NOTICES) expect(answerNoticeText({ notice, max: 200 })).not.toMatch(/^(?:ans|card)_/);
      }
      setTranslator(translator('en'));
      expect(answerNoticeText({ notice: 'turned-off' })).toBe('Turned off on this site. You can turn it back on in Settings.');
      expect(answerNoticeText({ notice: 'allow-full', max: 200 })).toBe('The allow-list is full (200 entries); remove some in Settings first.');
      setTranslator(translator('es'));
      expect(answerNoticeText({ notice: 'check-locked' })).toBe('Su organización gestiona esta revisión, así que aquí no puede desactivarse.');
    } finally {
      setTranslator(translator('en'));
    }
  });
});
