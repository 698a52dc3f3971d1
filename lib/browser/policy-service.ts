/**
 * The background's policy state: user settings (IndexedDB), the managed policy
 * (storage.managed, read by the caller and handed in), the effective policy and its locked keys,
 * and the decision log. Browser APIs are injected by entrypoints/background.ts, so this runs
 * unchanged in tests with fake-indexeddb.
 *
 * Start-up never waits for storage.managed (its first read takes ~3 s in Chromium): the last
 * managed policy seen is cached in IndexedDB, as read, and applies until the fresh read arrives.
 *
 * Refused list entries (an admin's or a user's deny-list pattern that is not provably linear-time,
 * a too-short name…) never vanish silently (issue 12): the organization's are recomputed from the
 * managed policy, the user's are kept beside their settings; state() reports both with reasons,
 * and exportJson() lists them. The valid entries of the same list apply regardless.
 */
import type { AnalyzerPolicy } from '../analyzer/policy';
import type { Site } from '../analyzer/types';
import type { AnswerRequest, AnswerResponse, DecisionCountsResponse, LogDecisionRequest, PolicyState, RefusedEntry } from '../protocol';
import type { SecondLookDB } from './db';
import { countDecisions, decisionRows, decisionsCsv, isDecisionRow } from './decisions';
import { DEFAULT_POLICY } from '../policy/defaults';
import { envelope, readPolicy } from '../policy/migrate';
import { applyUserChange, nextRefusals, resolve, siteEnabled, toAnalyzerPolicy, type Resolved } from '../policy/resolve';
import { checkOff, problem, validatePatch, type Policy, type PolicyPatch, type Problem, type Refusal } from '../policy/schema';

const DAY = 24 * 60 * 60 * 1000;
const PRUNE_EVERY = 60 * 60 * 1000;

export interface PolicyServiceOptions {
  db: SecondLookDB;
  /** Called after the effective policy changed (e.g. to tell every tab). */
  onChange?: (resolved: Resolved) => void;
  now?: () => number;
  defaults?: Policy;
}

export class PolicyService {
  private user: PolicyPatch = {};
  private managed: PolicyPatch = {};
  private managedRefused: Refusal[] = [];
  private userRefused: Refusal[] = [];
  private resolved: Resolved;
  /** The analyzer's policy per site (checks can be turned off on one site), made on first use after each change. */
  private analyzerPolicies = new Map<Site, AnalyzerPolicy>();
  private problems: Problem[] = [];
  private lastPrune = 0;
  private readonly db: SecondLookDB;
  private readonly now: () => number;
  private readonly defaults: Policy;
  /** Resolves once the user's settings and the cached managed policy are loaded. */
  readonly ready: Promise<void>;

  constructor(private readonly opts: PolicyServiceOptions) {
    this.db = opts.db;
    this.now = opts.now ?? Date.now;
    this.defaults = opts.defaults ?? DEFAULT_POLICY;
    this.resolved = resolve(this.defaults, {}, {});
    this.ready = this.load();
  }

  /**
   * Loads the stored state. This runs every time the MV3 worker wakes up, so it tells no one:
   * tabs already hold the settings of the worker's previous life. Only a managed policy that
   * arrived during loading and differs from the cached one counts as a change.
   */
  private async load(): Promise<void> {
    let changed = false;
    try {
      const [userRow, cacheRow] = await Promise.all([this.db.settings.get('user'), this.db.settings.get('managed-cache')]);
      const read = readPolicy(userRow?.value);
      this.user = read.envelope.policy;
      this.userRefused = read.refused;
      this.problems = read.problems;
      const cached = validatePatch(cacheRow?.value);
      // A fresh managed read may already have arrived; it wins over the cache.
      if (!this.managedFresh) [this.managed, this.managedRefused] = [cached.patch, cached.refused];
      else changed = JSON.stringify(this.managed) !== JSON.stringify(cached.patch);
    } catch {
      this.problems = [problem('settings-unreadable', 'Your settings could not be read; using the defaults.')];
    }
    this.loaded = true;
    this.recompute(changed ? 'notify' : 'silent');
    await this.prune().catch(() => undefined);
  }

