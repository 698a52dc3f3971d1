// `npm start`: opens Chromium with the built extension on the four demo composers (X, Facebook,
// LinkedIn, Instagram), served from local fixtures at the sites' real URLs; no login, and no
// request leaves the machine. Options: --headless --screenshot DIR (saves one PNG per site).
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_PAGES, FIXTURE_SURFACES, routeFixtures } from '../tests/fixtures/routes.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotIndex = args.indexOf('--screenshot');
const shotDir = shotIndex >= 0 ? path.resolve(args[shotIndex + 1] ?? 'demo-screenshots') : undefined;
const extensionPath = path.resolve('.output/chrome-mv3');

function findOrInstallChromium() {
  try {
    return chromiumPath();
  } catch (e) {
    const isRootDebian = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
    if (!isRootDebian) throw e;
    console.log('Installing Chromium from Debian packages (one time)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    return chromiumPath();
  }
}

if (!fs.existsSync(path.join(extensionPath, 'manifest.json'))) {
  console.error('No build found at .output/chrome-mv3. Run `npm start` (it builds first) or `npm run build`.');
  process.exit(1);
}
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Run it under a virtual display (`xvfb-run -a npm start`), or `npm start -- --headless --screenshot demo-screenshots`.');
  process.exit(1);
}

let executablePath;
try {
  executablePath = findOrInstallChromium();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: null,
  args: chromiumArgs(extensionPath),
});
await routeFixtures(context);

const SAMPLE = {
  x: 'The 34yo in bed 4 finally went home. Her SSN 219-09-9999 was left on the printer, shredded it.',
  facebook: 'Prayers for my patient, MRN 00482913, who had a rough night. Family can reach me at (415) 555-0182.',
  linkedin: 'Proud of our team this week. Patient asked me to send results to maria.gonzalez82@gmail.com — we used the portal instead.',
  instagram: 'Before/after of today’s extraction. Billing: SSN 219-09-9999 on file.',
};
const pages = [];
for (const [site, { url }] of Object.entries(FIXTURE_PAGES)) {
  const page = context.pages()[0]?.url() === 'about:blank' && pages.length === 0 ? context.pages()[0] : await context.newPage();
  await page.goto(url);
  pages.push([site, page]);
}
console.log('Second Look demo: four composers are open (X, Facebook, LinkedIn, Instagram). Type into them; close the browser to end.');
console.log('Every other demo compose surface, to open in a new tab of this browser:');
for (const url of new Set(FIXTURE_SURFACES.map((f) => f.url))) console.log(`  ${url}`);

if (shotDir) {
  fs.mkdirSync(shotDir, { recursive: true });
  for (const [site, page] of pages) {
    await page.bringToFront();
    const editor = site === 'x' ? '[data-testid="tweetTextarea_0"]' : site === 'linkedin' ? '.ql-editor' : '[contenteditable="true"]';
    await page.locator(editor).first().click();
    await page.keyboard.type(SAMPLE[site]);
    await page.locator('second-look-overlay [data-second-look-card]').waitFor({ timeout: 10_000 }).catch(() => {});
    await page.screenshot({ path: path.join(shotDir, `${site}.png`) });
  }
  console.log(`Screenshots saved in ${shotDir}`);
}
if (headless) await context.close();
else await new Promise((resolve) => context.on('close', resolve));
fs.rmSync(profile, { recursive: true, force: true });
