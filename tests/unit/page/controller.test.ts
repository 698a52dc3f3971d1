// @vitest-environment happy-dom
/**
 * The page side with an injected `analyze`: the checker reads a textarea, asks for analysis,
 * and the Controller — the card's only writer — shows the findings, holds Post under `confirm`,
 * lets exactly one submit through after "Post anyway", and logs decisions without text.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding, Site, Surface } from '../../../lib/analyzer/types';
import { Controller, type ControllerOptions } from '../../../lib/page/controller';
import { HOST_TAG } from '../../../lib/page/card/overlay';
import { noAnswerMessage, NO_ANSWER_MS, type AnalysisResult } from '../../../lib/page/checker';

function finding(text: string, quote: string, action: Finding['action']): Finding {
  const start = text.indexOf(quote);
  return { ruleId: 'phi.ssn', category: 'phi.ssn', start, end: start + quote.length, confidence: 0.99, action, message: 'A Social Security number.' };
}

function setup(action: Finding['action'] = 'confirm') {
  document.body.innerHTML = '<form><textarea id="ed"></textarea><button type="submit" id="post">Post</button></form>';
  const ed = document.getElementById('ed') as HTMLTextAreaElement;
  const post = document.getElementById('post') as HTMLButtonElement;
  const calls: string[] = [];
  const analyze = vi.fn(async (text: string, _site: Site, _surface: Surface): Promise<AnalysisResult> => {
    calls.push(text);
    return { findings: text.includes('219-09-9999') ? [finding(text, '219-09-9999', action)] : [] };
  });
  const logDecision = vi.fn<ControllerOptions['logDecision']>();
  const submitted = vi.fn((e: Event) => e.preventDefault());
  document.querySelector('form')!.addEventListener('submit', submitted);
  const answer = vi.fn<ControllerOptions['answer']>(async () => ({ applied: true, notice: 'turned-off' as const }));
  const controller = new Controller({ doc: document, site: 'other', debounceMs: 0, analyze, logDecision, answer });
  return { ed, post, controller, analyze, logDecision, answer, submitted, calls };
}

async function type(ed: HTMLTextAreaElement, text: string): Promise<void> {
  ed.focus();
  ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  ed.value = text;
  ed.dispatchEvent(new Event('input', { bubbles: true }));
}

// The overlay's shadow root is closed: `host.shadowRoot` is null for page script and for tests.
// Tests keep the root attachShadow returns (the page cannot: a content script's prototypes are its own).
const roots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
beforeAll(() => {
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  });
});
afterAll(() => vi.restoreAllMocks());

function overlayRoot(): ShadowRoot | null {
  const host = document.querySelector(HOST_TAG);
  return host ? roots.get(host) ?? null : null;
}
/** The card's words as shown: they are generated content from `data-text` (lib/page/card/shown-text.tsx). */
function cardText(): string {
  return Array.from(overlayRoot()?.querySelectorAll('[data-text]') ?? [], (el) => el.getAttribute('data-text')).join(' ');
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelector(HOST_TAG)?.remove();
});

