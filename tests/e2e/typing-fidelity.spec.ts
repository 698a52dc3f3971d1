/**
 * Typing fidelity: the same keystrokes give the same editor model, DOM text, caret and undo
 * result with Second Look loaded as without it, in every editor engine.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { allComposers, type Composer } from './composers';
import { overlay, warningUnderlines } from './overlay';
import { routeFixtures } from '../fixtures/routes.mjs';
import { chromiumPath } from '../../scripts/chromium.mjs';

const ENGINES = ['x-post', 'facebook-post', 'linkedin-share', 'instagram-caption', 'x-mobile', 'linkedin-message'];
const targets = ENGINES.map((id) => allComposers.find((c) => c.name.startsWith(`${id} `))!);

const LINES = [
  'Long night in the ED 🩺 the 34yo in bed 4 with DKA turned the corner.',
  'Her SSN 219-09-9999 was on the intake form 😬 — shredded it.',
  'Call (415) 555-0182 👩🏽‍⚕️ if you have questions; MRN 00482913.',
];

interface Result {
  model: string;
  dom: string;
  afterEdit: string;
  afterUndo: string;
}

async function session(page: Page, c: Composer): Promise<Result> {
  await page.goto(c.url);
  await page.locator(c.editor).click();
  for (let i = 0; i < LINES.length; i++) {
    if (i > 0) await page.keyboard.press(c.keys === 'enter' ? 'Shift+Enter' : 'Enter');
    await page.keyboard.type(LINES[i]!);
  }
  // Let analysis and underlines settle, and let the editors' undo grouping close the typing
  // group (Quill merges changes less than 1 s apart), so both runs group undo the same way.
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true), 1500))));
  const model = await c.modelText(page);
  const dom = await c.domText(page);
  // Caret: move left over the last word and type there.
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X');
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 400)));
  const afterEdit = await c.modelText(page);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 400)));
  const afterUndo = await c.modelText(page);
  return { model, dom, afterEdit, afterUndo };
}

/** What the page logs as errors, collected the way the `consoleErrors` fixture collects them. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

let plain: BrowserContext;
let plainDir: string;
test.beforeAll(async () => {
  plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-plain-'));
  plain = await chromium.launchPersistentContext(plainDir, { executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  await routeFixtures(plain);
});
test.afterAll(async () => {
  await plain.close();
  fs.rmSync(plainDir, { recursive: true, force: true });
});

for (const c of targets) {
  test(`${c.name}: typing, caret moves and undo behave exactly as without the extension`, async ({ context, consoleErrors }) => {
    const withExtension = await session(await context.newPage(), c);
    const without = await session(await plain.newPage(), c);
    expect(withExtension).toEqual(without);
    // And the editor holds what was typed (paragraph separators vary by engine).
    expect(withExtension.dom.replace(/\n+/g, '\n')).toBe(LINES.join('\n'));
    expect(withExtension.model.replace(/\n+/g, '\n')).toBe(LINES.join('\n'));
    // The extension did its work meanwhile.
    await expect.poll(() => overlay(context.pages().at(-1)!).locator('.pill:visible, [data-second-look-card]').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });
}

/**
 * Undo groups: the browser's own undo (textarea, plain contenteditable) takes back a typed run
 * in one step. Chrome closes that group when a node is inserted or removed anywhere in the
 * document, so Second Look must redraw underlines and the pill without adding or removing nodes
 * while the user types (issue 12: "Quixley" undid to "Quixl").
 */
const NATIVE_UNDO = ['instagram-comment', 'x-mobile', 'x-chat', 'linkedin-message'].map((id) => allComposers.find((c) => c.name.startsWith(`${id} `))!);

async function undoSteps(page: Page, c: Composer, beforeUndo?: () => Promise<void>): Promise<string[]> {
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type('Her SSN 219-09-9999 is on file.', { delay: 20 });
  // A pause: the check runs and the underline and pill appear; then more typing, as a person types.
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 1200)));
  await page.keyboard.type(' Ask Quixley', { delay: 40 });
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => r(true), 600)));
  await beforeUndo?.();
  const steps: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Control+z');
    steps.push(await c.domText(page));
  }
  return steps;
}

