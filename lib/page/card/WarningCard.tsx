import type { ReadonlySignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../analyzer/types';
import { categoryLabel, count, languageName, levelLabel, plural, surfaceName, t } from '../../i18n';
import type { Placement } from '@floating-ui/dom';
import { tabbable, type FocusableElement } from 'tabbable';
import { MIN_CARD_HEIGHT, placeCard, placePill, type Anchor } from './placement';
import { ACTION_RANK, familyOf } from '../../analyzer/types';
import { MAX_CHECKED_LENGTH } from '../../protocol';

/**
 * At most this many findings are listed; a line says how many more there are. A card listing
 * 33,708 items took seconds to render on every keystroke in a pasted 1 MB draft (issue 12).
 */
export const MAX_LISTED = 50;

/** The findings the card lists: the most serious first when there are too many, shown in text order. */
export function listed(findings: readonly Finding[]): Finding[] {
  if (findings.length <= MAX_LISTED) return [...findings];
  const order = findings.map((f, i) => [f, i] as const);
  order.sort(([a, i], [b, j]) => ACTION_RANK[b.action] - ACTION_RANK[a.action] || i - j);
  const keep = new Set(order.slice(0, MAX_LISTED).map(([f]) => f));
  return findings.filter((f) => keep.has(f));
}
import { Shown } from './shown-text';
import type { PhotoEntry } from '../attachments';
import { listedPhotos, PhotoList, photoChecking } from './PhotoList';

export interface CardState {
  findings: Finding[];
  /** The analysed text, to quote each flagged span. Rendered as text, never as HTML. */
  text: string;
  /** Surface name from the site adapter, or undefined in generic (limited) mode. */
  surfaceName?: string;
  limited: boolean;
  error?: string;
  /** A one-line outcome to announce, e.g. after a fix. */
  notice?: string;
  /** The notice reports an answer that can be taken back: offer "Undo". */
  undo?: boolean;
  /** The site's name ("X", "Facebook"…) where a check can be turned off; undefined elsewhere. */
  siteLabel?: string;
  collapsed: boolean;
  /** The user opened the card from the pill: show it even where it covers the editor. */
  expanded?: boolean;
  /**
   * The draft's first check is taking a while (e.g. the browser just started the worker): the
   * pill says "checking…" so a draft with no pill is never mistaken for a clean one.
   */
  checking?: boolean;
  /** Characters at the end of the draft that were not checked (it was longer than MAX_CHECKED_LENGTH). */
  unchecked?: number;
  /** The draft looks like a language Second Look does not read ("Portuguese"): a quiet notice. */
  otherLanguage?: string;
  /** Set while a Post is held: `confirm` offers "Post anyway", `block` does not. */
  hold?: 'confirm' | 'block';
  /** Where the editor and its Post button are (viewport coordinates), or null when hidden. */
  anchor: Anchor | null;
  /** Photos attached to this composer (issue 16). */
  photos?: PhotoEntry[];
  /** A Post is waiting for a photo's check: the card says "checking photo…". */
  photoWait?: boolean;
}

export interface CardActions {
  onToggle(): void;
  onExpand(): void;
  onApplyFix(finding: Finding): void;
  onEdit(): void;
  /** Escape on a held post: closes the question without choosing; the post stays unsent. */
  onDismiss(): void;
  onPostAnyway(): void;
  /** Answers to one finding (issue 13). */
  onIgnore(finding: Finding): void;
  onAllow(finding: Finding): void;
  onTurnOff(finding: Finding): void;
  onReport(finding: Finding): void;
  /** Takes back the answer the notice reports. */
  onUndo(): void;
  /** Puts keyboard focus back in the editor, with the caret where it was (Escape, Shift+Tab). */
  onReturn(): void;
  /** Moves keyboard focus to what follows the editor on the page (Tab past the pill or the card's last control). */
  onTabOut(): void;
  /** "I removed it" on a flagged photo: it no longer counts for this post. */
  onForgetPhoto?(id: number): void;
}


/** The notice for a draft in a language Second Look does not read (issue 15). */
export function languageNotice(name: string): string {
  return t('card_languageNotice', [languageName(name)]);
}

/** One quiet line on the card: the draft's words were not read, its identifiers were. */
function LanguageNotice({ name }: { name: string }) {
  return <p class="note" data-language-notice=""><Shown text={languageNotice(name)} /></p>;
}

export function summary(findings: readonly Finding[], flaggedPhotos = 0): string {
  const serious = findings.filter((f) => f.action !== 'inform').length + flaggedPhotos;
  if (serious === 0) return findings.length ? plural(findings.length, 'card_hints_one', 'card_hints_other') : t('card_nothing');
  return plural(serious, 'card_toCheck_one', 'card_toCheck_other');
}

function fixLabel(f: Finding): string | undefined {
  if (!f.fix) return undefined;
  if (f.fix.kind === 'remove') return t('card_fixRemove');
  if (f.category === 'prof.coi') return t('card_fixDisclose');
  if (f.fix.kind === 'replace') return f.fix.replacement ? t('card_fixReplace', [f.fix.replacement]) : t('card_fixRemove');
  return undefined;
}

/**
 * The language of a finding's reason and suggested words when it is not the interface's (a
 * Spanish sentence's reason on an English card, or the reverse), for `lang` on their elements:
 * a screen reader then reads them with the right voice. Undefined when they agree.
 */
export function otherLang(f: Finding): 'en' | 'es' | undefined {
  const lang = f.lang ?? 'en';
  return lang === t('lang') ? undefined : lang;
}

/**
 * The fix button's visible words, with the suggested words in their own language when it is not
 * the card's ("Replace with “<span lang=es>de unos 30</span>”").
 */
function FixWords({ f, label, lang }: { f: Finding; label: string; lang: 'en' | 'es' | undefined }) {
  const replacement = f.fix?.kind === 'replace' && f.category !== 'prof.coi' ? f.fix.replacement : undefined;
  const mark = '\u0001';
  const parts = lang && replacement ? t('card_fixReplace', [mark]).split(mark) : [];
  if (parts.length !== 2) return <Shown text={label} />;
  return (
    <>
      <Shown text={parts[0]!} />
      <span lang={lang} data-fix-words=""><Shown text={replacement!} /></span>
      <Shown text={parts[1]!} />
    </>
  );
}

/** The answers a person can give one finding: small buttons under it, each one click or key. */
function Answers({ f, text, siteLabel, actions }: { f: Finding; text: string; siteLabel?: string; actions: CardActions }) {
  const check = categoryLabel(f.category);
  const words = text.slice(f.start, f.end).trim();
  const canAllow = words.length >= 2 && words.length <= 200;
  const button = (kind: string, label: string, aria: string, run: (f: Finding) => void) => (
    <button type="button" class="answer" data-answer={kind} aria-label={aria} onClick={() => run(f)}><Shown text={label} /></button>
  );
  return (
    <p class="answers">
      {button('ignore', t('card_ignoreOnce'), t('card_ignoreAria', [check]), actions.onIgnore)}
      {canAllow && button('allow', t('card_alwaysAllow'), t('card_alwaysAllowAria'), actions.onAllow)}
      {siteLabel && button('turn-off', t('card_turnOff', [siteLabel]), t('card_turnOffAria', [check, siteLabel]), actions.onTurnOff)}
      {button('report', t('card_report'), t('card_reportAria', [check]), actions.onReport)}
    </p>
  );
}

function FindingItem({ f, text, siteLabel, actions }: { f: Finding; text: string; siteLabel?: string; actions: CardActions }) {
  const label = fixLabel(f);
  const lang = otherLang(f);
  const linkLabel = f.fix?.kind === 'add-source' ? t('card_seeSource') : t('card_learnMore');
  return (
    <li data-category={f.category} data-action={f.action} data-family={familyOf(f.category)}>
      <span class="label"><Shown text={categoryLabel(f.category)} /></span>
      <span class="level" data-action={f.action}><Shown text={levelLabel(f.action)} /></span>
      <p><q><Shown text={text.slice(f.start, f.end)} /></q></p>
      <p class="message" lang={lang}><Shown text={f.message} /></p>
      {(label || f.fix?.link || f.fix?.kind === 'add-source') && (
        <p class="fixes">
          {label && <button type="button" data-fix="" aria-label={label} onClick={() => actions.onApplyFix(f)}><FixWords f={f} label={label} lang={lang} /></button>}
          {f.fix?.link && (
            <a href={f.fix.link} target="_blank" rel="noopener noreferrer" aria-label={linkLabel}>
              <Shown text={linkLabel} />
            </a>
          )}
          {f.fix?.kind === 'add-source' && !f.fix.link && <span class="note"><Shown text={t('card_addSource')} /></span>}
        </p>
      )}
      <Answers f={f} text={text} siteLabel={siteLabel} actions={actions} />
    </li>
  );
}

/** A key per finding that does not change when an edit moves its offsets: rule id and ordinal. */
function itemKeys(findings: readonly Finding[]): [string, Finding][] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = seen.get(f.ruleId) ?? 0;
    seen.set(f.ruleId, n + 1);
    return [`${f.ruleId}#${n}`, f];
  });
}

