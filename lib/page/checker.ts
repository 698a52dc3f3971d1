/**
 * One editor being checked: reads its text on input (debounced), asks for analysis, and, while
 * it is the active editor, measures where its underlines go. It only reads the editor; it never
 * writes to the editor's DOM, and it never touches the card: it reports through `CheckerView`,
 * and the Controller, the card's only writer, draws. Listeners and the observer are scoped to
 * the editor, exist only while it is active, and are removed by `deactivate()`.
 */
import { ACTION_RANK, familyOf, type Action, type Finding, type Site, type Surface } from '../analyzer/types';
import type { SurfaceAdapter } from '../sites';
import { containerOf } from './site-match';
import type { Anchor } from './card/placement';
import { isFormField, type Editable } from './editable';
import { mapThroughEdit } from './edit-map';
import type { Underline } from './card/overlay';
import type { Box, FieldLayout } from './card/textarea-rects';
import { clipTo, textRects, visibleBox } from './card/textarea-rects';
import { MAX_CHECKED_LENGTH } from '../protocol';

/**
 * At most this many findings are underlined per redraw: more than fit a screen. With the
 * visible window found by binary search (drawable()), a redraw costs about the same in a
 * 200,000-character draft as in a tweet (issue 12).
 */
export const MAX_UNDERLINES = 150;
import { rangeFor, readEditable, type TextModel } from './text-model';
import { t } from '../i18n';

export interface AnalysisResult {
  findings: Finding[];
  settings?: { enabled: boolean; debounceMs: number };
  /** The draft looks like a language Second Look does not read ("Portuguese"); see lib/protocol. */
  otherLanguage?: string;
}

export interface CheckerOptions {
  editable: Editable;
  site: Site;
  surface: SurfaceAdapter;
  /** True when no site adapter recognised the editor and `surface` is the generic one. */
  limited: boolean;
  view: CheckerView;
  debounceMs: number;
  /** Resolves with findings for the text, or rejects with a message for the user. */
  analyze(text: string, site: Site, surface: Surface): Promise<AnalysisResult>;
  /** Starts the background's set-up ahead of a check (no text is sent); see lib/protocol WarmRequest. */
  warm?(): void;
}

/**
 * A browser stops an idle extension worker after about 30 seconds, and nothing tells the page it
 * did. So typing that resumes after a pause asks the background to get ready at once, during the
 * debounce, rather than only with the check; a worker that is still running answers in no time.
 */
const TYPING_PAUSE_MS = 5_000;


/** What the checker reports while it is active; the Controller turns it into the card and underlines. */
export interface CheckerView {
  /** Underlines and the card's findings for the current text. */
  draw(drawing: Drawing): void;
  /** Nothing of this checker should be on screen (its editor left the page). */
  clear(): void;
  /** A check failed (message for the user), or succeeded again (undefined). */
  error(message: string | undefined): void;
  /** The caret moved onto an underlined word while the card was folded. */
  caretOnFinding(): void;
  /** The draft's text changed (an earlier "Post anyway" no longer applies). */
  textChanged(): void;
  /** True while the card is folded into its pill. */
  cardFolded(): boolean;
  /** Lays a form field's text out (in our shadow root) to read where its characters sit. */
  layoutField(field: HTMLTextAreaElement | HTMLInputElement): FieldLayout;
}

/** A first check slower than this shows "checking…" on the pill (a cold worker takes seconds). */
export const CHECKING_AFTER_MS = 800;
/** A first check with no answer after this says so: silence must not read as "nothing found". */
export const NO_ANSWER_MS = 10_000;
export const noAnswerMessage = (): string => t('card_noAnswer');

export interface Drawing {
  /** The first check is pending for longer than CHECKING_AFTER_MS. */
  checking: boolean;
  findings: Finding[];
  text: string;
  /** Characters at the end of the draft that were not checked (past MAX_CHECKED_LENGTH); 0 when all were. */
  unchecked: number;
  /** The last checked draft looks like a language Second Look does not read ("Portuguese"). */
  otherLanguage?: string;
  anchor: Anchor;
  /** One underline per visible finding; drawn in our closed shadow root, never on the page. */
  underlines: Underline[];
}

