/**
 * A photo's reason and its metadata note in the interface's language (issues 15, 16). The
 * background sends codes (lib/analyzer/photo.ts: PhotoReason, PhotoMetadataKind), never
 * sentences: a just-started MV3 service worker's chrome.i18n can answer an empty string (CI#2,
 * commit 6064c28), while the content script's lookups are reliable. The card says them here.
 */
import type { PhotoMetadataKind, PhotoReason } from '../../analyzer/photo';
import { t, type MessageKey } from '../../i18n';

const REASON_KEYS: Readonly<Record<PhotoReason, MessageKey>> = {
  'name-record': 'photo_reasonNameRecord',
  'name-bed': 'photo_reasonNameBed',
  record: 'photo_reasonRecord',
  'name-date': 'photo_reasonNameDate',
  other: 'photo_reasonOther',
};

const KIND_KEYS: Readonly<Record<PhotoMetadataKind, MessageKey>> = {
  place: 'photo_metaPlace',
  time: 'photo_metaTime',
  owner: 'photo_metaOwner',
  names: 'photo_metaNames',
};

/** What the photo seems to show and why it matters, in one sentence; an unknown code reads as 'other'. */
export function photoReasonText(reason: PhotoReason): string {
  return t(Object.hasOwn(REASON_KEYS, reason) ? REASON_KEYS[reason] : 'photo_reasonOther');
}

/**
 * One calm sentence naming what the photo file records ("…where it was taken (GPS) and when it
 * was taken…"), or undefined when it records none of the kinds.
 */
export function photoMetadataText(kinds: readonly PhotoMetadataKind[] | undefined): string | undefined {
  const words = (kinds ?? []).filter((k) => Object.hasOwn(KIND_KEYS, k)).map((k) => t(KIND_KEYS[k]));
  if (!words.length) return undefined;
  const list = words.length > 1 ? `${words.slice(0, -1).join(t('card_listSeparator'))}${t('photo_listAnd')}${words.at(-1)}` : words[0]!;
  return t('photo_metadata', [list]);
}