for (const c of NATIVE_UNDO) {
  test(`${c.name}: Ctrl+Z undoes a typed word in the same steps as without the extension`, async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    const withExtension = await undoSteps(page, c, async () => {
      // The draft was flagged meanwhile: the underline is drawn.
      expect((await warningUnderlines(page)).length).toBeGreaterThan(0);
    });
    const without = await undoSteps(await plain.newPage(), c);
    expect(withExtension).toEqual(without);
    expect(consoleErrors).toEqual([]);
  });
}

/**
 * A seeded random editing session: typing (with findings in it, so Second Look checks and
 * draws meanwhile), deleting, selecting and replacing, copy and paste, undo and redo, newlines,
 * emoji and caret moves, the same keystrokes with and without the extension. The seed is printed;
 * `TYPING_SEED=<n>` replays a run.
 */
const SEED = Number(process.env.TYPING_SEED ?? Math.floor(Math.random() * 2 ** 31));
const STEPS = 40;

/** mulberry32: a tiny seeded PRNG, so both browsers get exactly the same keystrokes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One step: keys to press and text to type, in order. */
type Key = { press: string } | { type: string };
interface Step {
  name: string;
  keys: Key[];
  /** Changes the text (so the editor's undo history records it). */
  edits: boolean;
}

const WORDS = ['the ', 'bed 4 ', 'SSN 219-09-9999 ', 'MRN 00482913 ', 'café ', 'naïve ', 'שלום ', 'DKA ', '(415) 555-0182 ', 'seen 3/14 '];
const EMOJI = ['🩺', '👩🏽‍⚕️', '😬', '🇺🇸'];

function steps(seed: number, c: Composer): Step[] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const times = (n: number, press: string): Key[] => Array.from({ length: n }, () => ({ press }));
  const newline = c.keys === 'enter' ? 'Shift+Enter' : 'Enter';
  const make: [number, () => Step][] = [
    [6, () => ({ name: 'type', keys: [{ type: pick(WORDS) }], edits: true })],
    [2, () => ({ name: 'emoji', keys: [{ type: pick(EMOJI) }], edits: true })],
    [2, () => ({ name: 'newline', keys: [{ press: newline }], edits: true })],
    [3, () => ({ name: 'delete', keys: times(1 + int(3), pick(['Backspace', 'Delete'])), edits: true })],
    [3, () => ({ name: 'replace', keys: [...times(1 + int(6), pick(['Shift+ArrowLeft', 'Shift+ArrowRight'])), { type: pick(WORDS).trim() }], edits: true })],
    [2, () => ({ name: 'paste', keys: [...times(1 + int(8), 'Shift+ArrowLeft'), { press: 'Control+c' }, { press: pick(['End', 'ArrowRight', 'Home']) }, { press: 'Control+v' }], edits: true })],
    [2, () => ({ name: 'undo', keys: times(1 + int(2), 'Control+z'), edits: true })],
    [1, () => ({ name: 'redo', keys: [{ press: 'Control+Shift+Z' }], edits: true })],
    [4, () => ({ name: 'move', keys: times(1 + int(5), pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Control+ArrowLeft'])), edits: false })],
  ];
  const total = make.reduce((n, [w]) => n + w, 0);
  const out: Step[] = [{ name: 'type', keys: [{ type: 'Her SSN 219-09-9999 ' }], edits: true }];
  while (out.length < STEPS) {
    let r = int(total);
    const [, next] = make.find(([w]) => (r -= w) < 0)!;
    out.push(next());
  }
  return out;
}

/**
 * Lexical (300 ms in these composers) and Quill (1 s) merge edits closer together than this into
 * one undo step, so where a step boundary falls would depend on how fast each browser ran.
 * Waiting this long after each edit makes every step its own undo group in both runs.
 */
const UNDO_MERGE_MS: Record<Composer['engine'], number> = { lexical: 400, quill: 1100, draft: 0, textarea: 0, contenteditable: 0 };

interface Final {
  model: string;
  dom: string;
  /** Selection as offsets into the editor's text (anchor, focus). */
  caret: [number, number];
  /** The model after typing one more character: where the caret really is, for the editor. */
  afterMarker: string;
}

async function randomSession(page: Page, c: Composer, plan: Step[]): Promise<Final> {
  await page.goto(c.url);
  await page.locator(c.editor).click();
  const pause = UNDO_MERGE_MS[c.engine];
  for (const step of plan) {
    for (const k of step.keys) {
      if ('press' in k) {
        await page.keyboard.press(k.press);
        // Lexical applies the next key at the selection it learned from the last
        // 'selectionchange', an event the browser queues; under load a fast next key can land
        // at the old caret (plain Chromium against itself differed that way). A person's
        // keystrokes are never that close, so let the queued events run first.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        // Likewise two Backspaces a moment apart are one undo step or two depending on load.
        if (pause && /^(?:Backspace|Delete)$/.test(k.press)) await page.waitForTimeout(pause);
      }
      // Lexical and Quill also split a typed word into two undo steps when two keystrokes fall
      // more than their merge window apart, which on a loaded 2-core CI machine happens in
      // either run at random (CI: "the" undone in one run, "th" in the other). Inserting the
      // word as one input event makes the undo steps the same in both runs; keystroke-by-
      // keystroke typing in these engines is covered by the fixed session above.
      else if (pause) await page.keyboard.insertText(k.type);
      // Draft.js re-renders a block after inserting a character and then restores the caret; a
      // next code point sent before that lands (a skin-tone modifier or ZWJ inside an emoji,
      // Hebrew next to Latin) goes where the browser's caret is at that instant: one seed ended
      // "0️⚕" in some runs and "0⚕️" in others, and plain Chromium's own result varied between
      // runs ("שלו" / "של"). Let the queued events run between characters, as they do between
      // a person's keystrokes.
      else {
        for (const ch of k.type) {
          await page.keyboard.type(ch);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        }
      }
    }
    if (step.edits && pause) await page.waitForTimeout(pause);
  }
  // Let the last check and redraw finish before reading (both runs wait the same).
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true), 1000))));
  const caret = await page.locator(c.editor).evaluate((el): [number, number] => {
    if (el instanceof HTMLTextAreaElement) {
      return el.selectionDirection === 'backward' ? [el.selectionEnd, el.selectionStart] : [el.selectionStart, el.selectionEnd];
    }
    const sel = getSelection()!;
    const at = (node: Node | null, offset: number) => {
      if (!node || !el.contains(node)) return -1;
      const r = document.createRange();
      r.setStart(el, 0);
      r.setEnd(node, offset);
      return r.toString().length;
    };
    return [at(sel.anchorNode, sel.anchorOffset), at(sel.focusNode, sel.focusOffset)];
  });
  const model = await c.modelText(page);
  const dom = await c.domText(page);
  await page.keyboard.type('‸');
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true), 100))));
  return { model, dom, caret, afterMarker: await c.modelText(page) };
}

