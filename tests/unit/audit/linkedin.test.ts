import { describe, expect, it } from 'vitest';
import { readExport } from '../../../lib/audit';
import { file, zip } from './exports';

describe('LinkedIn data export reader', () => {
  it('reads shares with quoted newlines and doubled quotes, comments with links, and the profile name', () => {
    const shares = [
      'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
      '2023-04-05 14:22:10,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,"Proud of our team.',
      '',
      'We said ""yes"" to open hours, again.",,,MEMBER_NETWORK',
      '2023-05-01 09:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A2,,https://example.org/article,,PUBLIC',
    ].join('\r\n');
    const comments = 'Date,Link,Message\n2024-01-02 03:04:05,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3,"Agreed, well put."\n';
    const profile = 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline\nAmara,Nwosu,,,,"Family physician"\n';
    const r = readExport([file('Basic_LinkedInDataExport_01-05-2024.zip', zip({ 'Shares.csv': shares, 'Comments.csv': comments, 'Profile.csv': profile, 'Connections.csv': 'First Name\nX\n' }))]);
    expect(r.platforms).toEqual(['linkedin']);
    expect(r.accounts).toEqual({ linkedin: 'Amara Nwosu' });
    expect(r.skipped).toEqual([]);
    expect(r.items).toEqual([
      { platform: 'linkedin', kind: 'post', text: 'Proud of our team.\r\n\r\nWe said "yes" to open hours, again.', date: '2023-04-05T14:22:10.000Z', account: 'Amara Nwosu', link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1', file: 'Basic_LinkedInDataExport_01-05-2024.zip/Shares.csv' },
      { platform: 'linkedin', kind: 'comment', text: 'Agreed, well put.', date: '2024-01-02T03:04:05.000Z', account: 'Amara Nwosu', link: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A3', file: 'Basic_LinkedInDataExport_01-05-2024.zip/Comments.csv' },
    ]);
  });

  it('names the missing columns when Shares.csv is not LinkedIn\'s', () => {
    const r = readExport([file('Shares.csv', 'when,what\n2020-01-01,hello\n')]);
    expect(r.skipped).toMatchObject([{ file: 'Shares.csv', reason: expect.stringMatching(/^expected LinkedIn's Shares\.csv with Date, ShareLink and ShareCommentary columns; its header row is "when,what", without Date, ShareCommentary$/) }]);
  });

  it('reads an empty Comments.csv (header only) as no comments, not an error', () => {
    const r = readExport([file('Comments.csv', 'Date,Link,Message\n')]);
    expect(r).toMatchObject({ items: [], skipped: [], platforms: ['linkedin'] });
  });
});
