/**
 * The "Audit past posts" page (issue 17) in the built extension: reached from options and the
 * popup, it reads an X archive chosen by the user, checks it in its worker, shows the report with
 * the flagged words marked, exports it as CSV and as a printable page on request, names a file it
 * cannot read, and leaves nothing behind: no request leaves the browser and no post text is in
 * the extension's storage; with one export of each platform chosen together, a progress bar shows
 * and every platform's account is in the report (the shapes come from tests/unit/audit/exports.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { strToU8, zipSync } from 'fflate';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_ORIGIN, OPTIONS_URL, POPUP_URL, expect, test } from './fixtures';
import { dumpExtensionStorage } from './policy-helpers';
import { HOSTILE_POST, metaJson, zip } from '../unit/audit/exports';

const PHI = 'Thanks for visiting our office last Tuesday, Mrs. Patel, we hope your crown feels better!';
const MYTH = 'MMR vaccine causes autism in children.';
const HARMLESS = 'Great to see everyone at the conference today.';

const tweet = (id: string, text: string, date: string) => ({ tweet: { id_str: id, full_text: text, created_at: date } });

/** An X archive as X writes it: data/tweets.js and data/account.js, zipped. */
function xArchive(dir: string): string {
  const tweets = [tweet('1', PHI, 'Tue Mar 05 15:02:11 +0000 2024'), tweet('2', MYTH, 'Fri Nov 08 09:00:00 +0000 2019'), tweet('3', HARMLESS, 'Mon Jan 02 10:00:00 +0000 2023')];
  const account = [{ account: { username: 'drexample', accountDisplayName: 'Dr Example' } }];
  const bytes = zipSync({
    'data/tweets.js': strToU8(`window.YTD.tweets.part0 = ${JSON.stringify(tweets, null, 2)}`),
    'data/account.js': strToU8(`window.YTD.account.part0 = ${JSON.stringify(account, null, 2)}`),
  });
  const file = path.join(dir, 'twitter-archive.zip');
  fs.writeFileSync(file, bytes);
  return file;
}