// Up to two more tries with the same seed (playwright.config.ts sets it once per run): the same
// keystrokes compared again tell a real difference (every try fails) from a key delivered late
// on a loaded machine (CI saw such one-off differences in 2 of 6 editors, each passing 2/2
// when replayed with its seed on a quiet machine).
test.describe('seeded random sessions', () => {
  test.describe.configure({ retries: 2 });
  targets.forEach((c, i) => {
    test(`${c.name}: a seeded random editing session ends the same with and without the extension`, async ({ context, consoleErrors }) => {
      const seed = SEED + i;
      const plan = steps(seed, c);
      // Two sessions with a pause after each edit (UNDO_MERGE_MS): Quill's 1.1 s pauses alone
      // take ~90 s, so the budget grows with them rather than being a fixed guess.
      test.setTimeout(60_000 + 2 * plan.length * UNDO_MERGE_MS[c.engine]);
      test.info().annotations.push({ type: 'seed', description: `TYPING_SEED=${SEED} (this editor: ${seed})` });
      console.log(`${c.name}: TYPING_SEED=${SEED} (steps: ${plan.map((s) => s.name).join(' ')})`);
      const withExtension = await randomSession(await context.newPage(), c, plan);
      const plainPage = await plain.newPage();
      const plainErrors = pageErrors(plainPage);
      const without = await randomSession(plainPage, c, plan);
      expect(withExtension, `TYPING_SEED=${SEED}`).toEqual(without);
      // The session really edited, and the caret is inside the editor.
      expect(without.afterMarker).toContain('‸');
      expect(without.caret[1]).toBeGreaterThanOrEqual(0);
      // The extension adds no error to the page. Draft.js itself throws on some key sequences
      // ("Cannot read properties of undefined (reading 'getLength')" after an undo across a
      // replaced selection, 2 of 12 seeds), with or without Second Look: those are the page's
      // own, so the page with the extension must log exactly what the plain page logs.
      expect(consoleErrors, `TYPING_SEED=${SEED}`).toEqual(plainErrors);
    });
  });
});