  private loaded = false;

  private managedFresh = false;

  /**
   * Sets the managed policy (from storage.managed); persists it as read as the start-up cache,
   * so its refused entries are reported from the first moment of the next start too.
   */
  async setManaged(raw: unknown): Promise<void> {
    this.managedFresh = true;
    const r = validatePatch(raw);
    this.managed = r.patch;
    this.managedRefused = r.refused;
    this.recompute();
    await this.db.settings.put({ id: 'managed-cache', value: raw, updatedAt: this.now() }).catch(() => undefined);
  }

  private recompute(mode: 'notify-if-changed' | 'notify' | 'silent' = 'notify-if-changed'): void {
    const before = JSON.stringify(this.resolved);
    this.resolved = resolve(this.defaults, this.user, this.managed);
    this.analyzerPolicies = new Map();
    if (!this.loaded || mode === 'silent') return; // see load()
    if (mode === 'notify' || JSON.stringify(this.resolved) !== before) this.opts.onChange?.(this.resolved);
  }

  get effective(): Policy {
    return this.resolved.effective;
  }

  get locked(): readonly string[] {
    return this.resolved.locked;
  }

  /** The analyzer's policy and the site's settings, for one analyze request. */
  forSite(site: Site): { enabled: boolean; debounceMs: number; photoText: boolean; policy: AnalyzerPolicy } {
    const p = this.resolved.effective;
    let policy = this.analyzerPolicies.get(site);
    if (!policy) this.analyzerPolicies.set(site, (policy = toAnalyzerPolicy(p, site)));
    return { enabled: siteEnabled(p, site), debounceMs: p.debounceMs, photoText: p.photoText, policy };
  }

  /**
   * An answer given on a warning card (issue 13): always allow the flagged words, turn a check
   * off or on again on one site, or take an "Always allow" back. Refused, with the reason as a
   * code the card words (AnswerNotice), when the organization locked the list or the category's action.
   */
  async answer(req: AnswerRequest): Promise<AnswerResponse> {
    await this.ready;
    const locked = new Set(this.resolved.locked);
    const p = this.resolved.effective;
    if (req.answer === 'allow' || req.answer === 'disallow') {
      if (locked.has('allowList.phrases')) return { ok: true, applied: false, notice: 'allow-locked' };
      const text = req.text ?? '';
      const current = this.user.allowList?.phrases ?? [];
      const phrases = req.answer === 'allow' ? [...current.filter((x) => x !== text), text] : current.filter((x) => x !== text);
      const max = 200;
      if (phrases.length > max) return { ok: true, applied: false, notice: 'allow-full', max };
      const r = await this.setUser({ allowList: { phrases } });
      const applied = r.problems.length === 0;
      // A refusal here would be the settings' own validation (the protocol already checked the words).
      return { ok: true, applied, notice: applied ? (req.answer === 'allow' ? 'allowed' : 'disallowed') : 'not-saved' };
    }
    const site = req.site;
    if (site === 'other') return { ok: true, applied: false, notice: 'unknown-site' };
    if (locked.has('checksOff.bySite') || locked.has(`actions.${req.category}`)) {
      return { ok: true, applied: false, notice: 'check-locked' };
    }
    const entry = checkOff(site, req.category);
    const current = this.user.checksOff?.bySite ?? p.checksOff.bySite;
    const bySite = req.answer === 'turn-off' ? [...current.filter((x) => x !== entry), entry] : current.filter((x) => x !== entry);
    await this.setUser({ checksOff: { bySite } });
    return { ok: true, applied: true, notice: req.answer === 'turn-off' ? 'turned-off' : 'turned-on' };
  }

  state(extra: { problems?: Problem[]; ignored?: string[] } = {}): PolicyState {
    return {
      ok: true,
      effective: this.resolved.effective,
      user: this.user,
      locked: [...this.resolved.locked],
      problems: extra.problems ?? this.problems,
      ignored: extra.ignored ?? [],
      refused: this.refused(),
    };
  }

