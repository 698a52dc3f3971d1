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