export class EditorChecker {
  private text = '';
  private findings: Finding[] = [];
  /** Text the current findings' offsets refer to. */
  private findingsText = '';
  /** Characters past MAX_CHECKED_LENGTH in the last text sent for checking. */
  private unchecked = 0;
  private otherLanguage: string | undefined;
  private analysedText: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | undefined;
  private seq = 0;
  private composing = false;
  /**
   * True from a text change until the caret is moved by arrow keys or the mouse. While the user
   * types, the caret resting on a flagged word does not open the card: opening it adds nodes to
   * the document, which would close the browser's undo group in a textarea mid-word.
   */
  private typing = false;
  /** Set by input/mutations; the next frame reads the text once and acts on it. */
  private changed = false;
  private changedImmediate = false;
  private debounceMs: number;
  private observer: MutationObserver | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private readonly cleanups: (() => void)[] = [];
  private active = false;
  /**
   * Findings the user chose to ignore in this draft ("Ignore once", issue 13), by category and
   * flagged words: they stay hidden through edits and re-checks while this editor lives. Held in
   * memory only, never stored.
   */
  private readonly ignored = new Set<string>();
  /** True once any check of this editor answered; until then a slow check shows "checking…". */
  private answered = false;
  private checking = false;
  private slowTimers: ReturnType<typeof setTimeout>[] = [];

  constructor(private readonly opts: CheckerOptions) {
    this.debounceMs = opts.debounceMs;
  }

  get element(): HTMLElement {
    return this.opts.editable.element;
  }
  get editable(): Editable {
    return this.opts.editable;
  }
  get surface(): SurfaceAdapter {
    return this.opts.surface;
  }
  get limited(): boolean {
    return this.opts.limited;
  }
  get surfaceKind(): Surface {
    return this.opts.surface.surface;
  }

  activate(): void {
    if (this.active) return;
    this.active = true;
    const el = this.element;
    this.observer = new MutationObserver(() => this.onChange());
    this.observer.observe(el, { characterData: true, childList: true, subtree: true });
    // Underlines are positioned boxes, so they follow the editor when its size changes.
    const win0 = el.ownerDocument.defaultView;
    if (win0 && typeof win0.ResizeObserver === 'function') {
      this.resizeObserver = new win0.ResizeObserver(() => this.requestRender());
      this.resizeObserver.observe(el);
    }
    const on = (target: EventTarget, type: string, fn: (e: Event) => void, options?: AddEventListenerOptions) => {
      target.addEventListener(type, fn, options);
      this.cleanups.push(() => target.removeEventListener(type, fn, options));
    };
    on(el, 'input', () => {
      this.typing = true;
      this.onChange();
    });
    on(el, 'keydown', (e) => {
      if (/^(?:Arrow|Home$|End$|Page)/.test((e as KeyboardEvent).key)) this.typing = false;
    });
    on(el, 'mousedown', () => (this.typing = false));
    on(el, 'compositionstart', () => (this.composing = true));
    on(el, 'compositionend', () => {
      this.composing = false;
      // Text typed during the composition was noted but not checked; check it now.
      this.onChange(true);
    });
    on(el, 'scroll', () => this.requestRender(), { passive: true });
    // Like a spell checker: putting the caret on an underlined word opens the card.
    on(el.ownerDocument, 'selectionchange', () => this.onCaret());
    on(el, 'mouseup', () => this.onCaret());
    on(el, 'keyup', () => this.onCaret());
    const win = el.ownerDocument.defaultView;
    if (win) {
      on(win, 'scroll', () => this.requestRender(), { capture: true, passive: true });
      on(win, 'resize', () => this.requestRender(), { passive: true });
    }
    this.onChange(true);
  }

  deactivate(): void {
    if (!this.active) return;
    this.active = false;
    const win = this.element.ownerDocument.defaultView;
    if (this.frame !== undefined && win) win.cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    for (const c of this.cleanups.splice(0)) c();
  }

  dispose(): void {
    this.deactivate();
    this.stopWaiting();
    clearTimeout(this.timer);
    this.seq++;
  }

  private read(): { text: string; model: TextModel | null } {
    const el = this.element;
    if (isFormField(el)) return { text: el.value, model: null };
    const model = readEditable(el);
    return { text: model.text, model };
  }

  /**
   * Notes that the editor may have changed. `input` and the mutation observer both fire for one
   * keystroke, so the text is read once, in the next frame, together with the redraw.
   */
  private onChange(immediate = false): void {
    const now = Date.now();
    if (now - this.lastActive > TYPING_PAUSE_MS) this.warm();
    this.lastActive = now;
    this.changed = true;
    this.changedImmediate ||= immediate;
    this.requestRender();
  }

  private noteText(text: string): void {
    const immediate = this.changedImmediate;
    this.changed = false;
    this.changedImmediate = false;
    if (text !== this.text) {
      // Keep old underlines on their words while the new result is pending.
      this.findings = mapThroughEdit(this.findings, this.findingsText, text);
      this.findingsText = text;
      this.text = text;
      this.opts.view.textChanged();
    } else if (!immediate || text === this.analysedText) {
      return;
    }
    if (!this.composing) this.schedule(immediate ? 0 : this.debounceMs);
  }

