import { describe, expect, it } from 'vitest';
import { readExport } from '../../../lib/audit';
import { file, metaJson, zip } from './exports';

describe('Instagram "Download your information" reader', () => {
  it('reads captions of single and multi-photo posts, comments and the username, repairing the text', () => {
    const r = readExport([
      file('instagram-clinic.zip', zip({
        'personal_information/personal_information/personal_information.json': metaJson({ profile_user: [{ string_map_data: { Username: { value: 'smile.dental', timestamp: 0 }, Name: { value: 'Smile Dental' } } }] }),
        'your_instagram_activity/content/posts_1.json': metaJson([
          { media: [{ uri: 'media/posts/a.jpg', creation_timestamp: 1_690_000_000, title: 'Brush twice a day 🦷 ¡Sonríe!' }] },
          { media: [{ uri: 'media/posts/b.jpg', creation_timestamp: 1_695_000_000, title: '' }, { uri: 'media/posts/c.jpg', creation_timestamp: 1_695_000_000, title: '' }], title: 'Team day', creation_timestamp: 1_695_000_000 },
          { media: [{ uri: 'media/posts/d.jpg', creation_timestamp: 1_696_000_000, title: '' }] },
        ]),
        'your_instagram_activity/comments/post_comments_1.json': metaJson([
          { media_list_data: [{ uri: '' }], string_map_data: { Comment: { value: 'Thank you! 😊' }, 'Media Owner': { value: 'a.patient' }, Time: { timestamp: 1_700_000_000 } } },
        ]),
        'media/posts/a.jpg': new Uint8Array(16),
      })),
    ]);
    expect(r.platforms).toEqual(['instagram']);
    expect(r.accounts).toEqual({ instagram: '@smile.dental' });
    expect(r.skipped).toEqual([]);
    expect(r.items.map((i) => [i.kind, i.text, i.date, i.account])).toEqual([
      ['post', 'Brush twice a day 🦷 ¡Sonríe!', '2023-07-22T04:26:40.000Z', '@smile.dental'],
      ['post', 'Team day', '2023-09-18T01:20:00.000Z', '@smile.dental'],
      ['comment', 'Thank you! 😊', '2023-11-14T22:13:20.000Z', '@smile.dental'],
    ]);
  });

  it('reads older exports whose comments are wrapped in comments_media_comments and reels comments', () => {
    const r = readExport([
      file('comments/post_comments.json', metaJson({ comments_media_comments: [{ string_map_data: { Comment: { value: 'Older comment' }, Time: { timestamp: 1_560_000_000 } } }] })),
      file('comments/reels_comments.json', metaJson({ comments_reels_comments: [{ string_map_data: { Comment: { value: 'On a reel' }, Time: { timestamp: 1_660_000_000 } } }] })),
    ]);
    expect(r.items.map((i) => [i.text, i.date?.slice(0, 4)])).toEqual([['Older comment', '2019'], ['On a reel', '2022']]);
  });

  it('names posts_1.json and what it expected when it is not a list of posts', () => {
    const r = readExport([file('content/posts_1.json', '{"unexpected": true}')]);
    expect(r.items).toEqual([]);
    expect(r.skipped).toMatchObject([{ file: 'content/posts_1.json', reason: expect.stringMatching(/^expected Instagram posts: .*"media".*; it holds no list of posts$/) }]);
  });
});
