/**
 * The page-side orchestrator: binds a checker to whichever editor gets focus, keeps every
 * composer the user has written in (so each one's Post is covered, not only the first), holds
 * Post clicks and submit keys when the policy says `confirm` or `block`, and applies fixes.
 * It is the card's only writer: checkers report through `CheckerView`, and only the active
 * checker's reports reach the card. DOM only; the content script supplies `analyze` and
 * `logDecision`.
 */
import { ACTION_RANK, type Action, type Category, type Finding, type Site, type Surface } from '../analyzer/types';
import { GENERIC_SURFACE, SITE_LABELS, type SiteAdapter } from '../sites';
import { isSubmitControl, surfaceFor } from './site-match';
import type { AnswerNotice, Decision } from '../protocol';
import { answerNoticeText } from './answer-notice';
import { applyFix } from './apply-fix';
import { EditorChecker, type AnalysisResult, type CheckerView } from './checker';
import { findEditable, isFormField } from './editable';
import { Overlay } from './card/overlay';
import { RetiredNotice } from './card/retired-notice';
import { tabbable } from 'tabbable';
import { t } from '../i18n';
import type { PhotoBox, PhotoMetadataKind, PhotoResult } from '../analyzer/photo';
import { MAX_PHOTO_BYTES } from '../protocol';
import { readDataUrl, thumbnailOf, watchAttachments, type PhotoEntry } from './attachments';


export interface ControllerOptions {
  doc: Document;
  adapter?: SiteAdapter;
  site: Site;
  debounceMs: number;
  analyze(text: string, site: Site, surface: Surface): Promise<AnalysisResult>;
  /** Starts the background's set-up when a composer gets focus (no text is sent). */
  warm?(): void;
  /** Records a decision (counts only, never text); resolves to whether the log kept it. */
  logDecision(entry: { categories: Category[]; action: Action; decision: Decision; surface: Surface; rule?: string }): Promise<boolean> | void;
  /**
   * Reads an attached photo's text and checks it (issue 16): `checked` is false when photos are
   * not read (policy); rejects when it could not be read.
   */
  checkPhoto?(image: string, site: Site, surface: Surface): Promise<{ checked: boolean; result?: PhotoResult; metadata?: PhotoMetadataKind[]; boxes?: PhotoBox[] }>;
  /** Applies an answer from the card in the settings (see lib/protocol AnswerRequest). */
  answer(req: { answer: 'allow' | 'disallow' | 'turn-off' | 'turn-on'; category: Category; text?: string }): Promise<{ applied: boolean; notice: AnswerNotice; max?: number }>;
}

/** At most this many photos of one attach, paste or drop are read (a site takes 4–10). */
const MAX_PHOTOS_AT_ONCE = 10;

/** Words of a finding that "Always allow" may keep: the allow-list takes 2–200 characters. */
export function allowable(f: Finding, text: string): string | undefined {
  const words = text.slice(f.start, f.end).trim();
  return words.length >= 2 && words.length <= 200 ? words : undefined;
}

type Resubmit = () => void;

const HOLDING: ReadonlySet<Action | undefined> = new Set<Action | undefined>(['confirm', 'block']);

export class Controller {
  private readonly checkers = new Map<HTMLElement, EditorChecker>();
  private active: EditorChecker | undefined;
  private overlay: Overlay | undefined;
  private held: { checker: EditorChecker; resubmit: Resubmit } | undefined;
  /** Set by "Post anyway": the next submit from this composer goes through. */
  private allowOnce: EditorChecker | undefined;
  private readonly cleanups: (() => void)[] = [];
  /** Takes back the last answer given on the card (its notice offers "Undo"). */
  private undo: (() => void) | undefined;
  /** Set by destroy(): a check still in flight must not bring the card back. */
  private destroyed = false;
  /**
   * Where the caret last was inside the active contenteditable editor. A click on Post moves the
   * document's selection out of the editor; a held post puts it back here. (A form field keeps
   * its own selection while unfocused.) Nodes and offsets only, never text.
   */
  private caret: { editor: HTMLElement; anchor: Node; anchorOffset: number; focus: Node; focusOffset: number } | undefined;
  /** Photos attached to each composer (issue 16), and the checks of them still running. */
  private readonly photos = new Map<EditorChecker, PhotoEntry[]>();
  private readonly photoChecks = new Map<EditorChecker, Set<Promise<void>>>();
  private nextPhotoId = 1;