  /** When the draft last changed or was sent for a check, by the page's clock. */
  private lastActive = 0;
  /** When `warm` last asked the background (focus and the first keystroke often come together). */
  private lastWarm = 0;

  /** Asks the background to get ready; never throws, never waits. */
  warm(): void {
    const now = Date.now();
    if (now - this.lastWarm < 1_000) return;
    this.lastWarm = now;
    try {
      this.opts.warm?.();
    } catch {
      // Only a head start: the check itself wakes the background too.
    }
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private ignoreKey(f: Finding, text: string): string {
    return `${f.category}\u0000${text.slice(f.start, f.end)}`;
  }

  private withoutIgnored(findings: Finding[], text: string): Finding[] {
    return this.ignored.size ? findings.filter((f) => !this.ignored.has(this.ignoreKey(f, text))) : findings;
  }

  /** Hides this finding, and the same words flagged the same way, for as long as this draft lives. */
  ignore(f: Finding): void {
    this.ignored.add(this.ignoreKey(f, this.findingsText));
    this.findings = this.withoutIgnored(this.findings, this.findingsText);
    this.requestRender();
  }

  /** Takes "Ignore once" back (undo): the finding returns with the next check. */
  unignore(f: Finding, text: string): void {
    this.ignored.delete(this.ignoreKey(f, text));
    this.recheck();
  }

  /** Starts the clocks of a first check: "checking…" after a moment, a message after long silence. */
  private startWaiting(): void {
    if (this.answered || this.slowTimers.length) return;
    this.slowTimers = [
      setTimeout(() => {
        this.checking = true;
        this.requestRender();
      }, CHECKING_AFTER_MS),
      setTimeout(() => {
        this.checking = false;
        if (this.active) this.opts.view.error(noAnswerMessage());
        this.requestRender();
      }, NO_ANSWER_MS),
    ];
  }

  private stopWaiting(): void {
    for (const t of this.slowTimers) clearTimeout(t);
    this.slowTimers = [];
    this.checking = false;
  }

  /** Re-checks now (e.g. the policy changed). */
  recheck(): void {
    this.analysedText = undefined;
    this.schedule(0);
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    const seq = ++this.seq;
    const text = this.read().text;
    this.text = text;
    if (text.trim() === '') {
      this.findings = [];
      this.findingsText = text;
      this.analysedText = text;
      this.requestRender();
      return;
    }
    // A very long draft is checked up to MAX_CHECKED_LENGTH; the card says how much was not.
    // Findings' offsets are the same in the prefix and the whole text.
    const checked = text.length > MAX_CHECKED_LENGTH ? text.slice(0, MAX_CHECKED_LENGTH) : text;
    this.startWaiting();
    try {
      this.lastActive = Date.now();
      const result = await this.opts.analyze(checked, this.opts.site, this.surfaceKind);
      this.answered = true;
      this.stopWaiting();
      if (seq !== this.seq) return; // a newer request is on its way
      if (result.settings) this.debounceMs = result.settings.debounceMs;
      const now = this.read().text;
      this.findings = this.withoutIgnored(mapThroughEdit(result.findings, text, now), now);
      this.findingsText = now;
      this.analysedText = text;
      this.unchecked = text.length - checked.length;
      this.otherLanguage = result.otherLanguage;
      if (this.active) this.opts.view.error(undefined);
    } catch (e) {
      this.stopWaiting();
      if (seq !== this.seq) return;
      if (this.active) this.opts.view.error(e instanceof Error ? e.message : t('card_checkFailed'));
    }
    this.requestRender();
  }

  /** Brings findings up to date with the editor's current text before a submit decision. */
  async flush(): Promise<void> {
    const text = this.read().text;
    if (text === this.analysedText && text === this.findingsText) return;
    await this.run();
  }

  /** Caret offset in the editor's text, read with the same walk that yields the text. */
  private caret(): { text: string; offset: number } | null {
    const el = this.element;
    if (isFormField(el)) return el.ownerDocument.activeElement === el ? { text: el.value, offset: el.selectionStart ?? 0 } : null;
    const sel = el.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.focusNode || !el.contains(sel.focusNode)) return null;
    const model = readEditable(el);
    const offset = model.offsetOf(sel.focusNode, sel.focusOffset);
    return offset === null ? null : { text: model.text, offset };
  }

