/**
 * Where the background gets a photo's text read (issue 16), without running OCR itself: a
 * Chrome service worker can start no Worker, and must stay light. In Chrome the offscreen
 * document (entrypoints/offscreen) is created on first use and closed after a minute idle; in
 * Firefox (MV2) the background page is a document and runs lib/browser/ocr-engine.ts itself,
 * loaded only when the first photo comes (the Chrome build leaves it out).
 *
 * Privacy: the image and its text pass through here in memory only, over the extension's own
 * runtime channel; nothing is stored, logged or sent.
 */
import { browser } from 'wxt/browser';
import type { PhotoMetadataKinds, PhotoWord } from '../analyzer/photo';
import type { OcrRequest, OcrResponse } from '../protocol';

const OFFSCREEN_PATH = '/offscreen.html';
/** The offscreen document (and its ~100 MB worker) is closed after this long without a photo. */
const IDLE_MS = 60_000;

/** The part of Chrome's offscreen API used here (not in the polyfill's types). */
interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

let opening: Promise<void> | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;
let busy = 0;

async function openOffscreen(api: OffscreenApi): Promise<void> {
  opening ??= api
    .createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH as '/popup.html'),
      reasons: ['WORKERS'],
      justification: 'Reads the text in a photo attached to a post, on this device, to warn about patient information in it.',
    })
    .catch((e: unknown) => {
      // Already open (e.g. the service worker restarted while the document stayed).
      if (!/single offscreen|already/i.test(String(e))) {
        opening = undefined;
        throw e;
      }
    });
  return opening;
}

function closeWhenIdle(api: OffscreenApi): void {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => {
    if (busy) return;
    opening = undefined;
    void api.closeDocument().catch(() => undefined);
  }, IDLE_MS);
}

/**
 * The text in `image` (a data: URL), read on this device, and the kinds of identifying metadata
 * its file carries; rejects when it cannot be read.
 */
export async function readPhotoText(image: string): Promise<{ text: string; words: PhotoWord[]; metadata?: PhotoMetadataKinds }> {
  if (import.meta.env.MANIFEST_VERSION === 2) {
    const { recognizeText } = await import('./ocr-engine');
    return recognizeText(image);
  }
  const api = offscreenApi();
  if (!api) throw new Error('this browser cannot read photos');
  busy++;
  if (idle) clearTimeout(idle);
  try {
    await openOffscreen(api);
    const req: OcrRequest = { type: 'ocr:recognize', image };
    const res = (await browser.runtime.sendMessage(req)) as OcrResponse | undefined;
    if (!res?.ok) throw new Error(res?.error ?? 'the photo reader did not answer');
    return { text: res.text, words: res.words ?? [], ...(res.metadata ? { metadata: res.metadata } : {}) };
  } finally {
    busy--;
    closeWhenIdle(api);
  }
}
