/**
 * The site cannot read what Second Look flagged, and cannot take a warning away before Post.
 *
 * Everything the "page" does here runs in the page's own main world (`addInitScript`,
 * `page.evaluate`), as a site's script would, and it starts before our content script: it wraps
 * `attachShadow` and `CSS.highlights.set`, and records every attribute written anywhere in the
 * document. What the test itself reads of the card goes through the extension's world
 * (overlay.ts), a path page script does not have.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allComposers, expectFlagged } from './composers';
import { card } from './overlay';
import { setActions } from './policy-helpers';

const SSN = '219-09-9999';
const DRAFT = `Patient Jane Roe, SSN ${SSN}, seen today`;
/** What the card says about this draft: none of it may reach the page. */
const CARD_WORDS = ['Social Security number', 'phi.ssn', 'phi.', 'thing to check', 'Ask before posting', 'Second Look ·'];

/** A curious site: installed before any of our code runs, in the page's main world. */
function spyOnEverything() {
  const w = window as unknown as { __spy: { roots: ShadowRoot[]; highlights: number; attrs: string[]; globals: string[] } };
  const spy = { roots: [] as ShadowRoot[], highlights: 0, attrs: [] as string[], globals: Object.getOwnPropertyNames(window) };
  w.__spy = spy;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attach.call(this, { ...init, mode: 'open' });
    spy.roots.push(root);
    return root;
  };
  if (typeof CSS !== 'undefined' && CSS.highlights) {
    const set = CSS.highlights.set.bind(CSS.highlights);
    CSS.highlights.set = (name: string, h: Highlight) => {
      spy.highlights++;
      return set(name, h);
    };
  }
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) spy.attrs.push(`${r.attributeName}=${r.target.getAttribute(r.attributeName!) ?? ''}`);
      for (const n of Array.from(r.addedNodes)) {
        if (n instanceof Element) for (const el of [n, ...Array.from(n.querySelectorAll('*'))]) for (const a of Array.from(el.attributes)) spy.attrs.push(`${a.name}=${a.value}`);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

interface Seen {
  hostShadowRoot: string;
  hostAttributes: string[];
  openRootText: string;
  caughtRoots: number;
  caughtRootText: string;
  highlightCalls: number;
  highlightNames: string[];
  highlightRanges: string[];
  attributes: string;
  attributeWrites: string;
  documentText: string;
  newGlobals: string[];
}

/** Everything the page can see, gathered in the main world. */
function whatThePageSees(): Seen {
  const spy = (window as unknown as { __spy: { roots: ShadowRoot[]; highlights: number; attrs: string[]; globals: string[] } }).__spy;
  const all = Array.from(document.querySelectorAll('*'));
  const openRoots = all.map((el) => el.shadowRoot).filter((r): r is ShadowRoot => !!r);
  const host = document.querySelector('second-look-overlay');
  const ranges: string[] = [];
  if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.forEach((h) => h.forEach((r) => ranges.push((r as Range).toString())));
  const before = new Set(spy.globals);
  return {
    hostShadowRoot: host ? host.shadowRoot === null ? 'null' : 'open' : 'no host',
    hostAttributes: host ? host.getAttributeNames() : [],
    openRootText: openRoots.map((r) => r.textContent ?? '').join(' | '),
    caughtRoots: spy.roots.length,
    caughtRootText: spy.roots.map((r) => r.textContent ?? '').join(' | '),
    highlightCalls: spy.highlights,
    highlightNames: typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.keys()] : [],
    highlightRanges: ranges,
    attributes: all.flatMap((el) => Array.from(el.attributes).map((a) => `${a.name}=${a.value}`)).join('\n'),
    attributeWrites: spy.attrs.join('\n'),
    documentText: `${document.documentElement.textContent ?? ''}\n${document.documentElement.innerText}`,
    newGlobals: Object.getOwnPropertyNames(window).filter((k) => !before.has(k)),
  };
}

/**
 * What page script learns by searching the document (in the page's main world): which of
 * `words` window.find() or execCommand('FindString') match, how many times `quote` matches, and
 * what a selection made by those searches (or by "select all" from there) holds of the words.
 */
