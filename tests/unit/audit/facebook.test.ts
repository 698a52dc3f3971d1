import { describe, expect, it } from 'vitest';
import { readExport } from '../../../lib/audit';
import { file, metaJson, zip } from './exports';

const profile = metaJson({ profile_v2: { name: { full_name: 'Renée Okafor' }, emails: { emails: [] } } });
const posts = metaJson([
  { timestamp: 1_600_000_000, data: [{ post: 'Clinic closed Monday — café on the corner is open ☕' }, { update_timestamp: 1_600_000_100 }], title: 'Renée Okafor updated her status.' },
  { timestamp: 1_650_000_000, attachments: [{ data: [{ external_context: { url: 'https://example.org/flu' } }] }], title: 'Renée Okafor shared a link.' },
  { timestamp: 1_700_000_000, attachments: [{ data: [{ media: { uri: 'photos/1.jpg', creation_timestamp: 1_700_000_000, description: 'Our new waiting room' } }] }], title: 'Renée Okafor added a new photo.' },
]);
const comments = metaJson({
  comments_v2: [
    { timestamp: 1_610_000_000, data: [{ comment: { timestamp: 1_610_000_000, comment: 'Congrats to the team!', author: 'Renée Okafor' } }], title: "Renée Okafor commented on Sam's post." },
    { timestamp: 1_620_000_000, data: [{ comment: { timestamp: 1_620_000_000, comment: 'We will call you back today.', author: 'Renée Okafor' } }], title: "Renée Okafor replied to Lee's comment." },
  ],
});

describe('Facebook "Download your information" reader', () => {
  it('reads posts and comments from the current layout, repairs the mis-encoded text and reads times in seconds', () => {
    const r = readExport([
      file('facebook-renee.zip', zip({
        'personal_information/profile_information/profile_information.json': profile,
        'your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json': posts,
        'your_activity_across_facebook/comments_and_reactions/comments.json': comments,
        'your_activity_across_facebook/posts/media/photo.jpg': new Uint8Array(32),
      })),
    ]);
    expect(r.platforms).toEqual(['facebook']);
    expect(r.accounts).toEqual({ facebook: 'Renée Okafor' });
    expect(r.skipped).toEqual([]);
    expect(r.items.map((i) => [i.kind, i.text, i.date, i.account])).toEqual([
      ['post', 'Clinic closed Monday — café on the corner is open ☕', '2020-09-13T12:26:40.000Z', 'Renée Okafor'],
      // The shared link has no words of the account's own; the photo's description is its text.
      ['post', 'Our new waiting room', '2023-11-14T22:13:20.000Z', 'Renée Okafor'],
      ['comment', 'Congrats to the team!', '2021-01-07T06:13:20.000Z', 'Renée Okafor'],
      ['reply', 'We will call you back today.', '2021-05-03T00:00:00.000Z', 'Renée Okafor'],
    ]);
  });

  it('reads the older layout (posts/your_posts_1.json) and a Page\'s profile_posts_1.json', () => {
    const r = readExport([
      file('posts/your_posts_1.json', metaJson([{ timestamp: 1_400_000_000, data: [{ post: 'Older post' }] }])),
      file("this_profile's_activity_across_facebook/posts/profile_posts_1.json", metaJson([{ timestamp: 1_500_000_000, data: [{ post: 'Page post' }] }])),
    ]);
    expect(r.items.map((i) => [i.text, i.date?.slice(0, 4)])).toEqual([['Older post', '2014'], ['Page post', '2017']]);
  });

  it('reads posts and comments in groups', () => {
    const r = readExport([
      file('groups/your_posts_in_groups.json', metaJson({ group_posts_v2: [{ timestamp: 1_580_000_000, data: [{ post: 'Reminder: flu clinic Saturday' }], title: 'Renée Okafor posted in Parents of Springfield.' }] })),
      file('groups/your_comments_in_groups.json', metaJson({ group_comments_v2: [{ timestamp: 1_590_000_000, data: [{ comment: { timestamp: 1_590_000_000, comment: 'Happy to answer in general terms', author: 'Renée Okafor', group: 'Parents of Springfield' } }], title: 'Renée Okafor commented on a post.' }] })),
    ]);
    expect(r.skipped).toEqual([]);
    expect(r.items.map((i) => [i.kind, i.text])).toEqual([['post', 'Reminder: flu clinic Saturday'], ['comment', 'Happy to answer in general terms']]);
  });

  it('reads what it can of a partly damaged export and says which file it skipped and what it expected', () => {
    const r = readExport([
      file('fb.zip', zip({
        'your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json': posts.slice(0, 120),
        'your_activity_across_facebook/comments_and_reactions/comments.json': comments,
      })),
    ]);
    expect(r.items.map((i) => i.kind)).toEqual(['comment', 'reply']);
    expect(r.skipped).toMatchObject([
      { file: 'fb.zip/your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json', reason: expect.stringMatching(/^expected Facebook posts: a JSON list .*; not valid JSON/) },
    ]);
  });

  it('says what it expected when comments.json has no comments list', () => {
    const r = readExport([file('comments_and_reactions/comments.json', '{"something_else": 1}')]);
    expect(r.skipped[0]).toMatchObject({ file: 'comments_and_reactions/comments.json', reason: expect.stringContaining('expected Facebook comments: {"comments_v2"') });
  });
});