  constructor(private readonly opts: ControllerOptions) {
    const { doc } = opts;
    const win = doc.defaultView!;
    const on = (target: EventTarget, type: string, fn: (e: Event) => void, capture = true) => {
      const guarded = (e: Event) => {
        try {
          fn(e);
        } catch {
          // Never throw into the page.
        }
      };
      target.addEventListener(type, guarded, { capture });
      this.cleanups.push(() => target.removeEventListener(type, guarded, { capture }));
    };
    on(doc, 'focusin', (e) => this.focus(e.composedPath()[0] ?? e.target));
    // Window capture runs before the sites' own (React root) handlers.
    on(win, 'click', (e) => this.onClick(e as MouseEvent));
    on(win, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    // Tab is read last, as it bubbles out of the page: a site that uses Tab itself (picking a
    // mention or hashtag suggestion) has handled and prevented it by then, and keeps it.
    on(win, 'keydown', (e) => this.onTab(e as KeyboardEvent), false);
    on(win, 'pointerdown', (e) => this.onPointerDown(e));
    on(doc, 'selectionchange', () => this.noteCaret());
    if (opts.checkPhoto) this.cleanups.push(watchAttachments(doc, (files, origin) => this.attach(files, origin)));
    if (doc.activeElement) this.focus(doc.activeElement);
  }

  private ensureOverlay(): Overlay {
    this.overlay ??= new Overlay(this.opts.doc, {
      onApplyFix: (f) => void this.fix(f),
      onEdit: () => this.resolveHold('edited'),
      onDismiss: () => this.resolveHold('dismissed'),
      onPostAnyway: () => this.resolveHold('posted-anyway'),
      onIgnore: (f) => this.ignore(f, t('card_ignored')),
      onReport: (f) => void this.report(f),
      onAllow: (f) => void this.allow(f),
      onTurnOff: (f) => void this.turnOff(f),
      onReturn: () => this.active && this.returnFocus(this.active),
      onTabOut: () => this.tabOut(),
      onForgetPhoto: (id) => this.forgetPhoto(id),
      onUndo: () => {
        const undo = this.undo;
        this.undo = undefined;
        this.ensureOverlay().update({ undo: false, notice: undefined });
        undo?.();
      },
    });
    return this.overlay;
  }

  private focus(target: EventTarget | null): void {
    const editable = findEditable(target);
    if (!editable) return;
    let checker = this.checkers.get(editable.element);
    if (!checker) {
      this.prune();
      const known = surfaceFor(this.opts.adapter, editable.element);
      checker = new EditorChecker({
        editable,
        site: this.opts.site,
        surface: known ?? GENERIC_SURFACE,
        limited: !known,
        view: this.viewFor(editable.element),
        debounceMs: this.opts.debounceMs,
        analyze: this.opts.analyze,
        ...(this.opts.warm ? { warm: this.opts.warm } : {}),
      });
      this.checkers.set(editable.element, checker);
    }
    // The user is about to type (maybe back after reading for a while): the background gets ready
    // meanwhile, so the first check after the browser stopped its idle worker does not also wait
    // for the worker to start and the analyzer to set up.
    checker.warm();
    if (checker === this.active) return;
    this.held = undefined;
    this.activate(checker);
  }

  /** Makes `checker` the one the card shows, folded into its pill until there is news. */
  private activate(checker: EditorChecker): void {
    if (this.destroyed || this.active === checker) return;
    this.active?.deactivate();
    this.ensureOverlay().clear();
    this.active = checker;
    const overlay = this.ensureOverlay();
    overlay.mount();
    this.undo = undefined;
    const siteLabel = this.opts.site === 'other' || checker.limited ? undefined : SITE_LABELS[this.opts.site];
    overlay.update({ limited: checker.limited, surfaceName: checker.surface.name, siteLabel, collapsed: true, expanded: false, notice: undefined, undo: false, hold: undefined, photos: this.photos.get(checker) ?? [], photoWait: false });
    checker.activate();
  }

  /** The card and underlines as one checker may change them: only while it is the active one. */
  private viewFor(element: HTMLElement): CheckerView {
    const mine = () => this.active !== undefined && this.active === this.checkers.get(element);
    return {
      draw: (d) => {
        if (!mine()) return;
        const overlay = this.ensureOverlay();
        overlay.setUnderlines(d.underlines);
        overlay.update({ checking: d.checking, findings: d.findings, text: d.text, unchecked: d.unchecked, otherLanguage: d.otherLanguage, anchor: d.anchor });
      },
      clear: () => {
        if (mine()) this.ensureOverlay().clear();
      },
      error: (message) => {
        if (mine()) this.ensureOverlay().update({ error: message });
      },
      caretOnFinding: () => {
        if (mine()) this.ensureOverlay().update({ collapsed: false, expanded: true });
      },
      textChanged: () => {
        if (this.allowOnce === this.checkers.get(element)) this.allowOnce = undefined;
      },
      cardFolded: () => this.ensureOverlay().card.value.collapsed,
      layoutField: (field) => this.ensureOverlay().layoutField(field),
    };
  }

  /** Forgets composers that left the page (closed dialogs, re-mounted editors, navigation). */
  prune(): void {
    for (const [el, checker] of this.checkers) {
      if (el.isConnected) continue;
      checker.dispose();
      this.checkers.delete(el);
      this.photos.delete(checker);
      this.photoChecks.delete(checker);
      if (this.allowOnce === checker) this.allowOnce = undefined;
      if (this.active === checker) {
        this.active = undefined;
        this.overlay?.clear();
      }
    }
  }

  /** Opens the card for the focused composer and moves keyboard focus into it (shortcut). */
  openCard(): void {
    if (!this.active || !this.overlay) return;
    this.overlay.update({ collapsed: false, expanded: true });
    // After Preact renders: focus the card's first control; Escape returns to the editor (WarningCard).
    requestAnimationFrame(() => this.overlay?.focusEntry());
  }

  /**
   * Tab past the pill or the card's last control: on to whatever follows the editor in the
   * page's own Tab order (the site's toolbar, its Post button…), as if the pill were not there.
   */
  private tabOut(): void {
    const el = this.active?.element;
    if (!el) return;
    const follows = tabbable(this.opts.doc.body).find((t) => !el.contains(t) && el.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (follows) follows.focus();
    else this.returnFocus(this.active!);
  }

  /** Re-checks every open composer, e.g. after the policy changed. */
  recheckAll(): void {
    for (const checker of this.checkers.values()) checker.recheck();
  }

  /** What the popup shows: the focused draft's findings, counted by category (never text). */
  status(): { surface: Surface | undefined; limited: boolean; counts: Partial<Record<Category, number>> } {
    const counts: Partial<Record<Category, number>> = {};
    for (const f of this.active?.current().findings ?? []) counts[f.category] = (counts[f.category] ?? 0) + 1;
    for (const p of (this.active && this.photos.get(this.active)) ?? []) {
      for (const f of p.result?.findings ?? []) counts[f.category] = (counts[f.category] ?? 0) + 1;
    }
    return { surface: this.active?.surfaceKind, limited: !!this.active?.limited, counts };
  }

  private noteCaret(): void {
    const el = this.active?.element;
    if (!el || isFormField(el)) return;
    const sel = this.opts.doc.getSelection();
    const { anchorNode: anchor, focusNode: focus } = sel ?? {};
    if (!sel || !anchor || !focus || !el.contains(anchor) || !el.contains(focus)) return;
    this.caret = { editor: el, anchor, anchorOffset: sel.anchorOffset, focus, focusOffset: sel.focusOffset };
  }

  /**
   * Puts keyboard focus back in the editor with the caret where it was, unless it is still there
   * (then nothing is touched: setting a selection the user already has could split the editor's
   * undo group or move an IME). What the user types next lands in the draft.
   */
  private returnFocus(checker: EditorChecker): void {
    const el = checker.element;
    const doc = el.ownerDocument;
    const active = doc.activeElement;
    if (active && (active === el || el.contains(active))) return;
    el.focus({ preventScroll: true });
    const c = this.caret;
    if (isFormField(el) || !c || c.editor !== el || !el.contains(c.anchor) || !el.contains(c.focus)) return;
    try {
      doc.getSelection()?.setBaseAndExtent(c.anchor, c.anchorOffset, c.focus, c.focusOffset);
    } catch {
      // The editor re-rendered those nodes: focus alone is the best we can do.
    }
  }

  /** A press outside the card and the editor folds the card back into its pill. */
  private onPointerDown(e: Event): void {
    const path = e.composedPath();
    const target = path[0];
    if (!this.overlay || this.held || !(target instanceof Node)) return;
    // Node.contains does not cross into our shadow root; the event path does.
    if (path.includes(this.overlay.host) || this.active?.element.contains(target)) return;
    if (!this.overlay.card.value.collapsed) this.overlay.update({ collapsed: true, expanded: false });
  }

  private onClick(e: MouseEvent): void {
    const path = e.composedPath();
    const target = path[0];
    if (!(target instanceof Element) || (this.overlay && path.includes(this.overlay.host))) return;
    // Composers a site adapter knows claim their buttons before generic (limited) ones do.
    const ordered = [...this.checkers.values()].sort((a, b) => Number(a.limited) - Number(b.limited));
    for (const checker of ordered) {
      const surface = checker.surface;
      if (!checker.element.isConnected || !isSubmitControl(surface, checker.element, target)) continue;
      const control = target;
      this.gate(e, checker, () => (control as HTMLElement).click());
      return;
    }
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (isOpenCardChord(e) && this.active && this.overlay && this.active.element.contains(e.composedPath()[0] as Node)) {
      // The "open-card" shortcut as the page sees it. The browser normally takes Alt+Shift+L as
      // the extension's command before the page does; this answers when it does not (the command
      // is not delivered to a page driven by DevTools input, or the browser has no commands API).
      e.preventDefault();
      this.openCard();
      return;
    }
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return; // IME composition confirms with Enter
    const editable = findEditable(e.composedPath()[0] ?? null);
    const checker = editable && this.checkers.get(editable.element);
    const keys = checker?.surface.keys;
    if (!checker || !keys) return;
    const mod = e.ctrlKey || e.metaKey;
    const submits = (mod && keys.modEnter) || (!mod && !e.shiftKey && !e.altKey && keys.enter);
    if (!submits) return;
    const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit;
    const el = checker.element;
    this.gate(e, checker, () => {
      el.focus();
      el.dispatchEvent(new KeyboardEvent('keydown', init));
    });
  }

  /**
   * Tab in the active editor goes to Second Look's pill or open card first (focus order editor →
   * pill → card → the page), so a person on the keyboard meets the warning before the site's Post.
   * Only a plain Tab, only from the active editor, only while the pill or card is on screen, and
   * only when the site did not use the key itself (read in the bubble phase, after its handlers).
   */
  private onTab(e: KeyboardEvent): void {
    if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || e.isComposing || !this.active || !this.overlay) return;
    const from = e.composedPath()[0];
    if (!(from instanceof Node) || !this.active.element.contains(from)) return;
    if (this.overlay.focusEntry()) e.preventDefault();
  }

  /**
   * Lets a submit through, or holds it. A submit is held when the composer's findings ask for
   * `confirm` or `block`; when the newest text has not been checked yet, it is held while the
   * check runs and then let through (re-triggered) if nothing needs holding.
   */
  private gate(e: Event, checker: EditorChecker, resubmit: Resubmit): void {
    if (this.allowOnce === checker) {
      this.allowOnce = undefined; // "Post anyway": exactly one submit goes through
      return;
    }
    const photoChecks = this.photoChecks.get(checker)?.size ?? 0;
    if (!checker.isStale() && !photoChecks && !HOLDING.has(this.strongest(checker))) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (photoChecks) {
      // "checking photo…" on the card while the held Post waits for the photo's text.
      this.activate(checker);
      this.ensureOverlay().update({ photoWait: true, collapsed: false, expanded: true });
    }
    void Promise.all([checker.flush(), this.photosChecked(checker)]).then(() => {
      if (this.destroyed) return;
      if (photoChecks) this.ensureOverlay().update({ photoWait: false });
      if (!HOLDING.has(this.strongest(checker))) {
        this.allowOnce = checker;
        resubmit();
        if (this.allowOnce === checker) this.allowOnce = undefined;
        return;
      }
      this.showHold(checker, resubmit);
    });
  }

  private showHold(checker: EditorChecker, resubmit: Resubmit): void {
    this.activate(checker);
    this.held = { checker, resubmit };
    this.ensureOverlay().update({ hold: this.strongest(checker) === 'block' ? 'block' : 'confirm', collapsed: false, expanded: true, notice: undefined });
    checker.requestRender();
    // Never leave the user typing into nothing: a held Enter keeps focus where it is; after a
    // held click on Post, focus goes back to the draft (the card is announced, and reachable
    // by its shortcut or the mouse).
    this.returnFocus(checker);
  }

  private resolveHold(decision: Decision): void {
    const held = this.held;
    const overlay = this.ensureOverlay();
    // The user is working through the findings: keep the card open where it is.
    overlay.update({ hold: undefined, collapsed: false, expanded: true });
    if (!held) return;
    this.held = undefined;
    const { findings } = held.checker.current();
    const action = this.strongest(held.checker) ?? 'warn';
    // Each category is logged at its own level (issue 14): a date at `warn` in a post held for
    // an SSN at `confirm` is a `warn` row, not a `confirm` one. A category seen at two levels
    // counts at the stronger. One request per level, as the protocol carries one action.
    const levels = new Map<Category, Action>();
    const photoFindings = (this.photos.get(held.checker) ?? []).flatMap((p) => p.result?.findings ?? []);
    for (const f of [...findings, ...photoFindings]) {
      if (f.action === 'inform') continue;
      const seen = levels.get(f.category);
      if (!seen || ACTION_RANK[f.action] > ACTION_RANK[seen]) levels.set(f.category, f.action);
    }
    for (const level of ['block', 'confirm', 'warn'] as const) {
      const categories = [...levels].filter(([, a]) => a === level).map(([c]) => c);
      if (categories.length) this.opts.logDecision({ categories, action: level, decision, surface: held.checker.surfaceKind });
    }
    if (decision === 'posted-anyway' && action !== 'block') {
      this.allowOnce = held.checker;
      held.resubmit();
    } else {
      this.returnFocus(held.checker);
    }
  }

  /** The strongest action among a composer's findings and its photos' (what a Post hold goes by). */
  private strongest(checker: EditorChecker): Action | undefined {
    let best = checker.strongest();
    for (const p of this.photos.get(checker) ?? []) {
      const a = p.result?.action;
      if (a && (!best || ACTION_RANK[a] > ACTION_RANK[best])) best = a;
    }
    return best;
  }

  /**
   * The composer a photo attached through `origin` belongs to: the editor it was pasted or
   * dropped on, or the composer in the nearest part of the page that holds both the file input
   * and an editor we know (its form, dialog or toolbar row). None: the photo is not for a post.
   */
  private composerFor(origin: Element): EditorChecker | undefined {
    const live = [...this.checkers.values()].filter((c) => c.element.isConnected);
    const inside = live.find((c) => c.element.contains(origin));
    if (inside) return inside;
    const body = origin.ownerDocument.body;
    for (let el: Element | null = origin.parentElement; el && el !== body; el = el.parentElement) {
      const near = live.filter((c) => el!.contains(c.element));
      if (near.length) return near.find((c) => c === this.active) ?? near[0];
    }
    return undefined;
  }

  private attach(files: File[], origin: Element): void {
    const checker = this.composerFor(origin);
    if (!checker || this.destroyed) return;
    for (const file of files.slice(0, MAX_PHOTOS_AT_ONCE)) this.checkPhoto(checker, file);
  }

  /** Reads one attached photo and shows what it holds on the composer's card. */
  private checkPhoto(checker: EditorChecker, file: File): void {
    const id = this.nextPhotoId++;
    this.setPhotos(checker, [...(this.photos.get(checker) ?? []), { id, thumbnail: '', status: 'checking' }]);
    const update = (patch: Partial<PhotoEntry>) => this.setPhotos(checker, (this.photos.get(checker) ?? []).map((p) => (p.id === id ? { ...p, ...patch } : p)));
    const checks = this.photoChecks.get(checker) ?? new Set<Promise<void>>();
    this.photoChecks.set(checker, checks);
    const job = (async () => {
      const thumbnail = await thumbnailOf(this.opts.doc, file);
      update({ thumbnail });
      if (file.size > MAX_PHOTO_BYTES) return update({ status: 'unread', note: t('photo_tooLarge') });
      const image = await readDataUrl(file);
      const res = await this.opts.checkPhoto!(image, this.opts.site, checker.surfaceKind);
      if (!res.checked) return update({ status: 'off' });
      update({ ...(res.result ? { status: 'flagged', result: res.result } : { status: 'clear' }), ...(res.metadata ? { metadata: res.metadata } : {}), ...(res.boxes ? { boxes: res.boxes } : {}) });
      // News: a flagged photo opens the card (unless a Post is held, which shows it anyway).
      if ((res.result || res.metadata) && this.active === checker && !this.held) this.ensureOverlay().update({ collapsed: false });
    })()
      .catch(() => update({ status: 'unread', note: t('photo_unread') }))
      .finally(() => checks.delete(job));
    checks.add(job);
  }

  private setPhotos(checker: EditorChecker, list: PhotoEntry[]): void {
    if (this.destroyed) return;
    this.photos.set(checker, list);
    if (this.active === checker) this.ensureOverlay().update({ photos: list });
  }

  /** Resolves once no photo of this composer is still being checked. */
  private async photosChecked(checker: EditorChecker): Promise<void> {
    for (let checks = this.photoChecks.get(checker); checks?.size; checks = this.photoChecks.get(checker)) {
      await Promise.allSettled([...checks]);
    }
  }

  /** "I removed it": the photo is no longer in the post, so it no longer counts. */
  private forgetPhoto(id: number): void {
    const checker = this.active;
    if (!checker) return;
    this.setPhotos(checker, (this.photos.get(checker) ?? []).filter((p) => p.id !== id));
    this.releaseHoldIfClear(checker);
  }

  /** Shows the outcome of an answer; with `undo`, the notice offers to take it back. */
  private answered(notice: string, undo?: () => void): void {
    this.undo = undo;
    this.ensureOverlay().update({ notice, undo: !!undo, collapsed: false, expanded: true });
  }

  /**
   * A finding answered away no longer holds Post: when nothing left needs holding, the held
   * question closes (the next Post goes through the gate again).
   */
  private releaseHoldIfClear(checker: EditorChecker): void {
    if (this.held?.checker !== checker || HOLDING.has(this.strongest(checker))) return;
    this.held = undefined;
    this.ensureOverlay().update({ hold: undefined });
  }

  /** "Ignore once": this finding (and the same words flagged the same way) in this draft only. */
  private ignore(f: Finding, notice: string): void {
    const checker = this.active;
    if (!checker) return;
    const { text } = checker.current();
    checker.ignore(f);
    this.releaseHoldIfClear(checker);
    this.answered(notice, () => checker.unignore(f, text));
  }

  /**
   * "Report a false alarm": the decision log records the check's rule id, category and site —
   * never the words — so an organization can see which checks misfire; the finding is ignored
   * in this draft.
   */
  private async report(f: Finding): Promise<void> {
    const checker = this.active;
    if (!checker) return;
    // The finding goes at once; the log is written after (a busy worker or a slow disk must not
    // leave the reported warning on the card), and the notice says so if it could not be.
    this.ignore(f, t('card_reported'));
    const undo = this.undo;
    const recorded = await this.opts.logDecision({ categories: [f.category], action: f.action, decision: 'false-alarm', surface: checker.surfaceKind, rule: f.ruleId });
    if (recorded === false && this.undo === undo && !this.destroyed) this.ensureOverlay().update({ notice: t('card_ignoredNotLogged') });
  }

  /** "Always allow": the flagged words join the user's allow-list, unless the organization locked it. */
  private async allow(f: Finding): Promise<void> {
    const checker = this.active;
    const words = checker && allowable(f, checker.current().text);
    if (!checker || !words) return;
    const res = await this.opts.answer({ answer: 'allow', category: f.category, text: words }).catch(() => null);
    if (!res) return this.answered(t('card_saveFailed'));
    if (!res.applied) return this.answered(answerNoticeText(res));
    checker.ignore(f); // at once; the re-check the new setting brings agrees
    this.releaseHoldIfClear(checker);
    this.answered(t('card_allowed', [words]), () => void this.opts.answer({ answer: 'disallow', category: f.category, text: words }).catch(() => undefined));
  }

  /** "Turn off … on this site", with undo; refused with the reason when the organization manages it. */
  private async turnOff(f: Finding): Promise<void> {
    const checker = this.active;
    if (!checker) return;
    const res = await this.opts.answer({ answer: 'turn-off', category: f.category }).catch(() => null);
    if (!res) return this.answered(t('card_saveFailed'));
    if (!res.applied) return this.answered(answerNoticeText(res));
    checker.ignore(f);
    this.releaseHoldIfClear(checker);
    this.answered(answerNoticeText(res), () => void this.opts.answer({ answer: 'turn-on', category: f.category }).catch(() => undefined));
  }

  private async fix(f: Finding): Promise<void> {
    const checker = this.active;
    if (!checker || !f.fix || (f.fix.kind !== 'replace' && f.fix.kind !== 'remove')) return;
    const { text } = checker.current();
    const replacement = f.fix.replacement ?? '';
    // Removing a word between two spaces takes one space with it, so no double space is left.
    const end = !replacement && /\s/.test(text[f.start - 1] ?? '') && text[f.end] === ' ' ? f.end + 1 : f.end;
    const outcome = await applyFix(checker.editable, f.start, end, text.slice(f.start, end), replacement);
    const notices = {
      applied: 'card_fixApplied',
      copied: 'card_fixCopied',
      changed: 'card_fixChanged',
      stale: 'card_fixStale',
    } as const;
    const notice = t(notices[outcome]);
    this.ensureOverlay().update({ notice });
    if (outcome === 'applied') this.opts.logDecision({ categories: [f.category], action: f.action, decision: 'edited', surface: checker.surfaceKind });
  }

  destroy(): void {
    this.destroyed = true;
    for (const c of this.cleanups.splice(0)) c();
    for (const checker of this.checkers.values()) checker.dispose();
    this.checkers.clear();
    this.photos.clear();
    this.photoChecks.clear();
    this.active = undefined;
    this.held = undefined;
    this.overlay?.destroy();
    this.overlay = undefined;
  }

  /**
   * The extension was updated, reloaded or turned off while this tab stayed open: remove every
   * underline, the card and every listener, and leave one small notice on the composer (shown
   * on the next composer focused, if none is), so the user knows this page is no longer checked.
   * Never throws.
   */
  retire(message: string): RetiredNotice | undefined {
    const editor = this.active?.element;
    try {
      this.destroy();
    } catch {
      // Whatever is left cannot be reached any more; the notice still matters.
    }
    try {
      return new RetiredNotice(this.opts.doc, message, editor);
    } catch {
      return undefined;
    }
  }
}

/** Alt+Shift+L, the default "open-card" shortcut (wxt.config.ts), by physical key. */
function isOpenCardChord(e: KeyboardEvent): boolean {
  return e.code === 'KeyL' && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.isComposing;
}
