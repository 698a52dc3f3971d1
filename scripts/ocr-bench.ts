/**
 * What reading a photo costs (issue 16), in the built Chrome extension (`npm run build` first):
 * - first use: the background opens the offscreen document, which starts Tesseract's worker,
 *   compiles the core and loads the English model, then reads one photo;
 * - per photo, warm: a wristband-like label drawn at 640 and at 1080 px wide (median of RUNS);
 * - memory: the resident memory of every process of the browser before and after (Linux /proc).
 * It also prints the size the OCR files add to the package. Times are printed, never asserted.
 * Usage: npm run -s ocr:bench [-- RUNS]   (5 by default)
 */
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const EXTENSION = path.resolve('.output/chrome-mv3');
const RUNS = Number(process.argv[2] ?? 5) || 5;

/** Resident memory (MB) of every process whose command line names the profile directory. */
function browserRssMb(profile: string): number {
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kb / 1024);
}

function dirKb(dir: string): number {
  return Math.round(fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / 1024);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(EXTENSION, 'ocr'))) throw new Error('Build first: npm run build');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-ocr-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args: chromiumArgs(EXTENSION) });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.setContent('<title>ocr bench</title>');
    // A label like a patient wristband, drawn at a given width (text scaled with it).
    const label = (width: number) =>
      page.evaluate((w) => {
        const c = document.createElement('canvas');
        const k = w / 640;
        c.width = w;
        c.height = Math.round(260 * k);
        const g = c.getContext('2d')!;
        g.fillStyle = '#fff';
        g.fillRect(0, 0, c.width, c.height);
        g.fillStyle = '#111';
        g.font = `bold ${Math.round(30 * k)}px sans-serif`;
        g.fillText('DOE, JANE', 24 * k, 60 * k);
        g.font = `${Math.round(26 * k)}px sans-serif`;
        g.fillText('DOB: 03/14/1962   F', 24 * k, 120 * k);
        g.fillText('MRN: 00482913', 24 * k, 180 * k);
        return c.toDataURL('image/png');
      }, width);
    const read = (image: string) =>
      sw.evaluate(async (img) => {
        const chrome = (globalThis as unknown as { chrome: { offscreen: { createDocument(p: object): Promise<void> }; runtime: { sendMessage(m: object): Promise<{ ok: boolean; text: string; ms: number }> } } }).chrome;
        const t0 = performance.now();
        await chrome.offscreen.createDocument({ url: 'offscreen.html', reasons: ['WORKERS'], justification: 'bench' }).catch(() => undefined);
        const res = await chrome.runtime.sendMessage({ type: 'ocr:recognize', image: img });
        return { ms: Math.round(performance.now() - t0), ok: res.ok, chars: res.text?.length ?? 0 };
      }, image);
    const img640 = await label(640);
    const img1080 = await label(1080);
    const before = browserRssMb(profile);
    const first = await read(img640);
    const after = browserRssMb(profile);
    const times: Record<string, number[]> = { 640: [], 1080: [] };
    for (let i = 0; i < RUNS; i++) {
      times[640]!.push((await read(img640)).ms);
      times[1080]!.push((await read(img1080)).ms);
    }
    const peak = browserRssMb(profile);
    const ocrKb = dirKb(path.join(EXTENSION, 'ocr'));
    console.log(`OCR (Tesseract in the offscreen document), ${os.cpus().length} cores, ${RUNS} runs each`);
    console.log(`  first use (open offscreen document + start worker + load core and model + read one 640 px photo): ${first.ms} ms${first.ok ? '' : ' (failed)'}`);
    console.log(`  per photo, warm, 640 px wide:  median ${median(times[640]!)} ms  (${times[640]!.join(', ')})`);
    console.log(`  per photo, warm, 1080 px wide: median ${median(times[1080]!)} ms  (${times[1080]!.join(', ')})`);
    console.log(`  browser memory (all processes, RSS): ${before} MB before, ${after} MB after the first photo (+${after - before} MB), ${peak} MB after ${RUNS * 2} more`);
    console.log(`  package size added by ocr/: ${ocrKb} kB (worker, SIMD+LSTM core and wasm, English model)`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
