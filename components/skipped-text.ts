/**
 * Why a file of an export was not read, in the interface's language (issue 15): the audit's
 * readers (lib/audit, shared with the English CLI) give a code beside the English reason, and the
 * audit page words it. File names, sizes and an error's own words stay as they are.
 */
import type { SkipCode, Skipped } from '../lib/audit/types';
import { t, type MessageKey } from '../lib/i18n';

const SKIP_KEYS: Readonly<Record<Exclude<SkipCode, 'zip-damaged'>, MessageKey>> = {
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

/** The reason a file was skipped; the English reason when it has no code (a reader's own detail). */
export function skippedText(s: Pick<Skipped, 'reason' | 'code' | 'subs'>): string {
  const subs = s.subs ?? [];
  if (s.code === 'zip-damaged') return t(subs[1] === 1 ? 'aud_skipZipDamaged_one' : 'aud_skipZipDamaged_other', subs);
  if (!s.code || !Object.hasOwn(SKIP_KEYS, s.code)) return s.reason;
  return t(SKIP_KEYS[s.code as keyof typeof SKIP_KEYS], subs);
}
