/**
 * Photos attached to a post are read on the device and warned about (issue 16). Images are drawn
 * in the test with a canvas — a patient wristband, a unit whiteboard, a lab-report screenshot,
 * a rotated and a low-contrast wristband, and three harmless ones (a sunset, a "Happy Nurses
 * Week" banner, a slide with only aggregate numbers) — and attached through each fixture's own
 * file input, as a person would. The photo's text is read by the bundled Tesseract in Chrome's
 * offscreen document: no request leaves the extension, and nothing of a photo is stored.
 * One browser per test; the OCR worker is reused within it. No timed assertions.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card, overlay } from './overlay';
import { dumpExtensionStorage } from './policy-helpers';
import { FIXTURE_PAGES, FIXTURE_SURFACES } from '../fixtures/routes.mjs';
import { jpegWithExif } from '../unit/browser/exif-jpeg';

type ImageName = 'wristband' | 'whiteboard' | 'lab' | 'rotated' | 'faint' | 'sunset' | 'banner' | 'slide';

/** Draws every test image in a blank page; PNG bytes by name. */
async function drawImages(page: Page): Promise<Record<ImageName, Buffer>> {
  await page.setContent('<canvas></canvas>');
  const urls = await page.evaluate(() => {
    const make = (w: number, h: number, draw: (g: CanvasRenderingContext2D) => void) => {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      draw(c.getContext('2d')!);
      return c.toDataURL('image/png');
    };
    const wristband = (g: CanvasRenderingContext2D, ink: string, band: string, angle: number) => {
      g.fillStyle = '#d8c8b0'; // skin and sheet around the band
      g.fillRect(0, 0, 640, 260);
      g.translate(320, 130);
      g.rotate((angle * Math.PI) / 180);
      g.translate(-300, -90);
      g.fillStyle = band;
      g.fillRect(0, 0, 600, 180);
      g.fillStyle = ink;
      g.font = 'bold 30px sans-serif';
      g.fillText('DOE, JANE', 24, 44);
      g.font = '26px sans-serif';
      g.fillText('DOB: 03/14/1962   F', 24, 88);
      g.fillText('MRN: 00482913', 24, 130);
      for (let x = 380; x < 580; x += 6) g.fillRect(x, 100, x % 12 ? 2 : 4, 50); // a barcode
    };
    return {
      wristband: make(640, 260, (g) => wristband(g, '#111', '#fff', 0)),
      rotated: make(640, 260, (g) => wristband(g, '#111', '#fff', 4)),
      faint: make(640, 260, (g) => wristband(g, '#8a8a8a', '#c8c8c8', 0)),
      whiteboard: make(800, 420, (g) => {
        g.fillStyle = '#f7f7f2';
        g.fillRect(0, 0, 800, 420);
        g.strokeStyle = '#335';
        g.lineWidth = 2;
        for (let y = 70; y <= 390; y += 80) g.strokeRect(20, y - 50, 760, 80);
        g.fillStyle = '#123';
        g.font = 'bold 30px sans-serif';
        g.fillText('ROOM     PATIENT           NOTES', 40, 60);
        g.font = '30px sans-serif';
        g.fillText('Bed 3     Maria Lopez       NPO after midnight', 40, 140);
        g.fillText('Bed 4     John Smith         fall risk', 40, 220);
        g.fillText('Bed 5     Ana Kim             discharge today', 40, 300);
      }),
      lab: make(900, 420, (g) => {
        g.fillStyle = '#fff';
        g.fillRect(0, 0, 900, 420);
        g.fillStyle = '#1a3d6d';
        g.fillRect(0, 0, 900, 50);
        g.fillStyle = '#fff';
        g.font = 'bold 26px sans-serif';
        g.fillText('LABORATORY REPORT', 20, 35);
        g.fillStyle = '#111';
        g.font = '24px sans-serif';
        g.fillText('Patient: Robert Brown      DOB: 07/22/1955', 20, 100);
        g.fillText('MRN: 00739261      Collected: 11/02/2026', 20, 140);
        g.fillText('Sodium            138 mmol/L      135-145', 20, 210);
        g.fillText('Potassium         4.1 mmol/L      3.5-5.1', 20, 250);
        g.fillText('Creatinine        1.9 mg/dL       0.7-1.3   H', 20, 290);
      }),
      sunset: make(640, 400, (g) => {
        const sky = g.createLinearGradient(0, 0, 0, 400);
        sky.addColorStop(0, '#2b1055');
        sky.addColorStop(0.6, '#ff7e5f');
        sky.addColorStop(1, '#feb47b');
        g.fillStyle = sky;
        g.fillRect(0, 0, 640, 400);
        g.fillStyle = '#ffdd55';
        g.beginPath();
        g.arc(320, 300, 60, 0, Math.PI * 2);
        g.fill();
      }),
      banner: make(800, 240, (g) => {
        g.fillStyle = '#0b6e99';
        g.fillRect(0, 0, 800, 240);
        g.fillStyle = '#fff';
        g.font = 'bold 56px sans-serif';
        g.fillText('Happy Nurses Week!', 110, 110);
        g.font = '28px sans-serif';
        g.fillText('Thank you for everything you do', 190, 170);
      }),
      slide: make(900, 420, (g) => {
        g.fillStyle = '#fff';
        g.fillRect(0, 0, 900, 420);
        g.fillStyle = '#222';
        g.font = 'bold 36px sans-serif';
        g.fillText('Flu vaccination rates, 2025', 40, 70);
        g.font = '30px sans-serif';
        g.fillText('Adults 18-64: 48%', 60, 160);
        g.fillText('Adults 65 and older: 71%', 60, 220);
        g.fillText('Health care workers: 80%', 60, 280);
        g.font = '22px sans-serif';
        g.fillText('Source: CDC FluVaxView', 60, 360);
      }),
    };
  });
  return Object.fromEntries(Object.entries(urls).map(([k, v]) => [k, Buffer.from(v.split(',')[1]!, 'base64')])) as Record<ImageName, Buffer>;
}