test('an X archive is checked on the page: report, marked words, CSV on request, nothing sent or stored', async ({ context, serviceWorker, requests }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-audit-'));
  try {
    const page = await context.newPage();
    await page.goto(OPTIONS_URL);
    await page.getByRole('link', { name: 'Audit past posts' }).click();
    await expect(page).toHaveURL(`${EXTENSION_ORIGIN}/audit.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit past posts');

    await page.getByLabel('Export files (zip)').setInputFiles(xArchive(dir));
    const report = page.getByRole('region', { name: 'Report' });
    await expect(report).toBeVisible({ timeout: 60_000 });
    await expect(report.getByRole('status')).toHaveText('Checked 3 items; 2 with a warning or more.');
    const rows = report.locator('table.audit-items tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'Mrs. Patel' }).locator('mark').first()).toBeVisible();
    await expect(rows.filter({ hasText: HARMLESS })).toHaveCount(0);
    const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);

    const download = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Export CSV' }).click();
    const saved = path.join(dir, 'report.csv');
    await (await download).saveAs(saved);
    const csv = fs.readFileSync(saved, 'utf8');
    expect(csv).toContain('Mrs. Patel');
    expect(csv).toContain('MMR vaccine');
    expect(csv).not.toContain(HARMLESS);
    const printable = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Export printable page' }).click();
    const savedHtml = path.join(dir, 'report.html');
    await (await printable).saveAs(savedHtml);
    const html = fs.readFileSync(savedHtml, 'utf8');
    expect(html).toContain('Checked 3 items; 2 with a warning or more.');
    expect(html).toMatch(/<mark>[^<]*Patel[^<]*<\/mark>/);

    // Nothing of the posts is kept by the extension (storage areas, caches, IndexedDB), and nothing left the browser.
    const stored = await dumpExtensionStorage(serviceWorker);
    expect(stored).not.toContain('Patel');
    expect(stored).not.toContain('autism');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain('Patel');
    const outside = requests.filter((r) => !r.url.startsWith(EXTENSION_ORIGIN) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    expect(outside, 'requests that left the extension').toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is not an export is named with what was expected, and the page stays usable', async ({ context }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-audit-'));
  try {
    const bad = path.join(dir, 'holiday-photos.zip');
    fs.writeFileSync(bad, 'this is not a zip file at all');
    const page = await context.newPage();
    await page.goto(`${EXTENSION_ORIGIN}/audit.html`);
    await page.getByLabel('Export files (zip)').setInputFiles(bad);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('holiday-photos.zip');
    // The same input still takes a good export afterwards.
    await page.getByLabel('Export files (zip)').setInputFiles(xArchive(dir));
    await expect(page.getByRole('region', { name: 'Report' }).getByRole('status')).toHaveText('Checked 3 items; 2 with a warning or more.', { timeout: 60_000 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the popup opens the audit page in a new tab', async ({ context }) => {
  const popup = await context.newPage();
  await popup.goto(POPUP_URL);
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(`${EXTENSION_ORIGIN}/audit.html`) });
  await popup.getByRole('button', { name: 'Audit past posts' }).click();
  const audit = await opened;
  await expect(audit.getByRole('heading', { level: 1 })).toHaveText('Audit past posts');
});

test('one export of each platform, chosen together: a progress bar, then every platform and account in the report', async ({ context, requests }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-audit-'));
  try {
    const write = (name: string, bytes: Uint8Array) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const files = [
      xArchive(dir),
      write('facebook-clinic.zip', zip({
        'personal_information/profile_information/profile_information.json': metaJson({ profile_v2: { name: { full_name: 'Renée Clinic' } } }),
        'your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json': metaJson([
          { timestamp: 1_600_000_000, data: [{ post: MYTH }], title: 'Renée Clinic updated her status.' },
          { timestamp: 1_600_100_000, data: [{ post: HARMLESS }], title: 'Renée Clinic updated her status.' },
        ]),
      })),
      write('instagram-clinic.zip', zip({
        'personal_information/personal_information/personal_information.json': metaJson({ profile_user: [{ string_map_data: { Username: { value: 'smile.clinic' } } }] }),
        'your_instagram_activity/content/posts_1.json': metaJson([{ media: [{ uri: 'media/posts/a.jpg', creation_timestamp: 1_690_000_000, title: HOSTILE_POST }] }]),
      })),
      write('Basic_LinkedInDataExport.zip', zip({
        'Shares.csv': `Date,ShareLink,ShareCommentary\n2023-04-05 14:22:10,https://www.linkedin.com/feed/update/1,"${PHI}"\n`,
        'Profile.csv': 'First Name,Last Name\nAmara,Example\n',
      })),
    ];
    const page = await context.newPage();
    await page.goto(`${EXTENSION_ORIGIN}/audit.html`);
    // Whether a progress bar was ever shown while the exports were read and checked.
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('progress')) w.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByLabel('Export files (zip)').setInputFiles(files);
    const report = page.getByRole('region', { name: 'Report' });
    await expect(report.getByRole('status')).toHaveText('Checked 7 items; 5 with a warning or more.', { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    const accounts = report.getByRole('table', { name: 'By account' });
    for (const account of ['@drexample', 'Renée Clinic', '@smile.clinic', 'Amara Example']) await expect(accounts.getByRole('rowheader', { name: account })).toBeVisible();
    const platformFilter = report.getByLabel('Platform');
    await platformFilter.selectOption({ label: 'LinkedIn' });
    await expect(report.locator('table.audit-items tbody tr')).toHaveCount(1);
    await expect(report.locator('table.audit-items tbody tr')).toContainText('Mrs. Patel');
    expect(requests.filter((r) => !r.url.startsWith(EXTENSION_ORIGIN) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
