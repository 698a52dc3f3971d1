/**
 * Why a file of an export was not read, in the interface's language (issue 15): the audit's
 * readers (lib/audit, shared with the English CLI) give a code beside the English reason, and the
 * audit page words it. File names, sizes and an error's own words stay as they are.
 */
import type { ExpectedCode, ReadErrorCode, SkipCode, Skipped } from '../lib/audit/types';
import { t, type MessageKey } from '../lib/i18n';

const SKIP_KEYS: Readonly<Record<Exclude<SkipCode, 'zip-damaged' | 'bad-file'>, MessageKey>> = {
  compression: 'aud_skipCompression',
  'entry-too-large': 'aud_skipEntryTooLarge',
  'total-too-large': 'aud_skipTotalTooLarge',
  'not-zip': 'aud_skipNotZip',
  'entry-damaged': 'aud_skipEntryDamaged',
  'entry-inflates': 'aud_skipEntryInflates',
  'cut-off': 'aud_skipCutOff',
  'zip-empty': 'aud_skipZipEmpty',
  'html-export': 'aud_skipHtml',
  'nothing-found': 'aud_skipNothingFound',
  'not-export': 'aud_skipNotExport',
  unreadable: 'aud_skipUnreadable',
};

/** What a reader expected a file to be (a file name and its shape, as the platform writes it). */
const EXPECTED_KEYS: Readonly<Record<ExpectedCode, MessageKey>> = {
  'x-account': 'aud_exp_xAccount',
  'x-tweets': 'aud_exp_xTweets',
  'x-messages': 'aud_exp_xMessages',
  'facebook-profile': 'aud_exp_facebookProfile',
  'facebook-posts': 'aud_exp_facebookPosts',
  'facebook-comments': 'aud_exp_facebookComments',
  'instagram-profile': 'aud_exp_instagramProfile',
  'instagram-posts': 'aud_exp_instagramPosts',
  'instagram-comments': 'aud_exp_instagramComments',
  'linkedin-profile': 'aud_exp_linkedinProfile',
  'linkedin-shares': 'aud_exp_linkedinShares',
  'linkedin-comments': 'aud_exp_linkedinComments',
};

/** What was wrong with it. */
const WHY_KEYS: Readonly<Record<ReadErrorCode, MessageKey>> = {
  empty: 'aud_why_empty',
  'not-json': 'aud_why_notJson',
  'no-ytd': 'aud_why_noYtd',
  'no-equals': 'aud_why_noEquals',
  'not-list': 'aud_why_notList',
  'no-account': 'aud_why_noAccount',
  'no-full-text': 'aud_why_noFullText',
  'no-conversation': 'aud_why_noConversation',
  'no-profile-name': 'aud_why_noProfileName',
  'no-posts': 'aud_why_noPosts',
  'no-comments-v2': 'aud_why_noCommentsV2',
  'no-username': 'aud_why_noUsername',
  'no-comments': 'aud_why_noComments',
  header: 'aud_why_header',
  'no-name-row': 'aud_why_noNameRow',
};

/** "expected X's tweets.js: …; the file is empty", from its codes; undefined for a code this version does not know. */
function badFileText(subs: readonly (string | number)[]): string | undefined {
  const [expected, why, ...rest] = subs.map(String);
  if (!expected || !why || !Object.hasOwn(EXPECTED_KEYS, expected) || !Object.hasOwn(WHY_KEYS, why)) return undefined;
  return t('aud_skipBadFile', [t(EXPECTED_KEYS[expected as ExpectedCode]), t(WHY_KEYS[why as ReadErrorCode], rest)]);
}

/** The reason a file was skipped; the English reason when it has no code (a reader's own detail). */
export function skippedText(s: Pick<Skipped, 'reason' | 'code' | 'subs'>): string {
  const subs = s.subs ?? [];
  if (s.code === 'bad-file') return badFileText(subs) ?? s.reason;
  if (s.code === 'zip-damaged') return t(subs[1] === 1 ? 'aud_skipZipDamaged_one' : 'aud_skipZipDamaged_other', subs);
  if (!s.code || !Object.hasOwn(SKIP_KEYS, s.code)) return s.reason;
  return t(SKIP_KEYS[s.code as keyof typeof SKIP_KEYS], subs);
}