/** The composers with an attach control, and where it is. */
const ATTACH = [
  { id: 'x-post', input: '[data-testid="toolBar"] input[type="file"]' },
  { id: 'facebook-post', input: '[role="dialog"] input[type="file"]' },
  { id: 'linkedin-share', input: '[role="dialog"] input[type="file"]' },
  { id: 'instagram-caption', input: '[role="dialog"] input[type="file"]' },
] as const;

const surface = (id: string) => FIXTURE_SURFACES.find((s) => s.id === id)!;

async function openComposer(page: Page, id: string): Promise<void> {
  const s = surface(id);
  await page.goto(s.url);
  await page.locator(s.editor).click();
  await page.keyboard.type('Proud of my team today.');
}

async function attach(page: Page, input: string, images: Record<ImageName, Buffer>, names: ImageName[]): Promise<void> {
  await page.locator(input).setInputFiles(names.map((n) => ({ name: `IMG_${n}.png`, mimeType: 'image/png', buffer: images[n] })));
}

const photos = (page: Page, status: string) => card(page).locator(`li.photo[data-photo="${status}"]`);

/** Waits until `n` photos are flagged and none is still being read. */
async function expectPhotos(page: Page, flagged: number, clear: number): Promise<void> {
  if (await overlay(page).locator('.pill:visible').count()) await overlay(page).locator('.pill').click().catch(() => undefined);
  await expect
    .poll(async () => ({ flagged: await photos(page, 'flagged').count(), clear: await photos(page, 'clear').count(), checking: await photos(page, 'checking').count() }), { timeout: 90_000 })
    .toEqual({ flagged, clear, checking: 0 });
}

/** Reasons shown for the flagged photos, in attach order. */
async function reasons(page: Page): Promise<string[]> {
  return (await card(page).locator('li.photo[data-photo="flagged"] [data-photo-reason]').all()).map((f) => f.text);
}

/** Secrets of the test images: none may be stored anywhere by the extension. */
const SECRETS = ['00482913', 'DOE, JANE', 'Maria Lopez', 'Robert Brown', '00739261', '03/14/1962', 'iVBORw0KGgo', 'data:image', 'Nurses Week'];

test('photos attached in every composer with an attach control: PHI is flagged, harmless photos are not, nothing is sent or stored', async ({ context, serviceWorker, requests }) => {
  test.setTimeout(300_000);
  const images = await drawImages(await context.newPage());
  for (const a of ATTACH) {
    const page = await context.newPage();
    await openComposer(page, a.id);
    // Harmless ones first: photos are read in order, so once the wristband is flagged they are done.
    await attach(page, a.input, images, ['sunset', 'banner', 'slide']);
    await attach(page, a.input, images, ['wristband']);
    await expectPhotos(page, 1, 3);
    expect(await reasons(page)).toEqual([expect.stringMatching(/name and a record number — a wristband/)]);
    const flagged = card(page).locator('li.photo[data-photo="flagged"]');
    expect(await flagged.locator('img.thumb').count()).toBe(1);
    // The record number (at least) is boxed on the thumbnail.
    expect(await flagged.locator('.thumb-box').count()).toBeGreaterThan(0);
    expect(await flagged.locator('[data-photo-fix]').textContent()).toMatch(/Remove this photo/);
    expect(await flagged.locator('q').all()).toEqual(expect.arrayContaining([expect.objectContaining({ text: '00482913' })]));
    await page.close();
  }

  // Nothing left the extension: only fixture pages and extension-local files were requested.
  const extensionBase = `chrome-extension://${new URL(serviceWorker.url()).host}`;
  const fixture = (url: string) => FIXTURE_SURFACES.some((s) => s.url === url) || Object.values(FIXTURE_PAGES).some((p) => p.url === url) || /^https:\/\/[^/]+\/__second-look-fixture__\/[a-z]+\.js$/.test(url);
  expect(requests.filter((r) => r.fromServiceWorker), 'requests from the service worker').toEqual([]);
  expect(requests.filter((r) => !fixture(r.url) && !r.url.startsWith(extensionBase) && !r.url.startsWith('data:') && r.url !== 'about:blank'), 'requests that are neither fixture pages nor extension files').toEqual([]);
  // (Playwright's request log does not see the offscreen document's worker; the worker is given
  // only extension URLs for its script, core and model: lib/browser/ocr-engine.ts.)

  const stored = await dumpExtensionStorage(serviceWorker);
  for (const s of SECRETS) expect(stored, `storage holds ${s}`).not.toContain(s);
});

