// `npm start`: opens Chromium with the built extension on the four demo composers (X, Facebook,
// LinkedIn, Instagram), served from local fixtures at the sites' real URLs; no login, and no
// request leaves the machine. Options: --headless --screenshot DIR saves the card in each state
// (pill, hint, warn, held) at 400, 768 and 1280 px wide for each site, as DIR/<site>-<width>-<state>.png.
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
  // Screenshots are taken at set widths; a person's window keeps its own size.
  viewport: shotDir ? { width: 1280, height: 800 } : null,
  // `npm start -- --lang=es`: the browser (and so Second Look's interface) in Spanish.
  args: [...chromiumArgs(extensionPath), ...args.filter((a) => a.startsWith('--lang='))],
});
await routeFixtures(context);

/** A draft with four kinds of PHI, so the held card has a list to scroll. */
const SAMPLE = 'Pt SSN 219-09-9999, MRN 00482913, call (415) 555-0182 or maria.gonzalez82@gmail.com about it. Thanks to the team';
const WIDTHS = [400, 768, 1280];
/** Every category id, read from the analyzer's list (this script runs without a TypeScript loader). */
const CATEGORIES = [...new Set(fs.readFileSync('lib/analyzer/types.ts', 'utf8').match(/'(?:phi|misinfo|prof)\.[a-z-]+'/g).map((q) => q.slice(1, -1)))];

const pages = [];
if (!shotDir) {
  for (const [site, { url }] of Object.entries(FIXTURE_PAGES)) {
    const page = context.pages()[0]?.url() === 'about:blank' && pages.length === 0 ? context.pages()[0] : await context.newPage();
    await page.goto(url);
    pages.push([site, page]);
  }
  console.log('Second Look demo: four composers are open (X, Facebook, LinkedIn, Instagram). Type into them; close the browser to end.');
  console.log('Every other demo compose surface, to open in a new tab of this browser:');
  for (const url of new Set(FIXTURE_SURFACES.map((f) => f.url))) console.log(`  ${url}`);
}

if (shotDir) {
  fs.mkdirSync(shotDir, { recursive: true });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  /** Sets every category's action, as the options page would (through the background). */
  const setAll = async (action) => {
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html`);
    const res = await popup.evaluate((change) => globalThis.chrome.runtime.sendMessage({ type: 'setPolicy', change }), { actions: Object.fromEntries(CATEGORIES.map((c) => [c, action])) });
    await popup.close();
    if (!res?.ok) throw new Error(`setPolicy failed: ${JSON.stringify(res)}`);
  };
  /** Opens the card from the keyboard, as a person would: Tab from the draft to the pill, then Enter. */
  const openCard = async () => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  };
  const page = context.pages()[0] ?? (await context.newPage());
  const settle = () => page.waitForTimeout(1500); // a demo, not a test: give the check and the card a moment
  let saved = 0;
  for (const [site, { url }] of Object.entries(FIXTURE_PAGES)) {
    const surface = FIXTURE_SURFACES.find((f) => f.url === url);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const shot = async (state) => {
        await page.screenshot({ path: path.join(shotDir, `${site}-${width}-${state}.png`) });
        saved++;
      };
      for (const [state, action] of [['hint', 'inform'], ['warn', 'warn'], ['held', 'confirm']]) {
        await setAll(action);
        await page.goto(url);
        await page.locator(surface.editor).first().click();
        await page.keyboard.type(SAMPLE);
        await settle();
        if (state === 'warn') await shot('pill');
        if (state === 'held') await page.locator(surface.submit).first().click();
        else await openCard();
        await settle();
        await shot(state);
      }
    }
  }
  console.log(`${saved} screenshots saved in ${shotDir}`);
}
if (headless) await context.close();
else await new Promise((resolve) => context.on('close', resolve));
fs.rmSync(profile, { recursive: true, force: true });