  /** The organization's refused entries, then the user's for lists the organization leaves open. */
  private refused(): RefusedEntry[] {
    const locked = new Set(this.resolved.locked);
    return [
      ...this.managedRefused.map((r) => ({ ...r, setBy: 'organization' as const })),
      ...this.userRefused.filter((r) => !locked.has(r.key)).map((r) => ({ ...r, setBy: 'you' as const })),
    ];
  }

  private async saveUser(user: PolicyPatch, refused: Refusal[]): Promise<void> {
    await this.db.settings.put({ id: 'user', value: envelope(user, refused), updatedAt: this.now() });
    this.user = user;
    this.userRefused = refused;
    this.problems = [];
    this.recompute();
  }

  /** A user's change: validated, locked keys ignored, saved, applied. */
  async setUser(change: unknown): Promise<PolicyState> {
    await this.ready;
    const r = applyUserChange(this.user, change, this.resolved.locked);
    await this.saveUser(r.user, nextRefusals(this.userRefused, r));
    await this.prune().catch(() => undefined);
    return this.state({ problems: r.problems, ignored: r.ignored });
  }

  async reset(): Promise<PolicyState> {
    await this.ready;
    await this.saveUser({}, []);
    return this.state();
  }

  /** Replaces the user's settings with an imported file (any known version); locked keys are left out. */
  async importJson(json: string): Promise<PolicyState> {
    await this.ready;
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return this.state({ problems: [problem('file-not-json', 'That file is not valid JSON; nothing was changed.')] });
    }
    const read = readPolicy(raw);
    const r = applyUserChange({}, read.envelope.policy, this.resolved.locked);
    const locked = new Set(this.resolved.locked);
    await this.saveUser(r.user, read.refused.filter((x) => !locked.has(x.key)));
    return this.state({ problems: [...read.problems, ...r.problems], ignored: r.ignored });
  }

  /** The user's settings as a file; refused entries (the user's and the organization's) are listed with their reasons. */
  async exportJson(): Promise<string> {
    await this.ready;
    const refused = this.refused().map((r) => ({ setting: r.key, entry: r.entry, reason: r.reason, setBy: r.setBy }));
    return `${JSON.stringify(envelope(this.user, refused), null, 2)}\n`;
  }

  /** Records one decision (one row per category) unless the policy keeps no log. */
  async logDecision(req: LogDecisionRequest): Promise<boolean> {
    await this.ready;
    if (!this.resolved.effective.decisionLog.enabled) return false;
    await this.db.decisions.bulkAdd(decisionRows(req, this.now(), this.resolved.effective.decisionLog.timePrecision));
    if (this.now() - this.lastPrune > PRUNE_EVERY) await this.prune();
    return true;
  }

  /** Deletes decisions older than the retention period. */
  async prune(): Promise<number> {
    this.lastPrune = this.now();
    const cutoff = this.now() - this.resolved.effective.decisionLog.retentionDays * DAY;
    return this.db.decisions.where('time').below(cutoff).delete();
  }

  private async rows() {
    await this.ready;
    await this.prune();
    return (await this.db.decisions.toArray()).filter(isDecisionRow);
  }

  async decisionCounts(): Promise<DecisionCountsResponse> {
    const rows = await this.rows();
    const log = this.resolved.effective.decisionLog;
    return { ok: true, counts: countDecisions(rows), total: rows.length, enabled: log.enabled, retentionDays: log.retentionDays };
  }

  async decisionsCsv(): Promise<string> {
    return decisionsCsv(await this.rows(), this.resolved.effective.decisionLog.timePrecision);
  }

  /** Whether the user may clear the log: not when the organization manages the log. */
  get logManaged(): boolean {
    return this.resolved.locked.some((k) => k.startsWith('decisionLog.'));
  }

  /** Clears the log; refused (false) when the organization manages it. */
  async clearDecisions(): Promise<boolean> {
    await this.ready;
    if (this.logManaged) return false;
    await this.db.decisions.clear();
    return true;
  }
}