test('a whiteboard, a lab report, a rotated and a low-contrast wristband are each flagged; a held Post waits for the photo check', async ({ context, serviceWorker }) => {
  test.setTimeout(300_000);
  const images = await drawImages(await context.newPage());
  const page = await context.newPage();
  const x = ATTACH[0];
  await openComposer(page, x.id);
  // Post right after attaching: the first photo starts the reader, so the check is still running.
  await attach(page, x.input, images, ['whiteboard']);
  await page.locator(surface(x.id).submit).click();
  await expect.poll(() => overlay(page).locator('[data-photo-wait], [data-photo-checking]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(() => card(page).getAttribute('data-hold'), { timeout: 90_000 }).toBe('confirm');
  expect(await page.evaluate(() => (window as unknown as { __fixture: { submitted: unknown[] } }).__fixture.submitted.length)).toBe(0);
  expect(await reasons(page)).toEqual([expect.stringMatching(/bed or room numbers — a unit whiteboard/)]);
  await card(page).getByRole('button', { name: 'Edit post' }).click();

  await attach(page, x.input, images, ['lab']);
  await attach(page, x.input, images, ['rotated']);
  await attach(page, x.input, images, ['faint']);
  await expectPhotos(page, 4, 0);
  const [, lab, rotated, faint] = await reasons(page);
  expect(lab).toMatch(/record number/);
  expect(rotated).toMatch(/name and a record number/);
  expect(faint).toMatch(/record number/);

  // "I removed it" on each: nothing holds Post any more, and it goes out.
  for (let n = 4; n > 0; n--) {
    await card(page).locator('li.photo[data-photo="flagged"] [data-forget-photo]').first().click();
    await expect.poll(() => photos(page, 'flagged').count()).toBe(n - 1);
  }
  await page.locator(surface(x.id).submit).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __fixture: { submitted: unknown[] } }).__fixture.submitted.length)).toBe(1);

  const stored = await dumpExtensionStorage(serviceWorker);
  for (const s of SECRETS) expect(stored, `storage holds ${s}`).not.toContain(s);
});

test('a photo whose file records where, when and by whom it was taken gets a calm note, and Post is not held for it', async ({ context }) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.setContent('<canvas></canvas>');
  // A sunset as a camera would save it: a JPEG with EXIF (artist, capture time, GPS) after its start marker.
  const jpeg = Buffer.from((await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 640;
    c.height = 400;
    const g = c.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 400);
    sky.addColorStop(0, '#2b1055');
    sky.addColorStop(1, '#feb47b');
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 400);
    return c.toDataURL('image/jpeg', 0.9);
  })).split(',')[1]!, 'base64');
  const exif = jpegWithExif({ artist: 'Jane Nurse', taken: '2026:11:02 14:31:07', gps: true });
  const withExif = Buffer.concat([jpeg.subarray(0, 2), Buffer.from(exif.subarray(2, exif.length - 2)), jpeg.subarray(2)]);
  const ig = surface('instagram-caption');
  await openComposer(page, ig.id);
  await page.locator('[role="dialog"] input[type="file"]').setInputFiles([{ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: withExif }]);
  await expectPhotos(page, 0, 1);
  const note = await card(page).locator('li.photo [data-photo-metadata]').textContent();
  expect(note).toMatch(/where it was taken \(GPS\), when it was taken and who owns the camera or took it/);
  expect(note).toMatch(/Most sites remove this on upload/);
  expect(note).not.toMatch(/Jane|2026|40\./);
  await page.locator(ig.submit).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __fixture: { submitted: unknown[] } }).__fixture.submitted.length)).toBe(1);
});

test('a photo pasted or dropped on the editor is checked too, and the editor still gets the event', async ({ context }) => {
  test.setTimeout(180_000);
  const images = await drawImages(await context.newPage());
  const page = await context.newPage();
  const fb = surface('facebook-post');
  await openComposer(page, fb.id);
  const seen = await page.locator(fb.editor).evaluate(async (editor, b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const file = new File([bytes], 'paste.png', { type: 'image/png' });
    const seen: string[] = [];
    editor.addEventListener('paste', () => seen.push('paste'));
    editor.addEventListener('drop', () => seen.push('drop'));
    const paste = new DataTransfer();
    paste.items.add(file);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: paste, bubbles: true, cancelable: true, composed: true }));
    const drop = new DataTransfer();
    drop.items.add(new File([bytes], 'drop.png', { type: 'image/png' }));
    editor.dispatchEvent(new DragEvent('drop', { dataTransfer: drop, bubbles: true, cancelable: true, composed: true }));
    return seen;
  }, images.wristband.toString('base64'));
  // Second Look only listens (passively, in the capture phase): both events reached the editor,
  // which handles them as it would without the extension.
  expect(seen).toEqual(['paste', 'drop']);
  await expectPhotos(page, 2, 0);
});