  private onCaret(): void {
    // Cheap checks first: this runs on every selection change while the editor is active.
    if (!this.active || this.typing || !this.opts.view.cardFolded()) return;
    if (!this.findings.some((f) => f.action !== 'inform')) return;
    const caret = this.caret();
    if (!caret || caret.text !== this.findingsText) return;
    const hit = this.findings.some((f) => f.action !== 'inform' && f.start <= caret.offset && caret.offset <= f.end);
    if (hit) this.opts.view.caretOnFinding();
  }

  /** True when the editor's current text has not been checked yet. */
  isStale(): boolean {
    return this.read().text !== this.analysedText;
  }

  /** The strongest action among current findings, if any. */
  strongest(): Action | undefined {
    let best: Action | undefined;
    for (const f of this.findings) if (!best || ACTION_RANK[f.action] > ACTION_RANK[best]) best = f.action;
    return best;
  }

  current(): { text: string; findings: Finding[] } {
    return { text: this.findingsText, findings: this.findings };
  }

  requestRender(): void {
    if (!this.active || this.frame !== undefined) return;
    const win = this.element.ownerDocument.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => this.render());
  }

  private render(): void {
    this.frame = undefined;
    if (!this.active) return;
    const { view } = this.opts;
    const el = this.element;
    if (!el.isConnected) {
      view.clear();
      return;
    }
    const { text, model } = this.read();
    if (this.changed) this.noteText(text);
    const findings = this.findingsText === text ? this.findings : mapThroughEdit(this.findings, this.findingsText, text);
    const clip = onScreen(visibleBox(el), el.ownerDocument.defaultView);
    let underlines: Underline[] = [];
    if (isFormField(el)) {
      const layout = view.layoutField(el);
      try {
        underlines = drawable(findings, (f) => layout.rects(f.start, f.end), clip);
      } finally {
        layout.done();
      }
    } else if (model) {
      // Ranges are measured here and never registered anywhere the page can read them.
      const rects = (f: Finding) => {
        const range = rangeFor(model, f.start, f.end, el.ownerDocument);
        return range ? textRects(range) : [];
      };
      underlines = drawable(findings, rects, clip);
    }
    view.draw({ checking: this.checking, findings, text, unchecked: this.unchecked, otherLanguage: this.otherLanguage, anchor: this.anchor(), underlines });
  }

  /** The editor's box and its submit controls' boxes, for placing the card clear of them. */
  private anchor(): Anchor {
    const el = this.element;
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, width: r.width, height: r.height });
    const avoid = [];
    const surface = this.opts.surface;
    if (!this.opts.limited) {
      const container = containerOf(surface, el);
      for (const selector of surface.submit) {
        try {
          for (const control of Array.from(container.querySelectorAll(selector)).slice(0, 4)) avoid.push(box(control.getBoundingClientRect()));
        } catch {
          // an unparseable selector is skipped
        }
      }
    }
    return { editor: box(el.getBoundingClientRect()), avoid };
  }
}

type Clip = { left: number; top: number; right: number; bottom: number };

/** The editor's visible box cut to the window: a tall editor in a scrolling page shows only part of itself. */
function onScreen(box: Clip, win: Window | null): Clip {
  if (!win) return box;
  return { left: Math.max(box.left, 0), top: Math.max(box.top, 0), right: Math.min(box.right, win.innerWidth), bottom: Math.min(box.bottom, win.innerHeight) };
}

/**
 * Underlines for the findings on screen, at most MAX_UNDERLINES, measuring only those plus
 * about log2(n) probes: findings in text order lie top to bottom, so a binary search finds the
 * first one that does not end above the visible area, and drawing stops at the first one that
 * starts below it.
 */
export function drawable(findings: readonly Finding[], rectsOf: (f: Finding) => readonly Box[], clip: Clip): Underline[] {
  if (clip.bottom <= clip.top || clip.right <= clip.left) return [];
  const sorted = findings.length > 1 ? [...findings].sort((a, b) => a.start - b.start || a.end - b.end) : findings;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const last = rectsOf(sorted[mid]!).at(-1);
    if (last && last.top + last.height <= clip.top) lo = mid + 1;
    else hi = mid;
  }
  const out: Underline[] = [];
  for (let i = lo; i < sorted.length && out.length < MAX_UNDERLINES; i++) {
    const f = sorted[i]!;
    const rects = rectsOf(f);
    if (rects.length && rects[0]!.top >= clip.bottom) break;
    const boxes: Box[] = [];
    for (const r of rects) {
      const b = clipTo(r, clip);
      if (b) boxes.push(b);
    }
    if (boxes.length) out.push({ action: f.action, family: familyOf(f.category), boxes });
  }
  return out;
}
