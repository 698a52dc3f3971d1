/**
 * The background worker's wiring: the only place drafts are analysed. It answers the typed
 * protocol in lib/protocol, after checking that the sender is this extension's own content
 * script or page. entrypoints/background.ts only calls `startBackground()`.
 * Privacy: the draft lives only in this function's memory; it is never stored, logged or sent.
 * The policy (lib/policy) lives in IndexedDB, opened here and in extension pages only.
 */
import { browser } from 'wxt/browser';
import { analyze, draftLanguage, RULE_IDS, warmUpSteps } from '../analyzer';
import { SecondLookDB } from './db';
import type { Resolved } from '../policy/resolve';
import { PolicyService } from './policy-service';
import {
  ALLOWED_SENDERS,
  MAX_CHECKED_LENGTH,
  parseRequest,
  type ErrorResponse,
  type Request,
  type ResponseFor,
  type TabMessage,
} from '../protocol';
import { classifySender, type SenderInfo } from '../protocol/sender';
// Photos (issue 16): read in the offscreen document, checked here.
import { flaggedBoxes, metadataKinds, summarizePhoto } from '../analyzer';
import { readPhotoText } from './ocr-host';

type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>) => Promise<ResponseFor[K]> | ResponseFor[K] };

let service: PolicyService | undefined;

/**
 * Tells every tab's content script to fetch fresh settings (tabs without it just refuse), and
 * open extension pages to reload the policy they show.
 */
function broadcastPolicyChanged(_resolved: Resolved): void {
  const message: TabMessage = { type: 'policyChanged' };
  browser.runtime.sendMessage(message).catch(() => undefined);
  void browser.tabs
    .query({})
    .then((tabs) => {
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      }
    })
    .catch(() => undefined);
}

/** The one policy service; created on first use so tests can reach handlers without main(). */
export function policyService(): PolicyService {
  service ??= new PolicyService({ db: new SecondLookDB(), onChange: broadcastPolicyChanged });
  return service;
}

/** Reads storage.managed; an error (Firefox with no policy, no schema) means "no managed policy". */
async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

/** How many checks this worker has started (the warm-up stops at the first). */
let checksStarted = 0;

/**
 * Runs the analyzer's warm-up steps one task at a time: a check that arrives meanwhile runs
 * between two steps instead of after all of them. A step that fails only leaves its set-up to
 * the first check.
 */
async function warmUp(): Promise<void> {
  for (const step of warmUpSteps()) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    // A real check has started: it sets up what it needs itself, and must not wait behind steps.
    if (checksStarted > 0) return;
    try {
      step();
    } catch {
      // nothing to do: the check itself sets up what it needs
    }
  }
}

const handlers: Handlers = {
  async analyze(req) {
    checksStarted++;
    const policy = policyService();
    await policy.ready;
    const site = policy.forSite(req.site);
    const settings = { enabled: site.enabled, debounceMs: site.debounceMs };
    if (!site.enabled) return { ok: true, findings: [], truncated: false, settings };
    const truncated = req.text.length > MAX_CHECKED_LENGTH;
    const text = truncated ? req.text.slice(0, MAX_CHECKED_LENGTH) : req.text;
    const otherLanguage = draftLanguage(text).other?.name;
    return { ok: true, findings: analyze(text, { platform: req.site, surface: req.surface }, site.policy), truncated, settings, ...(otherLanguage ? { otherLanguage } : {}) };
  },
  async warm() {
    // The settings first (the check awaits them), then the analyzer's set-up, step by step.
    void policyService().ready.then(warmUp, warmUp);
    return { ok: true };
  },
  async getPolicy() {
    const policy = policyService();
    await policy.ready;
    return policy.state();
  },
  setPolicy: (req) => policyService().setUser(req.change),
  resetPolicy: () => policyService().reset(),
  importPolicy: (req) => policyService().importJson(req.json),
  async exportPolicy() {
    return { ok: true, json: await policyService().exportJson() };
  },
  async logDecision(req) {
    // A reported rule is kept only when it is one of ours.
    const rule = req.rule && RULE_IDS.has(req.rule) ? req.rule : undefined;
    return { ok: true, recorded: await policyService().logDecision({ ...req, rule }) };
  },
  async answerFinding(req) {
    if ((req.answer === 'allow' || req.answer === 'disallow') && !req.text) return { ok: false, error: 'answerFinding: text must be 2–200 characters' };
    return policyService().answer(req);
  },
  getDecisionCounts: () => policyService().decisionCounts(),
  async exportDecisionsCsv() {
    return { ok: true, csv: await policyService().decisionsCsv() };
  },
  async clearDecisions() {
    return (await policyService().clearDecisions()) ? { ok: true } : { ok: false, error: 'the decision log is managed by your organization' };
  },
  /** A photo attached to a composer: its text read on this device, checked like a draft (issue 16). */
  async checkPhoto(req) {
    const policy = policyService();
    await policy.ready;
    const site = policy.forSite(req.site);
    if (!site.enabled || !site.photoText) return { ok: true, checked: false };
    let read: Awaited<ReturnType<typeof readPhotoText>>;
    try {
      read = await readPhotoText(req.image);
    } catch {
      return { ok: false, error: 'Second Look could not read this photo.' };
    }
    const text = read.text.slice(0, MAX_CHECKED_LENGTH);
    const findings = analyze(text, { platform: req.site, surface: req.surface, source: 'photo' }, site.policy);
    const result = summarizePhoto(text, findings);
    const metadata = metadataKinds(read.metadata);
    const boxes = result ? flaggedBoxes(result, read.words) : [];
    return { ok: true, checked: true, ...(result ? { result } : {}), ...(metadata ? { metadata } : {}), ...(boxes.length ? { boxes } : {}) };
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

/** Wires the worker's listeners; called once by entrypoints/background.ts. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (typeof raw !== 'object' || raw === null || !('type' in raw)) return undefined;
    void handleMessage(raw, sender as SenderInfo).then(sendResponse);
    return true;
  });
  // Managed policy: the first read takes ~3 s in Chromium, so it is not awaited; the service
  // starts from its cached copy. Chromium fires onChanged('managed') when the policy file changes.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readManaged().then((m) => policyService().setManaged(m));
  });
  const policy = policyService();
  void readManaged().then((m) => policy.setManaged(m));
  // A first install opens the welcome page (issue 13); an update or a browser restart does not.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
  });
  // The keyboard shortcut opens the card in the active tab's focused composer.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-card' || tab?.id === undefined) return;
    const message: TabMessage = { type: 'openCard' };
    browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}
