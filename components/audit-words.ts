/**
 * The audit report's own words in the interface's language (issue 15): what lib/audit (shared
 * with the English CLI) writes in English beside a code — a note on what was counted but not
 * checked, an item's kind, a year or account the export did not give — the audit page words here.
 */
import { PLATFORM_LABELS, UNKNOWN_YEAR, unnamedAccount, type ItemKind, type Note, type NoteCode, type Platform } from '../lib/audit/types';
import type { ReportWords } from '../lib/audit/export';
import { categoryLabel, count, levelLabel, plural, t, type MessageKey } from '../lib/i18n';
import { skippedText } from './skipped-text';

const NOTE_KEYS: Readonly<Record<Exclude<NoteCode, 'x-no-account'>, [MessageKey, MessageKey]>> = {
  'x-reposts': ['aud_noteReposts_one', 'aud_noteReposts_other'],
  'x-received': ['aud_noteReceived_one', 'aud_noteReceived_other'],
};

/** A note of the report; its English text when its code is unknown (a report from a newer version). */
export function noteText(n: Pick<Note, 'text' | 'code' | 'subs'>): string {
  if (n.code === 'x-no-account') return t('aud_noteNoAccount');
  if (!Object.hasOwn(NOTE_KEYS, n.code)) return n.text;
  const [one, other] = NOTE_KEYS[n.code as keyof typeof NOTE_KEYS];
  return plural(n.subs?.[0] ?? 0, one, other);
}

const KIND_KEYS: Readonly<Record<ItemKind, MessageKey>> = {
  post: 'aud_kind_post',
  comment: 'aud_kind_comment',
  reply: 'aud_kind_reply',
  message: 'aud_kind_message',
};

/** Where an item was: "X reply" (respuesta en X). */
export function kindText(platform: Platform, kind: ItemKind): string {
  const label = PLATFORM_LABELS[platform] ?? platform;
  return Object.hasOwn(KIND_KEYS, kind) ? t(KIND_KEYS[kind], [label]) : `${label} ${kind}`;
}

/** A row of the report's "by year" table: the year, or "unknown" in the interface's language. */
export function yearText(year: string): string {
  return year === UNKNOWN_YEAR ? t('aud_yearUnknown') : year;
}

/** A row of the report's "by account" table: the account, or "X (account not named)" in the interface's language. */
export function accountText(account: string): string {
  const platform = (Object.keys(PLATFORM_LABELS) as Platform[]).find((p) => unnamedAccount(p) === account);
  return platform ? t('aud_accountUnnamed', [PLATFORM_LABELS[platform]]) : account;
}

/** The printable page's words in the interface's language (lib/audit/export.ts reportHtml). */
export function reportWords(): ReportWords {
  return {
    lang: t('lang'),
    title: t('aud_htmlTitle'),
    summary: (checked, flagged) => t(checked === 1 ? 'aud_checked_one' : 'aud_checked_other', [count(checked), count(flagged)]),
    keepNote: t('aud_htmlKeep'),
    byCategory: t('aud_byCategory'),
    byYear: t('aud_byYear'),
    byAccount: t('aud_byAccount'),
    byPlatform: t('aud_byPlatform'),
    flagged: t('aud_flagged'),
    checked: t('aud_checked'),
    flaggedItems: t('aud_flaggedItems'),
    none: t('aud_none'),
    notRead: t('aud_notRead'),
    notChecked: t('aud_notChecked'),
    noDate: t('aud_noDate'),
    category: categoryLabel,
    level: levelLabel,
    where: (item) => kindText(item.platform, item.kind),
    year: yearText,
    account: accountText,
    skipped: skippedText,
    note: noteText,
  };
}
