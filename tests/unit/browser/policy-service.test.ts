/**
 * Glue tests: the background's policy service and message handlers against fake-indexeddb and
 * WXT's fake browser. They check locked-key enforcement, that the decision log holds no text,
 * the CSV export, and that the analyze handler follows the effective policy.
 */
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_NAME, SecondLookDB } from '../../../lib/browser/db';
import { PolicyService } from '../../../lib/browser/policy-service';

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const tab = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 1 } };

/** Every string stored anywhere in an IndexedDB database, recursively. */
async function dumpDb(name: string): Promise<string> {
  const db = new Dexie(name);
  await db.open();
  const out: unknown[] = [];
  for (const table of db.tables) out.push(table.name, await table.toArray());
  db.close();
  return JSON.stringify(out);
}

describe('PolicyService', () => {
  let n = 0;
  const fresh = (now = () => Date.UTC(2026, 10, 20, 12)) => {
    const db = new SecondLookDB(`unit-${++n}-${Math.random()}`);
    return { db, service: new PolicyService({ db, now }) };
  };

  it('persists user settings and reads them back on a new start', async () => {
    const { db, service } = fresh();
    await service.setUser({ sensitivity: 'high', sites: { x: false } });
    const again = new PolicyService({ db });
    await again.ready;
    expect(again.effective.sensitivity).toBe('high');
    expect(again.forSite('x').enabled).toBe(false);
  });

  it('repairs broken stored settings without losing the good parts', async () => {
    const { db } = fresh();
    await db.settings.put({ id: 'user', value: { format: 'second-look-policy', version: 1, policy: { sensitivity: 'loud', debounceMs: 700 } }, updatedAt: 0 });
    const s = new PolicyService({ db });
    await s.ready;
    expect(s.effective.debounceMs).toBe(700);
    expect(s.effective.sensitivity).toBe('balanced');
    expect(s.state().problems.map((p) => p.reason).join(' ')).toMatch(/loud/);
  });

  it('a managed key is locked: user changes to it are ignored and reported', async () => {
    const { service } = fresh();
    await service.ready;
    await service.setManaged({ actions: { 'phi.ssn': 'block' }, sensitivity: 'high' });
    const st = await service.setUser({ actions: { 'phi.ssn': 'off', 'phi.email': 'inform' }, sensitivity: 'low' });
    expect(st.ignored.sort()).toEqual(['actions.phi.ssn', 'sensitivity']);
    expect(st.effective.actions['phi.ssn']).toBe('block');
    expect(st.effective.actions['phi.email']).toBe('inform');
    expect(st.locked).toContain('actions.phi.ssn');
    // Removing the managed policy unlocks it; the user's refused change was never stored.
    await service.setManaged({});
    expect(service.effective.actions['phi.ssn']).toBe('confirm');
    expect(service.locked).toEqual([]);
  });

  it('names the organization’s refused patterns with the reason, applies the valid ones, and remembers them across a restart', async () => {
    const { db, service } = fresh();
    await service.ready;
    await service.setManaged({ denyList: { patterns: ['RGH-\\d{7}', '(\\d+)+x'] } });
    expect(service.effective.denyList.patterns).toEqual(['RGH-\\d{7}']);
    expect(service.locked).toContain('denyList.patterns');
    expect(service.state().refused).toEqual([
      { key: 'denyList.patterns', entry: '(\\d+)+x', reason: expect.stringMatching(/counted repeat/), code: 'open-repeat', setBy: 'organization' },
    ]);
    // The next worker start reads the cached managed policy: the refusal is there before storage.managed answers.
    const again = new PolicyService({ db });
    await again.ready;
    expect(again.state().refused.map((r) => [r.entry, r.setBy])).toEqual([['(\\d+)+x', 'organization']]);
    expect(again.effective.denyList.patterns).toEqual(['RGH-\\d{7}']);
  });

  it('keeps the user’s valid lines, names the refused ones, lists both in the export, and imports them back', async () => {
    const { db, service } = fresh();
    await service.setManaged({ denyList: { facilities: ['ER'] } });
    const st = await service.setUser({ denyList: { patterns: ['MRN-\\d{7}', 'a*b', '[A-Z]{2}\\d{6}'] } });
    expect(st.effective.denyList.patterns).toEqual(['MRN-\\d{7}', '[A-Z]{2}\\d{6}']);
    expect(st.refused.map((r) => [r.key, r.entry, r.setBy])).toEqual([
      ['denyList.facilities', 'ER', 'organization'],
      ['denyList.patterns', 'a*b', 'you'],
    ]);
    // Stored beside the settings: a restart still names it.
    const restarted = new PolicyService({ db });
    await restarted.ready;
    expect(restarted.state().refused.filter((r) => r.setBy === 'you').map((r) => r.entry)).toEqual(['a*b']);

    const file = JSON.parse(await service.exportJson());
    expect(file.policy).toEqual({ denyList: { patterns: ['MRN-\\d{7}', '[A-Z]{2}\\d{6}'] } });
    expect(file.refused).toEqual([
      { setting: 'denyList.facilities', entry: 'ER', reason: 'entries must be 3–200 characters.', setBy: 'organization' },
      { setting: 'denyList.patterns', entry: 'a*b', reason: expect.stringMatching(/counted repeat/), setBy: 'you' },
    ]);

    // Fixing the list clears its refusal; importing the export brings the user's back (not the organization's).
    expect((await service.setUser({ denyList: { patterns: ['MRN-\\d{7}'] } })).refused.filter((r) => r.setBy === 'you')).toEqual([]);
    const imported = await service.importJson(JSON.stringify(file));
    expect(imported.effective.denyList.patterns).toEqual(['MRN-\\d{7}', '[A-Z]{2}\\d{6}']);
    expect(imported.refused.map((r) => [r.entry, r.setBy])).toEqual([['ER', 'organization'], ['a*b', 'you']]);
    expect((await service.reset()).refused.map((r) => r.setBy)).toEqual(['organization']);
  });

  it('tells others about real changes only, not about every worker wake-up', async () => {
    const { db, service } = fresh();
    await service.setUser({ sensitivity: 'high' });
    await service.setManaged({ sites: { x: false } });
    const onChange = vi.fn();
    const next = new PolicyService({ db, onChange });
    await next.ready;
    await next.setManaged({ sites: { x: false } }); // same as cached
    expect(onChange).not.toHaveBeenCalled();
    await next.setManaged({ sites: { x: true } });
    expect(onChange).toHaveBeenCalledTimes(1);
    await next.setUser({ debounceMs: 800 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('uses the cached managed policy at start-up, before storage.managed answers', async () => {
    const { db, service } = fresh();
    await service.ready;
    await service.setManaged({ sites: { facebook: false } });
    const next = new PolicyService({ db });
    await next.ready;
    expect(next.forSite('facebook').enabled).toBe(false);
    expect(next.locked).toEqual(['sites.facebook']);
  });

  it('import ignores locked keys and accepts a bare managed-policy object', async () => {
    const { service } = fresh();
    await service.ready;
    await service.setManaged({ sensitivity: 'high' });
    const st = await service.importJson(JSON.stringify({ sensitivity: 'low', debounceMs: 900 }));
    expect(st.ignored).toEqual(['sensitivity']);
    expect(st.effective.debounceMs).toBe(900);
    expect(JSON.parse(await service.exportJson())).toEqual({ format: 'second-look-policy', version: 1, policy: { debounceMs: 900 } });
    const bad = await service.importJson('{not json');
    expect(bad.problems[0]?.reason).toMatch(/not valid JSON/);
    expect(service.effective.debounceMs).toBe(900);
  });

  it('prunes decisions older than the retention period', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { db, service } = fresh(() => now);
    await service.setUser({ decisionLog: { retentionDays: 7 } });
    await service.logDecision({ type: 'logDecision', categories: ['phi.ssn'], action: 'confirm', decision: 'edited', site: 'x', surface: 'post' });
    now += 8 * 24 * 3600 * 1000;
    await service.logDecision({ type: 'logDecision', categories: ['phi.email'], action: 'warn', decision: 'dismissed', site: 'x', surface: 'post' });
    const counts = await service.decisionCounts();
    expect(counts.total).toBe(1);
    expect(counts.counts).toEqual([{ category: 'phi.email', decision: 'dismissed', count: 1 }]);
    expect(await db.decisions.count()).toBe(1);
  });

  it('a user cannot clear a log the organization manages', async () => {
    const { db, service } = fresh();
    await service.logDecision({ type: 'logDecision', categories: ['phi.ssn'], action: 'confirm', decision: 'posted-anyway', site: 'x', surface: 'post' });
    await service.setManaged({ decisionLog: { enabled: true } });
    expect(await service.clearDecisions()).toBe(false);
    expect(await db.decisions.count()).toBe(1);
    await service.setManaged({});
    expect(await service.clearDecisions()).toBe(true);
    expect(await db.decisions.count()).toBe(0);
  });

  it('keeps each decision’s time only to the hour by default, or the day when the policy says so', async () => {
    let now = Date.UTC(2026, 10, 20, 14, 37, 12, 345);
    const { db, service } = fresh(() => now);
    const log = () => service.logDecision({ type: 'logDecision', categories: ['phi.ssn'], action: 'confirm', decision: 'edited', site: 'x', surface: 'post' });
    await log();
    expect((await db.decisions.toArray()).map((r) => r.time)).toEqual([Date.UTC(2026, 10, 20, 14)]);
    expect((await service.decisionsCsv()).split('\r\n')[1]).toBe('2026-11-20T14:00Z,x,post,phi.ssn,confirm,edited,,1');

    await service.setManaged({ decisionLog: { timePrecision: 'day' } });
    now = Date.UTC(2026, 10, 20, 23, 59, 59, 999);
    await log();
    expect((await db.decisions.toArray()).map((r) => r.time)).toEqual([Date.UTC(2026, 10, 20, 14), Date.UTC(2026, 10, 20)]);
    // The CSV never shows more than the policy allows, even for rows written under a finer one.
    expect((await service.decisionsCsv()).split('\r\n')).toEqual(['time,site,surface,category,action,decision,rule,count', '2026-11-20,x,post,phi.ssn,confirm,edited,,2', '']);
  });

  it('rounds an old row’s millisecond time when exporting', async () => {
    const { db, service } = fresh();
    await db.decisions.add({ time: Date.UTC(2026, 10, 20, 9, 5, 1, 7), category: 'phi.ssn', action: 'warn', decision: 'dismissed', site: 'facebook', surface: 'comment' });
    expect(await service.decisionsCsv()).toContain('\r\n2026-11-20T09:00Z,facebook,comment,phi.ssn,warn,dismissed,,1\r\n');
  });

  it('records nothing when the decision log is off', async () => {
    const { db, service } = fresh();
    await service.setUser({ decisionLog: { enabled: false } });
    expect(await service.logDecision({ type: 'logDecision', categories: ['phi.ssn'], action: 'confirm', decision: 'posted-anyway', site: 'x', surface: 'post' })).toBe(false);
    expect(await db.decisions.count()).toBe(0);
  });
});

describe('background handlers', () => {
  let handleMessage: typeof import('../../../lib/browser/background').handleMessage;
  let policyService: typeof import('../../../lib/browser/background').policyService;
  beforeEach(async () => {
    fakeBrowser.reset();
    await Dexie.delete(DB_NAME);
    vi.resetModules(); // a fresh background module: a fresh policy service
    ({ handleMessage, policyService } = await import('../../../lib/browser/background'));
  });

  it('refuses page-only requests from a content script and content-only requests from a page', async () => {
    expect(await handleMessage({ type: 'setPolicy', change: { sensitivity: 'low' } }, tab)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'exportDecisionsCsv' }, tab)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'logDecision', categories: ['phi.ssn'], action: 'warn', decision: 'edited', site: 'x', surface: 'post' }, page())).toMatchObject({ ok: false });
  });

  it('the decision log and CSV hold counts, never the draft text', async () => {
    const secret = 'Jane Q. Doe SSN 219-09-9999 jane.doe@example.com';
    const analyzed = await handleMessage({ type: 'analyze', text: secret, site: 'x', surface: 'post' }, tab);
    expect(analyzed).toMatchObject({ ok: true, settings: { enabled: true, debounceMs: 300 } });
    for (const decision of ['edited', 'posted-anyway', 'dismissed', 'edited']) {
      // Extra fields a compromised page might smuggle in are dropped at the boundary.
      const r = await handleMessage({ type: 'logDecision', categories: ['phi.ssn', 'phi.email'], action: 'confirm', decision, site: 'x', surface: 'post', text: secret, quote: '219-09-9999' }, tab);
      expect(r).toEqual({ ok: true, recorded: true });
    }
    const counts = await handleMessage({ type: 'getDecisionCounts' }, page());
    expect(counts).toMatchObject({ ok: true, total: 8, enabled: true });
    const csv = (await handleMessage({ type: 'exportDecisionsCsv' }, page())) as { csv: string };
    const lines = csv.csv.trim().split('\r\n');
    expect(lines[0]).toBe('time,site,surface,category,action,decision,rule,count');
    expect(lines).toContainEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:00Z,x,post,phi\.ssn,confirm,edited,,2$/));
    expect(lines).toHaveLength(7);
    const dump = await dumpDb(DB_NAME);
    for (const piece of ['Jane', 'Doe', '219-09-9999', '219099999', 'jane.doe', 'example.com']) {
      expect(dump).not.toContain(piece);
      expect(csv.csv).not.toContain(piece);
    }
  });

  it('analyze follows the effective policy: disabled sites get no findings, allow-list applies', async () => {
    const set = await handleMessage({ type: 'setPolicy', change: { sites: { linkedin: false }, allowList: { phones: ['415 555 0100'] }, debounceMs: 450 } }, page());
    expect(set).toMatchObject({ ok: true, ignored: [] });
    const off = await handleMessage({ type: 'analyze', text: 'SSN 219-09-9999', site: 'linkedin', surface: 'post' }, tab);
    expect(off).toEqual({ ok: true, findings: [], truncated: false, settings: { enabled: false, debounceMs: 450 } });
    const on = (await handleMessage({ type: 'analyze', text: 'Call 415-555-0100. SSN 219-09-9999', site: 'x', surface: 'post' }, tab)) as { findings: { category: string }[] };
    expect(on.findings.map((f) => f.category)).toEqual(['phi.ssn']);
  });

  it('checkPhoto: content scripts only, a data: URL of an image only, nothing read when photoText is off (issue 16)', async () => {
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    expect(await handleMessage({ type: 'checkPhoto', image, site: 'x', surface: 'post' }, page())).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'checkPhoto', image: 'https://example.com/a.png', site: 'x', surface: 'post' }, tab)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'checkPhoto', image: 'data:text/html;base64,PGI+', site: 'x', surface: 'post' }, tab)).toMatchObject({ ok: false });
    // No offscreen API here: the photo cannot be read, and the answer says so without throwing.
    expect(await handleMessage({ type: 'checkPhoto', image, site: 'x', surface: 'post' }, tab)).toEqual({ ok: false, error: 'Second Look could not read this photo.' });
    await handleMessage({ type: 'setPolicy', change: { photoText: false } }, page());
    expect(await handleMessage({ type: 'checkPhoto', image, site: 'x', surface: 'post' }, tab)).toEqual({ ok: true, checked: false });
  });

  describe('answers from a warning card (issue 13)', () => {
    const ssn = 'Call me. SSN 219-09-9999, seen 3/14';
    const categories = async (site: string) =>
      ((await handleMessage({ type: 'analyze', text: ssn, site, surface: 'post' }, tab)) as { findings: { category: string }[] }).findings.map((f) => f.category);

    it('"Turn off" mutes a check on that site only, survives a restart, and "turn-on" undoes it', async () => {
      expect(await categories('x')).toContain('phi.ssn');
      const off = await handleMessage({ type: 'answerFinding', answer: 'turn-off', category: 'phi.ssn', site: 'x' }, tab);
      expect(off).toMatchObject({ ok: true, applied: true });
      expect(await categories('x')).not.toContain('phi.ssn');
      expect(await categories('facebook')).toContain('phi.ssn');
      vi.resetModules();
      ({ handleMessage, policyService } = await import('../../../lib/browser/background'));
      expect(await categories('x')).not.toContain('phi.ssn');
      expect((await handleMessage({ type: 'getPolicy' }, page()) as { effective: { checksOff: { bySite: string[] } } }).effective.checksOff.bySite).toEqual(['x:phi.ssn']);
      await handleMessage({ type: 'answerFinding', answer: 'turn-on', category: 'phi.ssn', site: 'x' }, tab);
      expect(await categories('x')).toContain('phi.ssn');
    });

    it('"Always allow" keeps only the flagged words, for every family, and "disallow" takes them back', async () => {
      const r = await handleMessage({ type: 'answerFinding', answer: 'allow', category: 'phi.ssn', site: 'x', text: ' 219-09-9999 ' }, tab);
      expect(r).toMatchObject({ ok: true, applied: true });
      expect(await categories('facebook')).not.toContain('phi.ssn');
      const dump = await dumpDb(DB_NAME);
      expect(dump).toContain('219-09-9999');
      for (const piece of ['Call me', '3/14']) expect(dump).not.toContain(piece);
      await handleMessage({ type: 'answerFinding', answer: 'disallow', category: 'phi.ssn', site: 'x', text: '219-09-9999' }, tab);
      expect(await categories('facebook')).toContain('phi.ssn');
      // Misinformation too: an allowed phrase is never flagged by any check.
      const myth = 'Vaccines cause autism.';
      const before = ((await handleMessage({ type: 'analyze', text: myth, site: 'x', surface: 'post' }, tab)) as { findings: { start: number; end: number }[] }).findings;
      expect(before.length).toBeGreaterThan(0);
      const words = myth.slice(before[0]!.start, before[0]!.end);
      await handleMessage({ type: 'answerFinding', answer: 'allow', category: 'misinfo.known-myth', site: 'x', text: words }, tab);
      const after = ((await handleMessage({ type: 'analyze', text: myth, site: 'x', surface: 'post' }, tab)) as { findings: { start: number; end: number }[] }).findings;
      expect(after.some((f) => myth.slice(f.start, f.end) === words)).toBe(false);
    });

    it('refuses, saying why, what the organization manages; refuses malformed answers', async () => {
      await policyService().ready;
      await policyService().setManaged({ actions: { 'phi.ssn': 'block' }, allowList: { phrases: [] } });
      const off = await handleMessage({ type: 'answerFinding', answer: 'turn-off', category: 'phi.ssn', site: 'x' }, tab);
      expect(off).toMatchObject({ ok: true, applied: false, notice: 'check-locked' });
      const allow = await handleMessage({ type: 'answerFinding', answer: 'allow', category: 'phi.ssn', site: 'x', text: '219-09-9999' }, tab);
      expect(allow).toMatchObject({ ok: true, applied: false, notice: 'allow-locked' });
      expect(await categories('x')).toContain('phi.ssn');
      expect(await handleMessage({ type: 'answerFinding', answer: 'allow', category: 'phi.ssn', site: 'x' }, tab)).toMatchObject({ ok: false });
      expect(await handleMessage({ type: 'answerFinding', answer: 'turn-off', category: 'phi.ssn', site: 'x' }, page())).toMatchObject({ ok: false });
      expect(await handleMessage({ type: 'answerFinding', answer: 'turn-off', category: 'phi.nope', site: 'x' }, tab)).toMatchObject({ ok: false });
    });

    it('"Report false alarm" logs the rule id (only a real one), never text, and the CSV carries it', async () => {
      for (const rule of ['phi.date', 'Jane Doe', 'phi.jane-doe']) {
        await handleMessage({ type: 'logDecision', categories: ['phi.date'], action: 'warn', decision: 'false-alarm', site: 'x', surface: 'post', rule }, tab);
      }
      const csv = ((await handleMessage({ type: 'exportDecisionsCsv' }, page())) as { csv: string }).csv;
      expect(csv).toMatch(/,x,post,phi\.date,warn,false-alarm,phi\.date,1\r\n/);
      expect(csv).toMatch(/,x,post,phi\.date,warn,false-alarm,,1\r\n/); // 'phi.jane-doe' is no rule of ours: kept without it
      expect(csv).not.toMatch(/jane/i);
      expect(await dumpDb(DB_NAME)).not.toMatch(/jane/i);
    });
  });

  it('tells every tab when the effective policy changes', async () => {
    await policyService().ready;
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 8 }] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (id: number, msg: unknown) => {
      sent.push([id, msg]);
      if (id === 8) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await handleMessage({ type: 'setPolicy', change: { sensitivity: 'high' } }, page());
    await vi.waitFor(() => expect(sent).toEqual([[7, { type: 'policyChanged' }], [8, { type: 'policyChanged' }]]));
  });
});
