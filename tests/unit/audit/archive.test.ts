import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_BYTES, readExport, type Skipped } from '../../../lib/audit';
import { file, ytd, zip } from './exports';

/** A skipped file's name and English reason (its code and values are tests/unit/components/skipped-text.test.ts's). */
const plain = (skipped: readonly Skipped[]) => skipped.map(({ file, reason }) => ({ file, reason }));

const tweets = ytd('tweets', [{ tweet: { id_str: '1', full_text: 'A post of my own', created_at: 'Mon Jan 06 10:00:00 +0000 2020' } }]);
const account = ytd('account', [{ account: { username: 'drvega', accountId: '42' } }]);

/** Offsets of every central-directory header ("PK\x01\x02") in a zip. */
function centralHeaders(bytes: Uint8Array): number[] {
  const at: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2) at.push(i);
  return at;
}

describe('reading export files', () => {
  it('never throws on bytes that are not a zip, and says what it expected', () => {
    const r = readExport([file('export.zip', 'this is not a zip at all')]);
    expect(r.items).toEqual([]);
    expect(plain(r.skipped)).toEqual([{ file: 'export.zip', reason: expect.stringMatching(/^not a readable zip file .*; expected a platform's data export as downloaded$/) }]);
  });

  it('reads the whole entries of a truncated download and lists what was cut off', () => {
    const whole = zip({ 'data/account.js': account, 'data/tweets.js': tweets });
    // Cut 20 bytes into the second entry's data's end: the first entry is whole, the central directory gone.
    const cut = whole.slice(0, centralHeaders(whole)[0]! - 20);
    const r = readExport([file('x.zip', cut)]);
    expect(r.accounts).toEqual({ x: '@drvega' });
    expect(r.items).toEqual([]);
    expect(plain(r.skipped)).toEqual([
      { file: 'x.zip: data/tweets.js', reason: 'cut off before its end' },
      { file: 'x.zip', reason: expect.stringMatching(/^the zip is damaged or truncated .*; 1 wanted file read from the part that is whole$/) },
    ]);
  });

  it('reports an empty zip as empty, and an HTML-format download as the wrong format', () => {
    expect(plain(readExport([file('empty.zip', zip({}))]).skipped)).toEqual([{ file: 'empty.zip', reason: "the zip is empty; expected a platform's data export" }]);
    const html = readExport([file('facebook.zip', zip({ 'your_activity_across_facebook/posts/your_posts_1.html': '<html></html>', 'index.html': '<html></html>' }))]);
    expect(html.skipped[0]!.reason).toMatch(/in HTML format; download it again choosing the JSON format/);
  });

  it('names an unknown file and lists the files each platform\'s export is expected to hold', () => {
    const r = readExport([file('notes.txt', 'hello')]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.file).toBe('notes.txt');
    expect(r.skipped[0]!.reason).toMatch(/^not a file this audit reads; expected X: data\/tweets\.js.*Facebook: .*Instagram: .*LinkedIn: Shares\.csv/);
  });

  it('ignores the photos and videos in an export and a zip of other things says nothing was found', () => {
    const r = readExport([file('photos.zip', zip({ 'a.jpg': new Uint8Array(8), 'b.mp4': new Uint8Array(8) }))]);
    expect(plain(r.skipped)).toEqual([{ file: 'photos.zip', reason: expect.stringMatching(/^no file this audit reads was found among its 2 entries; expected X: /) }]);
  });

  it('refuses an entry whose declared uncompressed size is absurd (a zip bomb) and reads the rest', () => {
    const bytes = zip({ 'data/account.js': account, 'data/tweets.js': tweets });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The central directory's "uncompressed size" of the second entry (data/tweets.js), 24 bytes into its header.
    const second = centralHeaders(bytes)[1]!;
    view.setUint32(second + 24, MAX_ENTRY_BYTES + 1, true);
    const r = readExport([file('x.zip', bytes)]);
    expect(r.accounts).toEqual({ x: '@drvega' });
    expect(r.items).toEqual([]);
    expect(plain(r.skipped)).toEqual([{ file: 'x.zip: data/tweets.js', reason: expect.stringMatching(/^refused: it declares 256 MB uncompressed, over the 256 MB this audit reads from one file$/) }]);
  });

  it('names an entry compressed with a method it cannot read (deflate64) and reads the rest', () => {
    const bytes = zip({ 'data/account.js': account, 'data/tweets.js': tweets });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint16(centralHeaders(bytes)[1]! + 10, 9, true);
    const r = readExport([file('x.zip', bytes)]);
    expect(r.accounts).toEqual({ x: '@drvega' });
    expect(plain(r.skipped)).toEqual([{ file: 'x.zip: data/tweets.js', reason: expect.stringMatching(/^compressed with method 9, which this audit cannot read/) }]);
  });

  it('reads several exports at once (an unpacked folder\'s files and zips), each platform by its own reader', () => {
    const r = readExport([
      file('x.zip', zip({ 'data/tweets.js': tweets })),
      file('linkedin/Shares.csv', 'Date,ShareLink,ShareCommentary\n2022-02-02 10:00:00,https://www.linkedin.com/feed/update/1,Hello LinkedIn\n'),
    ]);
    expect(r.platforms).toEqual(['x', 'linkedin']);
    expect(r.items.map((i) => `${i.platform}: ${i.text}`)).toEqual(['x: A post of my own', 'linkedin: Hello LinkedIn']);
  });

  it('reads an empty but well-formed export as nothing to check', () => {
    const r = readExport([file('x.zip', zip({ 'data/tweets.js': ytd('tweets', []), 'data/account.js': account }))]);
    expect(r).toMatchObject({ items: [], skipped: [], platforms: ['x'] });
  });
});
