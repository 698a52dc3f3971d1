import { describe, expect, it } from 'vitest';
import { readExport } from '../../../lib/audit';
import { file, ytd, zip } from './exports';

const account = ytd('account', [{ account: { email: 'dr@example.org', username: 'drvega', accountId: '42', accountDisplayName: 'Dr. Vega' } }]);

describe('X archive reader', () => {
  it('reads tweets, replies and threads from data/tweets.js in the archive zip, with links and UTC dates', () => {
    const tweets = ytd('tweets', [
      { tweet: { id_str: '1001', created_at: 'Wed Oct 10 20:19:24 +0000 2018', full_text: 'Flu shots are in &amp; free for staff &lt;3', entities: { urls: [] } } },
      { tweet: { id_str: '1002', created_at: 'Thu Oct 11 08:00:00 +0000 2018', full_text: 'Thanks, glad it helped!', in_reply_to_status_id_str: '900', in_reply_to_user_id_str: '77', in_reply_to_screen_name: 'someone' } },
      { tweet: { id_str: '1003', created_at: 'Thu Oct 11 08:05:00 +0000 2018', full_text: '2/ and one more thing', in_reply_to_status_id_str: '1001', in_reply_to_user_id_str: '42' } },
    ]);
    const r = readExport([file('twitter-archive.zip', zip({ 'data/tweets.js': tweets, 'data/account.js': account, 'data/tweets_media/1001-a.jpg': new Uint8Array(64), 'Your archive.html': '<html></html>' }))]);
    expect(r.platforms).toEqual(['x']);
    expect(r.accounts).toEqual({ x: '@drvega' });
    expect(r.skipped).toEqual([]);
    expect(r.items.map((i) => [i.kind, i.text, i.date, i.link])).toEqual([
      ['post', 'Flu shots are in & free for staff <3', '2018-10-10T20:19:24.000Z', 'https://x.com/drvega/status/1001'],
      ['reply', 'Thanks, glad it helped!', '2018-10-11T08:00:00.000Z', 'https://x.com/drvega/status/1002'],
      ['post', '2/ and one more thing', '2018-10-11T08:05:00.000Z', 'https://x.com/drvega/status/1003'],
    ]);
    expect(r.items.every((i) => i.account === '@drvega' && i.file === 'twitter-archive.zip/data/tweets.js')).toBe(true);
  });

  it('counts retweets as not the account\'s own words instead of checking them', () => {
    const tweets = ytd('tweets', [
      { tweet: { id_str: '1', created_at: 'Mon Jan 06 10:00:00 +0000 2020', full_text: 'RT @other: something someone else wrote' } },
      { tweet: { id_str: '2', created_at: 'Mon Jan 06 11:00:00 +0000 2020', full_text: 'My own words' } },
    ]);
    const r = readExport([file('data/tweets.js', tweets)]);
    expect(r.items.map((i) => i.text)).toEqual(['My own words']);
    expect(r.notes.map((n) => n.text).join(' ')).toMatch(/1 repost .*not the account's own words/);
  });

  it('reads every part of a large archive and older archives\' tweet.js without the {"tweet"} wrapper', () => {
    const r = readExport([
      file('data/tweets.js', ytd('tweets', [{ tweet: { id_str: '1', full_text: 'part zero' } }])),
      file('data/tweets-part1.js', ytd('tweets', [{ tweet: { id_str: '2', full_text: 'part one' } }]).replace('part0', 'part1')),
      file('old/data/tweet.js', ytd('tweet', [{ id_str: '3', full_text: 'from 2019', created_at: 'Tue Feb 05 12:00:00 +0000 2019' }])),
    ]);
    expect(r.items.map((i) => i.text).sort()).toEqual(['from 2019', 'part one', 'part zero']);
    // Without account.js the link still opens the post.
    expect(r.items.find((i) => i.text === 'part zero')?.link).toBe('https://x.com/i/web/status/1');
  });

  it('checks the direct messages the account sent, not the ones it received', () => {
    const dms = ytd('direct_messages', [
      {
        dmConversation: {
          conversationId: '42-77',
          messages: [
            { messageCreate: { id: 'm1', senderId: '77', recipientId: '42', text: 'Question about my results', createdAt: '2021-05-01T10:00:00.000Z' } },
            { messageCreate: { id: 'm2', senderId: '42', recipientId: '77', text: 'Happy to help, call the office', createdAt: '2021-05-01T10:05:00.000Z' } },
          ],
        },
      },
    ]);
    const r = readExport([file('x.zip', zip({ 'data/direct-messages.js': dms, 'data/account.js': account }))]);
    expect(r.items).toEqual([
      { platform: 'x', kind: 'message', text: 'Happy to help, call the office', date: '2021-05-01T10:05:00.000Z', account: '@drvega', link: 'https://x.com/messages/42-77', file: 'x.zip/data/direct-messages.js' },
    ]);
    expect(r.notes.map((n) => n.text).join(' ')).toMatch(/1 received direct message not checked/);
  });

  it('names the file and the expected shape when tweets.js is not an archive file', () => {
    const r = readExport([file('x.zip', zip({ 'data/tweets.js': '[{"tweet": {}}]', 'data/account.js': account }))]);
    expect(r.items).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]!.file).toBe('x.zip/data/tweets.js');
    expect(r.skipped[0]!.reason).toMatch(/expected X's tweets\.js: window\.YTD\.tweets\.part0 = .*does not start with "window\.YTD\."/);
  });
});
