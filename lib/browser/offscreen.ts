/**
 * Chrome's offscreen document (issue 16): the one place OCR runs in the Chrome build. The
 * background creates it when a photo comes and closes it when idle (lib/browser/ocr-host.ts).
 * It answers only `ocr:recognize`, and only from this extension itself (never a content script,
 * whose messages every extension page also hears).
 * Privacy: the image and its text stay in this document's memory; nothing is stored or sent.
 */
import { browser } from 'wxt/browser';
import { parseOcrRequest, type OcrResponse } from '../protocol';
import { classifySender, type SenderInfo } from '../protocol/sender';
import { recognizeText } from './ocr-engine';

/** Wires the offscreen document's one listener. */
export function startOffscreen(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: OcrResponse) => void) => {
    const req = parseOcrRequest(raw);
    if (!req) return undefined;
    if (classifySender(sender as SenderInfo, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') }) !== 'extension-page') return undefined;
    recognizeText(req.image).then(
      ({ text, ms, words, metadata }) => sendResponse({ ok: true, text, ms, words, ...(metadata ? { metadata } : {}) }),
      () => sendResponse({ ok: false, error: 'the photo could not be read' }),
    );
    return true;
  });
}
