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

describe('a wanted file a reader could not use', () => {
  /** Broken files of every kind each reader reads, each wrong in its own way. */
  function broken(): Skipped[] {
    const sets: Record<string, string>[] = [
      {
        'data/account.js': '',
        'data/tweets.js': 'var tweets = []',
        'data/direct-messages.js': 'window.YTD.direct_messages.part0 = [{}]',
        'profile_information.json': '{}',
        'your_posts_1.json': '{}',
        'comments_and_reactions/comments.json': '{}',
        'personal_information/personal_information.json': '{}',
        'your_instagram_activity/content/posts_1.json': '{}',
        'your_instagram_activity/comments/post_comments_1.json': '{}',
        'Profile.csv': 'First Name,Last Name\n,\n',
        'Shares.csv': 'When,What\n1,2\n',
        'Comments.csv': '',
      },
      { 'data/account.js': 'window.YTD.account.part0 = [{}]', 'data/tweets.js': 'window.YTD.tweets.part0 [', 'your_posts_1.json': '{"posts": ' },
      { 'data/tweets.js': 'window.YTD.tweets.part0 = {}' },
      { 'data/tweets.js': 'window.YTD.tweets.part0 = [{"tweet": {}}]' },
    ];
    return sets.flatMap((set, i) => readExport(Object.entries(set).map(([p, text]) => ({ path: `export${i}/${p}`, bytes: bytes(text) }))).skipped);
  }

  it('says what was expected and what was wrong, with codes for both, in English exactly as the reason', () => {
    const all = broken();
    expect(all.every((s) => s.code === 'bad-file')).toBe(true);
    const pairs = new Set(all.map((s) => `${s.subs?.[0]}/${s.subs?.[1]}`));
    for (const expected of ['x-account', 'x-tweets', 'x-messages', 'facebook-profile', 'facebook-posts', 'facebook-comments', 'instagram-profile', 'instagram-posts', 'instagram-comments', 'linkedin-profile', 'linkedin-shares', 'linkedin-comments']) {
      expect([...pairs].some((p) => p.startsWith(`${expected}/`)), expected).toBe(true);
    }
    for (const why of ['empty', 'not-json', 'no-ytd', 'no-equals', 'not-list', 'no-account', 'no-full-text', 'no-conversation', 'no-profile-name', 'no-posts', 'no-comments-v2', 'no-username', 'no-comments', 'header', 'no-name-row']) {
      expect([...pairs].some((p) => p.endsWith(`/${why}`)), why).toBe(true);
    }
    for (const s of all) expect(skippedText(s)).toBe(s.reason);
  });

  it('reads in Spanish in a Spanish browser; file names, shapes and the parser’s own words stay as written', () => {
    const all = broken();
    setTranslator(translator('es'));
    for (const s of all) {
      expect(skippedText(s), s.reason).not.toBe(s.reason);
      expect(skippedText(s), s.reason).not.toMatch(/^aud_|\bexpected\b|the file|no list|not valid|it does not|in it/);
    }
    const header = all.find((s) => s.subs?.[1] === 'header')!;
    expect(skippedText(header)).toBe('se esperaba el Shares.csv de LinkedIn con las columnas Date, ShareLink y ShareCommentary; su fila de encabezado es "When,What", sin Date, ShareCommentary');
    expect(skippedText(all.find((s) => s.subs?.[0] === 'x-account' && s.subs?.[1] === 'no-ytd')!)).toBe('se esperaba el account.js de X: window.YTD.account.part0 = [{"account": {"username": …}}]; no empieza por "window.YTD."');
    expect(skippedText(all.find((s) => s.subs?.[0] === 'linkedin-comments')!)).toBe('se esperaba el Comments.csv de LinkedIn con las columnas Date, Link y Message; el archivo está vacío');
    // JSON.parse's own words (the browser's) stay in parentheses.
    expect(skippedText(all.find((s) => s.subs?.[1] === 'not-json')!)).toMatch(/; no es JSON válido \(.+\)$/);
  });
});
