/**
 * Reads the text in an attached photo with Tesseract (issue 16). Everything it loads comes from
 * this extension's package (`ocr/`, copied from node_modules by wxt.config.ts): the worker, the
 * WebAssembly core and the English model. No CDN, no network request.
 *
 * It runs where a Worker and WebAssembly are allowed and the service worker is not burdened:
 * Chrome's offscreen document (entrypoints/offscreen) and Firefox's background page. One
 * Tesseract worker, started on first use and ended after a minute without photos.
 *
 * Privacy: the image and the text read from it live only in this function's memory. The model
 * is not cached in IndexedDB (`cacheMethod: 'none'`): it is in the package already, and nothing
 * of a photo is ever stored.
 */
import { browser } from 'wxt/browser';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { readMetadata, type PhotoMetadata } from './photo-metadata';
import type { PhotoWord } from '../analyzer/photo';

/** A photo's longer side is scaled to at most this many pixels: more costs time, not words. */
const MAX_SIDE = 2000;
/** The worker is ended after this long without a photo (it holds ~100 MB). */
const IDLE_MS = 60_000;

let worker: Promise<Worker> | undefined;
let idle: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<unknown> = Promise.resolve();

function start(): Promise<Worker> {
  // Files added by a build hook are not in WXT's PublicPath type.
  const url = (file: string) => (browser.runtime.getURL as (path: string) => string)(`/ocr/${file}`);
  return createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: url('worker.min.js'),
    corePath: url('tesseract-core-simd-lstm.js'),
    langPath: url('').replace(/\/$/, ''),
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  }).then(async (w) => {
    // Sparse text: a photo's words sit in bands, boxes and grid cells, not in a page's columns.
    // On our test photos the default (automatic page layout) lost a whiteboard's grid and a
    // wristband's record number that this mode reads.
    await w.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
    return w;
  });
}

/** Ends the worker now (tests, and the idle timer). */
export async function stopOcr(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (idle) clearTimeout(idle);
  idle = undefined;
  if (w) await w.then((x) => x.terminate()).catch(() => undefined);
}

/** The image scaled into the size Tesseract reads well, as a canvas it can take directly. */
async function prepare(image: Blob): Promise<OffscreenCanvas> {
  const bitmap = await createImageBitmap(image);
  try {
    const long = Math.max(bitmap.width, bitmap.height);
    const scale = long > MAX_SIDE ? MAX_SIDE / long : 1;
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
    const g = canvas.getContext('2d')!;
    // Transparent PNGs are read on white, as they are seen.
    g.fillStyle = '#fff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    bitmap.close();
  }
}

/** A data: URL's bytes, decoded here (a fetch of it would show as a request). */
function bytesOf(dataUrl: string): { bytes: Uint8Array<ArrayBuffer>; type: string } {
  const comma = dataUrl.indexOf(',');
  const type = /^data:([^;,]+)/.exec(dataUrl)?.[1] ?? 'application/octet-stream';
  const bin = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return { bytes, type };
}

/**
 * The text in an image (a data: URL of a PNG, JPEG, GIF or WebP), read one photo at a time, and
 * the kinds of identifying metadata its file carries.
 */
export function recognizeText(dataUrl: string): Promise<{ text: string; ms: number; words: PhotoWord[]; metadata?: PhotoMetadata }> {
  const run = async () => {
    const t0 = performance.now();
    if (idle) clearTimeout(idle);
    worker ??= start();
    const w = await worker.catch((e: unknown) => {
      worker = undefined;
      throw e;
    });
    try {
      const { bytes, type } = bytesOf(dataUrl);
      const metadata = await readMetadata(bytes);
      const canvas = await prepare(new Blob([bytes], { type }));
      const { data } = await w.recognize(canvas, {}, { text: true, blocks: true });
      const words: PhotoWord[] = [];
      for (const block of data.blocks ?? []) {
        for (const para of block.paragraphs) {
          for (const line of para.lines) {
            for (const { text, bbox: b } of line.words) words.push({ text, box: [b.x0 / canvas.width, b.y0 / canvas.height, (b.x1 - b.x0) / canvas.width, (b.y1 - b.y0) / canvas.height] });
          }
        }
      }
      return { text: data.text ?? '', ms: Math.round(performance.now() - t0), words, ...(metadata ? { metadata } : {}) };
    } finally {
      idle = setTimeout(() => void stopOcr(), IDLE_MS);
    }
  };
  const job = queue.then(run, run);
  queue = job.catch(() => undefined);
  return job;
}
