/**
 * Facebook "Download your information", JSON format. Posts are in
 * `your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json` (older
 * exports: `posts/your_posts_1.json`; a Page in the new Pages experience downloads the same shapes
 * as `profile_posts_1.json`): a list of `{timestamp, data: [{post}], attachments, title}`.
 * Comments are in `comments_and_reactions/comments.json` as `{comments_v2: [{timestamp, data:
 * [{comment: {comment, author}}], title}]}`. Posts and comments in groups (where clinicians
 * answer patients' questions) are in `groups/your_posts_in_groups.json` (`group_posts_v2`) and
 * `your_comments_in_groups.json` (`group_comments_v2`). The profile name is in `profile_information.json`.
 * Times are Unix seconds; text is mis-encoded UTF-8, repaired here (text.ts, repairMojibake).
 */
import type { ExportFile, ItemKind } from '../types';
import { baseName, decodeText, fromSeconds, isRecord, repairMojibake, str } from '../text';
import { eachFile, parseJson, ReadError, type PlatformRead, type Reader } from './reader';

const POSTS = /^(?:your_posts|profile_posts)[\w-]*\.json$/;
const COMMENTS = /^(?:comments|your_comments_in_groups)(?:_\d+)?\.json$/;
const PROFILE = /^profile_information\.json$/;

/** The JSON of a Facebook file, with every string repaired. */
function readJson(file: ExportFile): unknown {
  return repairAll(parseJson(decodeText(file.bytes)));
}

/** Repairs every string in a parsed export (see repairMojibake); shared with the Instagram reader. */
export function repairAll(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  if (Array.isArray(value)) return value.map(repairAll);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, repairAll(v)]));
  return value;
}

/** The list in a file that is a list, or an object holding one under one of `keys`. */
export function listIn(value: unknown, keys: readonly string[]): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return undefined;
  for (const k of keys) if (Array.isArray(value[k])) return value[k];
  return undefined;
}

/** A post's own words: its `post` entries, or, for a photo posted without text, the photos' descriptions. */
function postText(p: Record<string, unknown>): string {
  const data = Array.isArray(p.data) ? p.data : [];
  const posts = data.map((d) => (isRecord(d) ? str(d.post) : undefined)).filter((s): s is string => !!s);
  if (posts.length) return posts.join('\n');
  const descriptions: string[] = [];
  for (const a of Array.isArray(p.attachments) ? p.attachments : []) {
    for (const d of isRecord(a) && Array.isArray(a.data) ? a.data : []) {
      const text = isRecord(d) && isRecord(d.media) ? str(d.media.description) : undefined;
      if (text && !descriptions.includes(text)) descriptions.push(text);
    }
  }
  return descriptions.join('\n');
}

export const facebookReader: Reader = {
  platform: 'facebook',
  expected: 'posts/your_posts__check_ins__photos_and_videos_1.json (or your_posts_1.json, profile_posts_1.json), comments_and_reactions/comments.json, groups/your_posts_in_groups.json and your_comments_in_groups.json, profile_information.json',
  wants: (path) => {
    const name = baseName(path);
    // comments.json is also the name of Instagram's older comments file; Facebook's sits in a comments_and_reactions folder or beside posts/.
    return POSTS.test(name) || PROFILE.test(name) || (COMMENTS.test(name) && !/instagram/i.test(path));
  },
  read(files) {
    const out: PlatformRead = { items: [], skipped: [], notes: [] };
    eachFile(files.filter((f) => PROFILE.test(baseName(f.path))), out.skipped, { code: 'facebook-profile', text: 'expected Facebook\'s profile_information.json: {"profile_v2": {"name": {"full_name": …}}}' }, (f) => {
      const v = readJson(f);
      const profile = isRecord(v) ? (isRecord(v.profile_v2) ? v.profile_v2 : isRecord(v.profile) ? v.profile : undefined) : undefined;
      const name = profile && isRecord(profile.name) ? str(profile.name.full_name) : undefined;
      if (!name) throw new ReadError('no-profile-name', 'no profile name in it');
      out.account = name;
    });

    eachFile(files.filter((f) => POSTS.test(baseName(f.path))), out.skipped, { code: 'facebook-posts', text: 'expected Facebook posts: a JSON list of {"timestamp", "data": [{"post": …}]}' }, (f) => {
      const list = listIn(readJson(f), ['group_posts_v2', 'status_updates_v2', 'posts_v2', 'profile_posts_v2']);
      if (!list) throw new ReadError('no-posts', 'it holds no list of posts');
      for (const p of list) {
        if (!isRecord(p)) continue;
        const text = postText(p);
        if (!text.trim()) continue; // a shared link or photo with no words of the account's own
        out.items.push({ platform: 'facebook', kind: 'post', text, date: fromSeconds(p.timestamp), account: out.account, file: f.path });
      }
    });

    eachFile(files.filter((f) => COMMENTS.test(baseName(f.path)) && !/instagram/i.test(f.path)), out.skipped, { code: 'facebook-comments', text: 'expected Facebook comments: {"comments_v2": [{"data": [{"comment": {"comment": …}}]}]}' }, (f) => {
      const list = listIn(readJson(f), ['comments_v2', 'group_comments_v2', 'comments']);
      if (!list) throw new ReadError('no-comments-v2', 'no "comments_v2" list in it');
      for (const c of list) {
        if (!isRecord(c)) continue;
        const title = str(c.title) ?? '';
        // The title is Facebook's own sentence, in English for English accounts: "… replied to …'s comment."
        const kind: ItemKind = title.includes(' replied to ') ? 'reply' : 'comment';
        for (const d of Array.isArray(c.data) ? c.data : []) {
          const comment = isRecord(d) && isRecord(d.comment) ? d.comment : undefined;
          const text = comment ? str(comment.comment) : undefined;
          if (!comment || !text?.trim()) continue;
          out.items.push({
            platform: 'facebook',
            kind,
            text,
            date: fromSeconds(comment.timestamp ?? c.timestamp),
            account: out.account ?? str(comment.author),
            file: f.path,
          });
        }
      }
    });
    return out;
  },
};
