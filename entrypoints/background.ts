/**
 * The background worker: the only place drafts are analysed. It answers the typed protocol in
 * lib/messaging, after checking that the sender is this extension's own content script or page.
 * Privacy: the draft lives only in this function's memory; it is never stored, logged or sent.
 */
import { browser } from 'wxt/browser';
import { analyze, DEFAULT_ANALYZER_POLICY } from '../lib/analyzer';
import {
  ALLOWED_SENDERS,
  MAX_TEXT_LENGTH,
  parseRequest,
  type ErrorResponse,
  type Request,
  type ResponseFor,
} from '../lib/messaging/protocol';
import { classifySender, type SenderInfo } from '../lib/messaging/sender';

type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>) => Promise<ResponseFor[K]> | ResponseFor[K] };

const handlers: Handlers = {
  analyze(req) {
    const truncated = req.text.length > MAX_TEXT_LENGTH;
    const text = truncated ? req.text.slice(0, MAX_TEXT_LENGTH) : req.text;
    return { ok: true, findings: analyze(text, { platform: req.site, surface: req.surface }, DEFAULT_ANALYZER_POLICY), truncated };
  },
};

export async function handleMessage(raw: unknown, sender: SenderInfo): Promise<ResponseFor[Request['type']] | ErrorResponse> {
  const kind = classifySender(sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  if (kind === 'foreign') return { ok: false, error: 'sender not allowed' };
  const req = parseRequest(raw);
  if ('error' in req) return { ok: false, error: req.error };
  if (!ALLOWED_SENDERS[req.type].includes(kind)) return { ok: false, error: `${req.type} not allowed from ${kind}` };
  try {
    return await handlers[req.type](req as never);
  } catch {
    return { ok: false, error: `${req.type} failed` };
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (typeof raw !== 'object' || raw === null || !('type' in raw)) return undefined;
    void handleMessage(raw, sender as SenderInfo).then(sendResponse);
    return true;
  });
});
