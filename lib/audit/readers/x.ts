/**
 * X (Twitter) archive: "Settings → Your account → Download an archive of your data". The zip holds
 * `data/tweets.js` (older archives: `data/tweet.js`), split into `tweets-part1.js`… when large,
 * `data/direct-messages.js` and `direct-messages-group.js`, and `data/account.js`. Each is a
 * script assigning a JSON array: `window.YTD.tweets.part0 = [ {"tweet": {…}} ]`.
 *
 * Retweets ("RT @…") are someone else's words and are counted, not checked; so are received direct
 * messages when account.js tells whose messages are whose.
 */
import type { ExportFile, ItemKind } from '../types';
import { baseName, decodeText, fromDateString, isRecord, str, unescapeX } from '../text';
import { eachFile, parseJson, ReadError, type PlatformRead, type Reader } from './reader';

const TWEETS = /^tweets?(?:-part\d+)?\.js$/;
const MESSAGES = /^direct-messages(?:-group)?(?:-part\d+)?\.js$/;
const ACCOUNT = /^account\.js$/;

/** The array an archive file assigns: the JSON after `window.YTD.<name>.part<n> =`. */
export function parseYtd(text: string): unknown[] {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('window.YTD.')) throw new ReadError('no-ytd', 'it does not start with "window.YTD."');
  const eq = body.indexOf('=');
  if (eq < 0) throw new ReadError('no-equals', 'no "=" after "window.YTD."');
  const value = parseJson(body.slice(eq + 1).trim().replace(/;$/, ''));
  if (!Array.isArray(value)) throw new ReadError('not-list', 'the value assigned is not a list');
  return value;
}

function readAccount(file: ExportFile): { username?: string; id?: string } {
  for (const el of parseYtd(decodeText(file.bytes))) {
    const a = isRecord(el) && isRecord(el.account) ? el.account : undefined;
    if (a) return { username: str(a.username), id: str(a.accountId) };
  }
  throw new ReadError('no-account', 'no {"account": {…}} entry');
}

export const xReader: Reader = {
  platform: 'x',
  expected: 'data/tweets.js (or tweet.js, tweets-part1.js…), data/direct-messages.js, data/account.js',
  wants: (path) => {
    const name = baseName(path);
    return TWEETS.test(name) || MESSAGES.test(name) || ACCOUNT.test(name);
  },
  read(files) {
    const out: PlatformRead = { items: [], skipped: [], notes: [] };
    let me: { username?: string; id?: string } = {};
    const accounts = files.filter((f) => ACCOUNT.test(baseName(f.path)));
    eachFile(accounts, out.skipped, { code: 'x-account', text: 'expected X\'s account.js: window.YTD.account.part0 = [{"account": {"username": …}}]' }, (f) => {
      me = readAccount(f);
    });
    const account = me.username ? `@${me.username}` : undefined;
    out.account = account;

    let reposts = 0;
    const tweets = files.filter((f) => TWEETS.test(baseName(f.path)));
    eachFile(tweets, out.skipped, { code: 'x-tweets', text: 'expected X\'s tweets.js: window.YTD.tweets.part0 = [{"tweet": {"full_text": …}}]' }, (f) => {
      const list = parseYtd(decodeText(f.bytes));
      let read = 0;
      for (const el of list) {
        // Archives since 2019 wrap each tweet as {"tweet": {…}}; earlier ones did not.
        const t = isRecord(el) && isRecord(el.tweet) ? el.tweet : isRecord(el) ? el : undefined;
        const raw = t ? (str(t.full_text) ?? str(t.text)) : undefined;
        if (!t || raw === undefined) continue;
        read++;
        if (raw.startsWith('RT @') || t.retweeted === true) {
          reposts++;
          continue;
        }
        const id = str(t.id_str) ?? str(t.id);
        const replyTo = str(t.in_reply_to_status_id_str) ?? str(t.in_reply_to_status_id);
        // A reply to one's own post continues a thread: it is a post in the reader's eyes.
        const ownThread = replyTo !== undefined && me.id !== undefined && str(t.in_reply_to_user_id_str) === me.id;
        const kind: ItemKind = replyTo && !ownThread ? 'reply' : 'post';
        out.items.push({
          platform: 'x',
          kind,
          text: unescapeX(raw),
          date: fromDateString(t.created_at),
          account,
          link: id ? (me.username ? `https://x.com/${me.username}/status/${id}` : `https://x.com/i/web/status/${id}`) : undefined,
          file: f.path,
        });
      }
      if (list.length > 0 && read === 0) throw new ReadError('no-full-text', 'none of its entries has a "full_text"');
    });
    if (reposts) out.notes.push({ text: `X: ${reposts} repost${reposts > 1 ? 's' : ''} ("RT @…") not checked: not the account's own words.`, code: 'x-reposts', subs: [reposts] });

    let received = 0;
    const dms = files.filter((f) => MESSAGES.test(baseName(f.path)));
    eachFile(dms, out.skipped, { code: 'x-messages', text: 'expected X\'s direct-messages.js: window.YTD.direct_messages.part0 = [{"dmConversation": {"messages": […]}}]' }, (f) => {
      const list = parseYtd(decodeText(f.bytes));
      for (const el of list) {
        const c = isRecord(el) && isRecord(el.dmConversation) ? el.dmConversation : undefined;
        if (!c || !Array.isArray(c.messages)) throw new ReadError('no-conversation', 'an entry has no "dmConversation" with "messages"');
        for (const m of c.messages) {
          const mc = isRecord(m) && isRecord(m.messageCreate) ? m.messageCreate : undefined;
          const text = mc ? str(mc.text) : undefined;
          if (!mc || text === undefined) continue;
          if (me.id !== undefined && str(mc.senderId) !== me.id) {
            received++;
            continue;
          }
          const conversation = str(c.conversationId);
          out.items.push({
            platform: 'x',
            kind: 'message',
            text: unescapeX(text),
            date: fromDateString(mc.createdAt),
            account,
            link: conversation ? `https://x.com/messages/${conversation}` : undefined,
            file: f.path,
          });
        }
      }
    });
    if (received) out.notes.push({ text: `X: ${received} received direct message${received > 1 ? 's' : ''} not checked: not the account's own words.`, code: 'x-received', subs: [received] });
    if (dms.length && me.id === undefined) out.notes.push({ text: 'X: account.js missing, so direct messages from both sides were checked.', code: 'x-no-account' });
    return out;
  },
};
