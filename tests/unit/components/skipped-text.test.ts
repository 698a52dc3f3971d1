/**
 * Why an export's file was not read, in the interface's language (issue 15): the audit's readers
 * give a code beside the English reason (which the CLI prints); the audit page words it. In
 * English the words are exactly the reason's; in Spanish none is left in English.
 */
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { skippedText } from '../../../components/skipped-text';
import { readExport, type Skipped } from '../../../lib/audit';
import { setTranslator } from '../../../lib/i18n';
import { translator } from '../i18n/catalog';

afterEach(() => setTranslator(translator('en')));

const bytes = (s: string) => new TextEncoder().encode(s);
function skipped(): Skipped[] {
  return readExport([
    { path: 'notes.txt', bytes: bytes('hello') },
    { path: 'empty.zip', bytes: zipSync({}) },
    { path: 'html.zip', bytes: zipSync({ 'index.html': bytes('<p>posts</p>') }) },
    { path: 'other.zip', bytes: zipSync({ 'a/b.json': bytes('{}'), 'c.txt': bytes('x') }) },
    { path: 'broken.zip', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) },
  ]).skipped;
}

describe('skipped files on the audit page', () => {
  it('have a code for each way an export is not read, and read in English exactly as the reason', () => {
    const all = skipped();
    expect(all.map((s) => s.code)).toEqual(expect.arrayContaining(['not-export', 'zip-empty', 'html-export', 'nothing-found']));
    for (const s of all) {
      expect(s.code, s.reason).toBeDefined();
      expect(skippedText(s)).toBe(s.reason);
    }
    for (const code of ['compression', 'entry-too-large', 'total-too-large', 'not-zip', 'entry-damaged', 'entry-inflates', 'cut-off', 'unreadable'] as const) {
      expect(skippedText({ reason: '', code, subs: [8, 200] })).not.toMatch(/^aud_/);
    }
    expect(skippedText({ reason: '', code: 'zip-damaged', subs: ['bad header', 1] })).toBe('the zip is damaged or truncated (bad header); 1 wanted file read from the part that is whole');
    expect(skippedText({ reason: '', code: 'zip-damaged', subs: ['bad header', 3] })).toBe('the zip is damaged or truncated (bad header); 3 wanted files read from the part that is whole');
  });

  it('read in Spanish in a Spanish browser; a reason without a code stays as it is', () => {
    const all = skipped();
    setTranslator(translator('es'));
    for (const s of all) {
      expect(skippedText(s)).not.toBe(s.reason);
      expect(skippedText(s)).not.toMatch(/^aud_/);
    }
    expect(skippedText(all.find((s) => s.code === 'html-export')!)).toBe('esta exportación está en formato HTML; descárguela de nuevo eligiendo el formato JSON (Facebook e Instagram ofrecen ambos)');
    expect(skippedText({ reason: 'expected X’s tweets.js; the file is empty' })).toBe('expected X’s tweets.js; the file is empty');
  });
});
