/**
 * No draft text in storage: after drafts full of PHI are typed into the real composers, held,
 * posted anyway and edited, a dump of every extension storage area (storage.local, sync,
 * session), every IndexedDB database, Cache Storage and the extension pages' localStorage holds
 * none of the typed strings, and the CSV export holds counts and no text.
 */
import fs from 'node:fs';
import { composers, expectFlagged } from './composers';
import { card as cardOf, overlay } from './overlay';
import { OPTIONS_URL, expect, test } from './fixtures';
import { dumpExtensionStorage } from './policy-helpers';

/** Each draft carries several identifiers; every piece below must be absent from storage. */
const DRAFTS = [
  'Jasper Quillfeather, SSN 219-09-9999, MRN 4471902, call 415-555-0142',
  'Mrs. Odalys Brightwater DOB 03/14/1951 email odalys.brightwater@example.com SSN 078-05-1120',
  'Bed 4: Tobias Wrenfield, 1427 Larkspur Lane, SSN 123-45-6789 and phone (628) 555-0199',
];
const PIECES = [
  'Jasper', 'Quillfeather', '219-09-9999', '219099999', '4471902', '415-555-0142',
  'Odalys', 'Brightwater', '03/14/1951', 'odalys.brightwater', '078-05-1120',
  'Tobias', 'Wrenfield', 'Larkspur', '123-45-6789', '555-0199',
];

const card = cardOf;

test('storage and the CSV export hold no typed text after a session of PHI drafts', async ({ context, serviceWorker }) => {
  test.setTimeout(120_000);
  let drafts = 0;
  for (const [i, c] of composers.entries()) {
    test.info().annotations.push({ type: 'composer', description: c.name });
    const page = await context.newPage();
    await page.goto(c.url);
    await page.locator(c.editor).click();
    await page.keyboard.type(DRAFTS[i % DRAFTS.length]!);
    await expectFlagged(page, 'phi.ssn');
    // SSNs are `confirm` by default: Post is held; alternate the two answers.
    await page.locator(c.submit).first().click();
    await expect.poll(() => card(page).getAttribute('data-hold')).toBe('confirm');
    // By keyboard: with these long drafts the card can sit partly outside the viewport.
    await card(page).locator(`[data-hold-action="${i % 2 ? 'edit' : 'post-anyway'}"]`).press('Enter');
    await expect.poll(() => overlay(page).locator('[data-hold-action]').count()).toBe(0);
    // The page's own origin got no database of ours.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('second-look');
    drafts++;
    await page.close();
  }

  const options = await context.newPage();
  await options.goto(OPTIONS_URL);
  // Decisions are logged asynchronously: wait until every held post is counted.
  await expect.poll(async () => {
    const res = (await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ total: number }> } } })
      .chrome.runtime.sendMessage({ type: 'getDecisionCounts' }))) as { total: number };
    return res.total;
  }).toBeGreaterThanOrEqual(drafts);

  const dump = await dumpExtensionStorage(serviceWorker);
  expect(dump).toContain('second-look'); // the dump did reach our database
  const pageStorage = await options.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  for (const piece of PIECES) {
    expect(dump, `storage holds “${piece}”`).not.toContain(piece);
    expect(pageStorage).not.toContain(piece);
  }

  // CSV export through the options page's own button: counts, no text.
  await options.reload();
  await expect(options.locator('[data-decision-counts] tr[data-category="phi.ssn"]')).toBeVisible();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export counts as CSV' }).click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('time,site,surface,category,action,decision,rule,count');
  for (const line of lines.slice(1)) {
    expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:00Z,(facebook|x|linkedin|instagram|other),[a-z-]+,(phi|misinfo|prof)\.[a-z0-9-]+,(inform|warn|confirm|block),(edited|posted-anyway|dismissed|false-alarm),([a-z]+(\.[a-z0-9-]+){1,3})?,\d+$/);
  }
  expect(lines.some((l) => /,phi\.ssn,confirm,posted-anyway,,\d+$/.test(l))).toBe(true);
  expect(lines.some((l) => /,phi\.ssn,confirm,edited,,\d+$/.test(l))).toBe(true);
  for (const piece of PIECES) expect(csv).not.toContain(piece);
});