function findOracle({ words, quote }: { words: string[]; quote: string }) {
  const find = window as unknown as { find(s: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean };
  const sel = getSelection()!;
  const found: string[] = [];
  let selected = '';
  const collect = () => {
    const text = sel.toString();
    if (words.some((w) => text.includes(w))) selected += text;
  };
  for (const word of words) {
    sel.removeAllRanges();
    if (find.find(word, false, false, true)) found.push(`find: ${word}`);
    collect();
    document.execCommand('selectAll');
    collect();
    sel.removeAllRanges();
    if (document.execCommand('FindString', false, word)) found.push(`FindString: ${word}`);
    collect();
  }
  sel.removeAllRanges();
  let quoteMatches = 0;
  while (quoteMatches < 10 && find.find(quote, true, false, false)) quoteMatches++;
  return { found, quoteMatches, selected };
}

const pick = (id: string) => allComposers.find((c) => c.name.startsWith(`${id} `))!;

async function flagged(page: Page, id: string) {
  const c = pick(id);
  await page.addInitScript(spyOnEverything);
  await page.goto(c.url);
  await page.locator(c.editor).click();
  await page.keyboard.type(DRAFT);
  await expectFlagged(page, 'phi.ssn');
  // The underline is drawn (read through the extension's world) before the page looks.
  await expect.poll(() => c.underlinedText(page)).toContain(SSN);
  return c;
}

for (const id of ['facebook-post', 'x-post', 'instagram-comment']) {
  test(`${id}: page script learns nothing of what was flagged`, async ({ context, consoleErrors }) => {
    const page = await context.newPage();
    await flagged(page, id);
    const got = await page.evaluate(whatThePageSees);

    expect(got.hostShadowRoot).toBe('null');
    expect(got.hostAttributes).toEqual(['style']);
    expect(got.openRootText).not.toMatch(/Second Look|219-09|Social Security/);
    // Wrapping attachShadow in the page does not reach the content script's own prototypes.
    expect(got.caughtRootText).not.toMatch(/Second Look|219-09|Social Security/);
    expect(got.highlightCalls).toBe(0);
    expect(got.highlightNames).toEqual([]);
    expect(got.highlightRanges).toEqual([]);
    for (const word of [...CARD_WORDS, 'category', 'data-start', 'data-end']) {
      expect(got.attributes, `an attribute mentions “${word}”`).not.toContain(word);
      expect(got.attributeWrites, `an attribute write mentions “${word}”`).not.toContain(word);
    }
    expect(got.attributes).not.toContain(SSN);
    expect(got.attributeWrites).not.toContain(SSN);
    for (const word of CARD_WORDS) expect(got.documentText, `document text contains “${word}”`).not.toContain(word);
    expect(got.newGlobals.filter((k) => /second|look|finding|overlay|draft/i.test(k))).toEqual([]);
    // Find-in-page as an oracle (issue 12): Chromium's window.find() and execCommand('FindString')
    // search closed shadow roots too, so a page could ask whether the card's words are on screen,
    // or count matches of a phrase from its own draft to learn which words the card quotes.
    expect(await page.evaluate(findOracle, { words: [...CARD_WORDS, 'Hide', 'Remove it', '⚑'], quote: SSN })).toEqual({
      found: [],
      // Once, in the editor: the card's quote of it is not a second match.
      quoteMatches: 1,
      selected: '',
    });
    // Nor does hit-testing the card hand the page its text.
    const box = (await card(page).all())[0]!.box;
    const hit = await page.evaluate(([x, y]) => {
      const r = document.caretRangeFromPoint(x, y);
      return `${r?.startContainer.textContent ?? ''}|${document.elementFromPoint(x, y)?.textContent ?? ''}`;
    }, [box.x + box.width / 2, box.y + 20] as const);
    for (const word of CARD_WORDS) expect(hit).not.toContain(word);
    expect(consoleErrors).toEqual([]);
  });
}

test('page script cannot remove or hide a warning before Post: the host comes back and Post is still held', async ({ context, serviceWorker }) => {
  await setActions(context, serviceWorker, { 'phi.ssn': 'confirm' });
  const page = await context.newPage();
  const c = await flagged(page, 'facebook-post');
  const submitted = () => page.evaluate(() => (window as unknown as { __fixture: { submitted: unknown[] } }).__fixture.submitted.length);

  // Remove the host outright.
  const back = await page.evaluate(async () => {
    document.querySelector('second-look-overlay')!.remove();
    await new Promise((r) => setTimeout(r, 50));
    return document.querySelectorAll('second-look-overlay').length;
  });
  expect(back).toBe(1);
  // Hide it by its style, by an attribute, and by a page stylesheet.
  const shown = await page.evaluate(async () => {
    const host = document.querySelector('second-look-overlay') as HTMLElement;
    host.style.setProperty('display', 'none', 'important');
    host.setAttribute('hidden', '');
    const sheet = document.createElement('style');
    sheet.textContent = 'second-look-overlay { display: none !important; visibility: hidden !important; opacity: 0 !important; }';
    document.head.append(sheet);
    await new Promise((r) => setTimeout(r, 50));
    const cs = getComputedStyle(host);
    return { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, hidden: host.hasAttribute('hidden') };
  });
  expect(shown).toEqual({ display: 'block', visibility: 'visible', opacity: '1', hidden: false });

  // Post is still held, and the card says so.
  await page.locator(c.submit).first().click();
  await expect.poll(() => card(page).getAttribute('data-hold')).toBe('confirm');
  await card(page).locator('[data-hold-action="edit"]').waitForVisible();
  expect(await submitted()).toBe(0);

  // Removing the host while the post is held changes nothing either.
  await page.evaluate(() => document.querySelector('second-look-overlay')!.remove());
  await page.locator(c.submit).first().click();
  await expect.poll(() => card(page).getAttribute('data-hold')).toBe('confirm');
  expect(await submitted()).toBe(0);
});
