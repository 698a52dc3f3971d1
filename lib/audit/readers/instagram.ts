/**
 * Instagram "Download your information", JSON format. Posts are in
 * `your_instagram_activity/content/posts_1.json` (older: `content/posts_1.json`): a list of
 * `{media: [{uri, creation_timestamp, title}], title?, creation_timestamp?}` (a post of several
 * photos has its caption on the post, a single photo on the photo). Comments are in
 * `your_instagram_activity/comments/post_comments_1.json` (and `reels_comments.json`): a list of
 * `{string_map_data: {"Comment": {value}, "Media Owner": {value}, "Time": {timestamp}}}`, in older
 * exports under `comments_media_comments` / `comments_reels_comments`. The username is in
 * `personal_information/personal_information.json`. Same mis-encoded UTF-8 as Facebook's.
 */
import { baseName, decodeText, fromSeconds, isRecord, str } from '../text';
import { listIn, repairAll } from './facebook';
import { eachFile, parseJson, ReadError, type PlatformRead, type Reader } from './reader';

const POSTS = /^posts_\d+\.json$/;
const COMMENTS = /^(?:post_comments(?:_\d+)?|reels_comments)\.json$/;
const PROFILE = /^personal_information\.json$/;

/** A value from Instagram's `string_map_data`: `{"Comment": {"value": …, "timestamp": …}}`. */
function field(entry: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const map = isRecord(entry.string_map_data) ? entry.string_map_data : undefined;
  const f = map?.[name];
  return isRecord(f) ? f : undefined;
}

export const instagramReader: Reader = {
  platform: 'instagram',
  expected: 'your_instagram_activity/content/posts_1.json, your_instagram_activity/comments/post_comments_1.json, personal_information/personal_information.json',
  wants: (path) => {
    const name = baseName(path);
    return POSTS.test(name) || COMMENTS.test(name) || PROFILE.test(name);
  },
  read(files) {
    const out: PlatformRead = { items: [], skipped: [], notes: [] };
    eachFile(files.filter((f) => PROFILE.test(baseName(f.path))), out.skipped, { code: 'instagram-profile', text: 'expected Instagram\'s personal_information.json: {"profile_user": [{"string_map_data": {"Username": …}}]}' }, (f) => {
      const v = repairAll(parseJson(decodeText(f.bytes)));
      const user = isRecord(v) && Array.isArray(v.profile_user) && isRecord(v.profile_user[0]) ? v.profile_user[0] : undefined;
      const name = user ? str(field(user, 'Username')?.value) : undefined;
      if (!name) throw new ReadError('no-username', 'no username in it');
      out.account = `@${name}`;
    });

    eachFile(files.filter((f) => POSTS.test(baseName(f.path))), out.skipped, { code: 'instagram-posts', text: 'expected Instagram posts: a JSON list of {"media": [{"title", "creation_timestamp"}]}' }, (f) => {
      const list = listIn(repairAll(parseJson(decodeText(f.bytes))), ['ig_posts']);
      if (!list) throw new ReadError('no-posts', 'it holds no list of posts');
      for (const p of list) {
        if (!isRecord(p)) continue;
        const media = Array.isArray(p.media) ? p.media.filter(isRecord) : [];
        const text = str(p.title) || str(media[0]?.title) || '';
        if (!text.trim()) continue;
        out.items.push({
          platform: 'instagram',
          kind: 'post',
          text,
          date: fromSeconds(p.creation_timestamp ?? media[0]?.creation_timestamp),
          account: out.account,
          file: f.path,
        });
      }
    });

    eachFile(files.filter((f) => COMMENTS.test(baseName(f.path))), out.skipped, { code: 'instagram-comments', text: 'expected Instagram comments: a JSON list of {"string_map_data": {"Comment": {"value": …}, "Time": …}}' }, (f) => {
      const list = listIn(repairAll(parseJson(decodeText(f.bytes))), ['comments_media_comments', 'comments_reels_comments']);
      if (!list) throw new ReadError('no-comments', 'it holds no list of comments');
      for (const c of list) {
        if (!isRecord(c)) continue;
        const text = str(field(c, 'Comment')?.value);
        if (!text?.trim()) continue;
        out.items.push({
          platform: 'instagram',
          kind: 'comment',
          text,
          date: fromSeconds(field(c, 'Time')?.timestamp),
          account: out.account,
          file: f.path,
        });
      }
    });
    return out;
  },
};