/** The card's first control a person can Tab to (where keyboard focus enters the card). */
export function firstControl(card: HTMLElement): FocusableElement | undefined {
  return tabbable(card, { displayCheck: 'none' })[0];
}

function moveTo(el: HTMLElement, at: { left: number; top: number }): void {
  el.style.left = `${at.left}px`;
  el.style.top = `${at.top}px`;
}

export function WarningCard({ state, actions }: { state: ReadonlySignal<CardState>; actions: CardActions }) {
  const s = state.value;
  const cardRef = useRef<HTMLElement>(null);
  // A held post never moves focus into the card: the user may already be typing again, and
  // those keys belong in the editor (issue 12). The hold is announced (role="alert"), and the
  // "open-card" shortcut brings focus here.
  const pillRef = useRef<HTMLButtonElement>(null);
  /** The side the card is on, kept while it still fits. */
  const sideRef = useRef<Placement | undefined>(undefined);
  /** Bumped on every render: a placement that finishes after a newer render began is dropped. */
  const drawRef = useRef(0);
  /** Set when the pill opens the card: focus goes to the card's first control once it is placed. */
  const focusCardRef = useRef(false);
  const unchecked = s.unchecked ?? 0;
  // An answer that can be undone keeps the card up (with its notice and Undo) after its last finding went.
  const photos = listedPhotos(s.photos);
  const flaggedPhotos = photos.filter((p) => p.status === 'flagged').length;
  const photoNews = flaggedPhotos > 0 || photos.some((p) => p.status === 'unread' || !!p.metadata?.length) || !!s.photoWait;
  const shown = s.findings.length > 0 || photoNews || !!s.error || !!s.hold || unchecked > 0 || !!s.otherLanguage || (!!s.notice && !!s.undo);
  /** Only the language notice to show: the pill and title say so instead of a count. */
  const languageOnly = !!s.otherLanguage && s.findings.length === 0;
  const items = listed(s.findings);
  const more = s.findings.length - items.length;
  // Place the card where it covers neither the editor nor its Post button; when there is no
  // such spot, show the compact pill instead (unless the user opened the card or a post is held).
  // Floating UI's computePosition is a promise, but its steps are microtasks: the position is
  // set before the browser paints this render.
  const checking = (!!s.checking || photos.some((p) => p.status === 'checking')) && !shown;
  useLayoutEffect(() => {
    const card = cardRef.current;
    const pill = pillRef.current;
    const draw = ++drawRef.current;
    if (!pill) return;
    const anchor = s.anchor;
    if (checking && anchor) {
      pill.style.display = '';
      void placePill(pill, anchor).then((at) => draw === drawRef.current && moveTo(pill, at));
      return;
    }
    if (!shown || !anchor) {
      pill.style.display = 'none';
      return;
    }
    void (async () => {
      let showPill = s.collapsed && !s.hold;
      if (card && !showPill) {
        card.style.display = '';
        const spot = await placeCard(card, anchor, sideRef.current);
        if (draw !== drawRef.current) return;
        sideRef.current = spot?.side;
        if (spot) moveTo(card, spot);
        else if (s.hold || s.expanded) {
          // No side has room (the editor fills the window): the card goes over it, as small as
          // its header and footer allow, at the bottom of the window.
          const win = card.ownerDocument.defaultView!;
          card.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT, Math.floor(win.innerHeight * 0.5))}px`;
          moveTo(card, { left: Math.max(8, (win.innerWidth - card.offsetWidth) / 2), top: Math.max(8, win.innerHeight - card.offsetHeight - 8) });
        } else {
          card.style.display = 'none';
          showPill = true;
        }
        if (!showPill && focusCardRef.current) {
          focusCardRef.current = false;
          firstControl(card)?.focus({ preventScroll: true });
        }
      }
      pill.style.display = showPill ? '' : 'none';
      if (!showPill) return;
      const at = await placePill(pill, anchor);
      if (draw === drawRef.current) moveTo(pill, at);
    })();
  });
  /** Tab and Shift+Tab at the card's ends, Escape anywhere in it: back to the page's own order. */
  const onCardKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (s.hold) actions.onDismiss();
      else {
        actions.onToggle();
        actions.onReturn();
      }
      return;
    }
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !cardRef.current) return;
    const controls = tabbable(cardRef.current, { displayCheck: 'none' });
    const at = controls.indexOf(e.target as HTMLElement);
    if (e.shiftKey && at === 0) {
      e.preventDefault();
      actions.onReturn();
    } else if (!e.shiftKey && at === controls.length - 1) {
      e.preventDefault();
      actions.onTabOut();
    }
  };
  const onPillKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape' || (e.key === 'Tab' && e.shiftKey)) {
      e.preventDefault();
      actions.onReturn();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      actions.onTabOut();
    }
  };
  const announce = s.hold
    ? t('card_announceHeld', [summary(s.findings, flaggedPhotos)])
    : s.notice ?? (s.findings.length ? t('card_announce', [summary(s.findings, flaggedPhotos), [...new Set(s.findings.map((f) => categoryLabel(f.category)))].join(t('card_listSeparator'))]) : '');
  return (
    <>
      <div class="sr-only" role="status" aria-live="polite" lang={t('lang')}><Shown text={announce} /></div>
      {/* Always in the DOM, shown or hidden by style: inserting or removing nodes while the
          user types would close the browser's undo group in a textarea (issue 12). */}
      <button type="button" class="pill" lang={t('lang')} ref={pillRef} onKeyDown={onPillKey} aria-expanded="false"
        onClick={() => {
          focusCardRef.current = true;
          actions.onExpand();
        }} data-checking={checking ? '' : undefined}
        aria-label={checking ? t('card_pillChecking') : languageOnly ? t('card_pillLanguage', [languageNotice(s.otherLanguage!)]) : t('card_pillSummary', [summary(s.findings, flaggedPhotos)])}>
        <span aria-hidden="true"><Shown text={checking ? t('card_checking') : languageOnly ? t('card_notRead') : `⚑ ${s.findings.filter((f) => f.action !== 'inform').length + flaggedPhotos || s.findings.length}`} /></span>
      </button>
      {shown && s.anchor && (!s.collapsed || s.hold) && (
        <section ref={cardRef} class="card" role={s.hold ? 'alertdialog' : 'region'} aria-label={t('card_regionLabel')} lang={t('lang')} data-second-look-card=""
          data-hold={s.hold ?? undefined} onKeyDown={onCardKey}>
          {/* Header and footer keep their place while the findings between them scroll: the
              reason a post is held and its two choices stay in view at any size (issue 13). */}
          <div class="head">
            <header>
              <span class="title"><Shown text={t('card_title', [s.hold ? levelLabel(s.hold) : languageOnly ? t('card_languageNotChecked') : summary(s.findings, flaggedPhotos)])} /></span>
              {!s.hold && <button type="button" onClick={actions.onToggle} aria-expanded="true" aria-label={t('card_hide')}><Shown text={t('card_hide')} /></button>}
            </header>
            {s.hold === 'block' && <p class="hold" role="alert"><Shown text={t('card_holdBlock')} /></p>}
            {s.hold === 'confirm' && <p class="hold" role="alert"><Shown text={t('card_holdConfirm')} /></p>}
            {s.photoWait && <p class="note" role="status" data-photo-wait=""><Shown text={photoChecking()} /></p>}
            {s.error && <p class="note" role="alert"><Shown text={s.error} /></p>}
            {s.notice && (
              <p class="note" data-notice="">
                <Shown text={s.notice} />
                {s.undo && <> <button type="button" class="answer" data-undo="" onClick={actions.onUndo} aria-label={t('card_undo')}><Shown text={t('card_undo')} /></button></>}
              </p>
            )}
          </div>
          <div class="body">
            <PhotoList photos={photos} onForget={(id) => actions.onForgetPhoto?.(id)} />
            <ul>
              {/* Keys survive edits that move offsets, so typing while the card is open updates
                  text in place instead of replacing list items. */}
              {itemKeys(items).map(([key, f]) => <FindingItem key={key} f={f} text={s.text} siteLabel={s.siteLabel} actions={actions} />)}
            </ul>
            {more > 0 && <p class="note" data-more=""><Shown text={t('card_more', [count(more)])} /></p>}
            {unchecked > 0 && (
              <p class="note" data-unchecked="">
                <Shown text={t('card_unchecked', [count(MAX_CHECKED_LENGTH), count(unchecked)])} />
              </p>
            )}
            {s.otherLanguage && <LanguageNotice name={s.otherLanguage} />}
            {s.limited && <p class="limited"><Shown text={t('card_limited')} /></p>}
            {!s.limited && s.surfaceName && <p class="note"><Shown text={t('card_checkedLocally', [surfaceName(s.surfaceName)])} /></p>}
          </div>
          {/* Focus stays in the draft when a post is held; these are in view without scrolling. */}
          {s.hold && (
            <p class="hold-actions">
              <button type="button" data-hold-action="edit" onClick={actions.onEdit} aria-label={t('card_editPost')}><Shown text={t('card_editPost')} /></button>
              {s.hold === 'confirm' && <button type="button" data-hold-action="post-anyway" onClick={actions.onPostAnyway} aria-label={t('card_postAnyway')}><Shown text={t('card_postAnyway')} /></button>}
            </p>
          )}
        </section>
      )}
    </>
  );
}
