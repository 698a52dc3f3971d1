/**
 * The outcome of an answer given on the card, in the interface's language. The background
 * reports it as a code (lib/protocol AnswerNotice) and the content script words it: a
 * just-started MV3 service worker's chrome.i18n can answer an empty string, the content
 * script's lookups are reliable (see lib/page/card/photo-words.ts).
 */
import type { AnswerNotice } from '../protocol';
import { t, type MessageKey } from '../i18n';

const NOTICE_KEYS: Readonly<Record<AnswerNotice, MessageKey>> = {
  allowed: 'ans_allowed',
  disallowed: 'ans_disallowed',
  'allow-locked': 'ans_allowLocked',
  'allow-full': 'ans_allowFull',
  'not-saved': 'card_saveFailed',
  'unknown-site': 'ans_unknownSite',
  'check-locked': 'ans_checkLocked',
  'turned-off': 'ans_turnedOff',
  'turned-on': 'ans_turnedOn',
};

/** One sentence for an answer's outcome; an unknown code (a newer background) reads as "could not save". */
export function answerNoticeText(res: { notice: AnswerNotice; max?: number }): string {
  if (!Object.hasOwn(NOTICE_KEYS, res.notice)) return t('card_saveFailed');
  return res.notice === 'allow-full' ? t('ans_allowFull', [res.max ?? 200]) : t(NOTICE_KEYS[res.notice]);
}