describe('Controller with an injected analyze', () => {
  it('checks the focused draft and shows its findings in the card', async () => {
    const { ed, controller, analyze } = setup('warn');
    await type(ed, 'Her SSN 219-09-9999 is on the form');
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledWith('Her SSN 219-09-9999 is on the form', 'other', 'other'));
    await vi.waitFor(() => expect(controller.status().counts).toEqual({ 'phi.ssn': 1 }));
    controller.destroy();
  });

  it('holds Post under confirm, and "Post anyway" lets exactly one submit through', async () => {
    const { ed, post, controller, logDecision } = setup('confirm');
    await type(ed, 'Her SSN 219-09-9999 is on the form');
    await vi.waitFor(() => expect(controller.status().counts['phi.ssn']).toBe(1));
    const first = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    post.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true);
    const anyway = await vi.waitFor(() => {
      const b = [...(overlayRoot()?.querySelectorAll('button') ?? [])].find((x) => /post anyway/i.test(x.getAttribute('aria-label') ?? ''));
      expect(b).toBeDefined();
      return b!;
    });
    // The page learns nothing: the root is closed and the host carries no text or category.
    const host = document.querySelector(HOST_TAG)!;
    expect((host as HTMLElement).shadowRoot).toBeNull();
    expect(host.outerHTML).not.toMatch(/219-09-9999|ssn|Social Security/i);
    anyway.click();
    expect(logDecision).toHaveBeenCalledWith({ categories: ['phi.ssn'], action: 'confirm', decision: 'posted-anyway', surface: 'other' });
    expect(JSON.stringify(logDecision.mock.calls)).not.toContain('219-09-9999');
    // The one allowed submit was used by the resubmit; the next click is held again.
    const again = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    post.dispatchEvent(again);
    expect(again.defaultPrevented).toBe(true);
    controller.destroy();
  });

  it('logs each held category at its own level, not the hold\'s (issue 14)', async () => {
    const { ed, post, controller, logDecision, analyze } = setup('confirm');
    const text = 'Her SSN 219-09-9999, seen on 3 March, SSN 219-09-9999 again';
    analyze.mockImplementation(async (t: string) => {
      const date = t.indexOf('3 March');
      return {
        findings: [
          finding(t, '219-09-9999', 'confirm'),
          { ruleId: 'phi.date', category: 'phi.date', start: date, end: date + 7, confidence: 0.8, action: 'warn', message: 'A date.' },
          { ruleId: 'phi.date', category: 'phi.date', start: date, end: date + 1, confidence: 0.5, action: 'inform', message: 'A date.' },
          { ruleId: 'phi.age', category: 'phi.age', start: 0, end: 3, confidence: 0.5, action: 'inform', message: 'An age.' },
        ],
      };
    });
    await type(ed, text);
    await vi.waitFor(() => expect(controller.status().counts['phi.date']).toBeGreaterThan(0));
    post.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    const anyway = await vi.waitFor(() => {
      const b = [...(overlayRoot()?.querySelectorAll('button') ?? [])].find((x) => /post anyway/i.test(x.getAttribute('aria-label') ?? ''));
      expect(b).toBeDefined();
      return b!;
    });
    anyway.click();
    // The SSN held the post at confirm; the date was a warn; the age was only a hint (not logged).
    expect(logDecision.mock.calls.map(([e]) => e)).toEqual([
      { categories: ['phi.ssn'], action: 'confirm', decision: 'posted-anyway', surface: 'other' },
      { categories: ['phi.date'], action: 'warn', decision: 'posted-anyway', surface: 'other' },
    ]);
    controller.destroy();
  });

  describe('answers on a finding (issue 13)', () => {
    function answerButton(kind: string): HTMLButtonElement | undefined {
      return overlayRoot()?.querySelector<HTMLButtonElement>(`button[data-answer="${kind}"]`) ?? undefined;
    }
    async function flagged() {
      const s = setup('confirm');
      await type(s.ed, 'Her SSN 219-09-9999 is on the form');
      await vi.waitFor(() => expect(s.controller.status().counts['phi.ssn']).toBe(1));
      s.controller.openCard();
      await vi.waitFor(() => expect(answerButton('ignore')).toBeDefined());
      return s;
    }

    it('"Ignore once" hides the finding in this draft through edits and re-checks, lets Post through, and undoes', async () => {
      const { ed, post, controller, analyze } = await flagged();
      answerButton('ignore')!.click();
      expect(controller.status().counts).toEqual({});
      await vi.waitFor(() => expect(cardText()).toContain('Ignored in this draft.'));
      // Typing more and a fresh check do not bring it back.
      await type(ed, 'Her SSN 219-09-9999 is on the form today');
      await vi.waitFor(() => expect(analyze).toHaveBeenCalledWith('Her SSN 219-09-9999 is on the form today', 'other', 'other'));
      await new Promise((r) => setTimeout(r, 30));
      expect(controller.status().counts).toEqual({});
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      post.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(false);
      // Undo: it is back after the re-check.
      (await vi.waitFor(() => overlayRoot()!.querySelector<HTMLButtonElement>('button[data-undo]')!)).click();
      await vi.waitFor(() => expect(controller.status().counts['phi.ssn']).toBe(1));
      controller.destroy();
    });

    it('"Report false alarm" logs the rule id and category, never the words, and ignores the finding', async () => {
      const { controller, logDecision } = await flagged();
      logDecision.mockResolvedValue(true);
      answerButton('report')!.click();
      await vi.waitFor(() => expect(controller.status().counts).toEqual({}));
      expect(logDecision).toHaveBeenCalledWith({ categories: ['phi.ssn'], action: 'confirm', decision: 'false-alarm', surface: 'other', rule: 'phi.ssn' });
      expect(JSON.stringify(logDecision.mock.calls)).not.toContain('219');
      await vi.waitFor(() => expect(cardText()).toContain('Reported as a false alarm'));
      controller.destroy();
    });

    it('"Report false alarm" takes the warning away at once, before the log is written, and says when it could not be', async () => {
      const { controller, logDecision } = await flagged();
      let settle: (ok: boolean) => void = () => undefined;
      logDecision.mockReturnValue(new Promise<boolean>((r) => (settle = r)));
      answerButton('report')!.click();
      expect(controller.status().counts).toEqual({}); // the log is still being written
      settle(false);
      await vi.waitFor(() => expect(cardText()).toContain('not recorded'));
      controller.destroy();
    });

    it('"Always allow" sends only the flagged words, and says so when the organization locked the list', async () => {
      const { controller, answer } = await flagged();
      answer.mockResolvedValueOnce({ applied: false, notice: 'allow-locked' });
      answerButton('allow')!.click();
      await vi.waitFor(() => expect(cardText()).toContain('Your organization manages the allow-list'));
      expect(answer).toHaveBeenLastCalledWith({ answer: 'allow', category: 'phi.ssn', text: '219-09-9999' });
      expect(controller.status().counts['phi.ssn']).toBe(1); // refused: still flagged
      answerButton('allow')!.click();
      await vi.waitFor(() => expect(controller.status().counts).toEqual({}));
      await vi.waitFor(() => expect(cardText()).toContain('Always allowed: “219-09-9999”'));
      (await vi.waitFor(() => overlayRoot()!.querySelector<HTMLButtonElement>('button[data-undo]')!)).click();
      expect(answer).toHaveBeenLastCalledWith({ answer: 'disallow', category: 'phi.ssn', text: '219-09-9999' });
      controller.destroy();
    });

    it('offers "Turn off" only on a site it knows (not in limited mode)', async () => {
      const { controller } = await flagged();
      expect(answerButton('turn-off')).toBeUndefined();
      controller.destroy();
    });

    it('an answer that clears the last holding finding closes the held question', async () => {
      const { post, controller } = await flagged();
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      post.dispatchEvent(click);
      expect(click.defaultPrevented).toBe(true);
      await vi.waitFor(() => expect(overlayRoot()?.querySelector('[data-hold]')).not.toBeNull());
      answerButton('ignore')!.click();
      await vi.waitFor(() => expect(overlayRoot()?.querySelector('[data-hold]')).toBeNull());
      const again = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      post.dispatchEvent(again);
      expect(again.defaultPrevented).toBe(false);
      controller.destroy();
    });
  });

  describe('a slow or silent first check (issue 13)', () => {
    function slow(answerAfterMs: number | null) {
      document.body.innerHTML = '<textarea id="ed"></textarea>';
      const ed = document.getElementById('ed') as HTMLTextAreaElement;
      const controller = new Controller({
        doc: document, site: 'other', debounceMs: 0, logDecision: () => undefined, answer: async () => ({ applied: true, notice: 'turned-off' as const }),
        analyze: () => new Promise((resolve) => {
          if (answerAfterMs !== null) setTimeout(() => resolve({ findings: [] }), answerAfterMs);
        }),
      });
      const pill = () => overlayRoot()?.querySelector<HTMLButtonElement>('button.pill');
      return { ed, controller, pill };
    }

    it('shows "checking…" on the pill while the first check is slow, and nothing once it answers clean', async () => {
      const { ed, controller, pill } = slow(1500);
      await type(ed, 'Thanks for coming in, see you next time');
      await vi.waitFor(() => expect(pill()?.getAttribute('aria-label')).toBe('Second Look is checking this draft'), { timeout: 1400 });
      expect(pill()!.style.display).toBe('');
      expect(cardText()).toContain('checking…');
      await vi.waitFor(() => expect(pill()!.style.display).toBe('none'), { timeout: 3000 });
      controller.destroy();
    });

    it('says so when the first check gets no answer at all', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const { ed, controller, pill } = slow(null);
        await type(ed, 'Thanks for coming in');
        await vi.advanceTimersByTimeAsync(NO_ANSWER_MS + 100);
        pill()?.click();
        await vi.waitFor(() => expect(cardText()).toContain(noAnswerMessage()));
        controller.destroy();
      } finally {
        vi.useRealTimers();
      }
    });
  });

  it('asks the background to get ready when a composer gets focus and when typing resumes after the worker may have stopped, never with text', async () => {
    document.body.innerHTML = '<textarea id="ed"></textarea>';
    const ed = document.getElementById('ed') as HTMLTextAreaElement;
    const warm = vi.fn();
    const analyze = vi.fn(async (): Promise<AnalysisResult> => ({ findings: [] }));
    const controller = new Controller({ doc: document, site: 'other', debounceMs: 0, analyze, warm, logDecision: vi.fn(), answer: vi.fn() });
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000);
    ed.focus();
    ed.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(warm).toHaveBeenCalledTimes(1);
    expect(warm).toHaveBeenCalledWith();
    ed.value = 'first words';
    ed.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(analyze).toHaveBeenCalled());
    expect(warm).toHaveBeenCalledTimes(1); // typing right after focus: the warm-up is already on its way
    now.mockReturnValue(1_000_000 + 60_000); // a minute of reading later
    ed.value = 'first words and more';
    ed.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(warm).toHaveBeenCalledTimes(2));
    now.mockRestore();
    controller.destroy();
  });

  it('lets a clean draft post without holding it', async () => {
    const { ed, post, controller, analyze } = setup('confirm');
    await type(ed, 'See you all at the clinic picnic');
    await vi.waitFor(() => expect(analyze).toHaveBeenCalled());
    await vi.waitFor(() => expect(controller.status().counts).toEqual({}));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    post.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    controller.destroy();
  });

  it('shows a failed check as a message and never throws into the page', async () => {
    document.body.innerHTML = '<textarea id="ed"></textarea>';
    const ed = document.getElementById('ed') as HTMLTextAreaElement;
    const controller = new Controller({
      doc: document, site: 'other', debounceMs: 0, logDecision: () => undefined, answer: async () => ({ applied: true, notice: 'turned-off' as const }),
      analyze: async () => { throw new Error('Second Look could not check this draft right now.'); },
    });
    await type(ed, 'anything at all');
    const pill = await vi.waitFor(() => {
      const p = overlayRoot()?.querySelector<HTMLButtonElement>('button.pill');
      expect(p).toBeTruthy();
      return p!;
    });
    pill.click();
    await vi.waitFor(() => expect(cardText()).toContain('could not check this draft'));
    controller.destroy();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });
});
