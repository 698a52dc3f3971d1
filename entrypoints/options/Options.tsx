/**
 * The options page: the whole policy, the allow- and deny-lists, the decision log as counts with
 * CSV export, and the policy as a JSON file (export, import, reset). Locked fields are shown as
 * managed by the organization. Every change goes through the background, which validates it.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../lib/analyzer/labels';
import { ActionSelect, Choice, ListEditor, LockNote, NumberField, Problems, Toggle } from '../../components/PolicyControls';
import { PatternByExample } from '../../components/PatternByExample';
import { FAMILY_LABELS, SENSITIVITY_LABELS, SITE_LABELS } from '../../components/policy-labels';
import { CATEGORIES, FAMILIES, familyOf } from '../../lib/analyzer/types';
import { send } from '../../lib/browser/client';
import { DECISIONS, type DecisionCountsResponse } from '../../lib/protocol';
import { applyResult, changePolicy, lastProblems, loadError, policyState, watchPolicy } from '../../lib/browser/page-state';
import { FIELD_BY_KEY, POLICY_SITES, SENSITIVITIES, TIME_PRECISIONS, type Sensitivity, type TimePrecision } from '../../lib/policy/schema';

const counts = signal<DecisionCountsResponse | null>(null);
const fileProblems = signal<string[]>([]);
const status = signal('');

const PRECISION_LABELS: Record<TimePrecision, { label: string; hint: string }> = {
  hour: { label: 'The hour', hint: 'e.g. 14:00 UTC' },
  day: { label: 'The day', hint: 'harder to match to a post' },
};

const DECISION_LABELS = { edited: 'Edited', 'posted-anyway': 'Posted anyway', dismissed: 'Dismissed', 'false-alarm': 'Reported as a false alarm' } as const;

async function loadCounts() {
  const res = await send({ type: 'getDecisionCounts' });
  counts.value = res.ok ? res : null;
}

/** Saves text as a file through a temporary link: no network, no downloads permission. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const today = () => new Date().toISOString().slice(0, 10);

function DecisionLog() {
  const st = policyState.value!;
  const c = counts.value;
  const locked = (k: string) => st.locked.includes(k);
  const logManaged = st.locked.some((k) => k.startsWith('decisionLog.'));
  const byCategory = new Map<string, Record<string, number>>();
  for (const row of c?.counts ?? []) {
    const r = byCategory.get(row.category) ?? {};
    r[row.decision] = row.count;
    byCategory.set(row.category, r);
  }
  return (
    <section aria-labelledby="log-h">
      <h2 id="log-h">Decision log</h2>
      <p class="hint">Counts of what happened after a warning, kept on this device. The log never holds what you wrote.</p>
      <Toggle id="log-enabled" label={FIELD_BY_KEY.get('decisionLog.enabled')!.title} checked={st.effective.decisionLog.enabled}
        locked={locked('decisionLog.enabled')} onChange={(on) => void changePolicy({ decisionLog: { enabled: on } })} />
      <NumberField fieldKey="decisionLog.retentionDays" label="Keep entries for (days)" value={st.effective.decisionLog.retentionDays}
        locked={locked('decisionLog.retentionDays')} onCommit={(n) => void changePolicy({ decisionLog: { retentionDays: n } }).then(loadCounts)} />
      <Choice<TimePrecision> id="log-precision" legend="Keep each entry’s time to" value={st.effective.decisionLog.timePrecision}
        locked={locked('decisionLog.timePrecision')} options={TIME_PRECISIONS.map((p) => ({ value: p, ...PRECISION_LABELS[p] }))}
        onChange={(p) => void changePolicy({ decisionLog: { timePrecision: p } })} />
      {c && c.total === 0 && <p data-log-empty="">No decisions recorded yet.</p>}
      {c && c.total > 0 && (
        <table data-decision-counts="">
          <caption class="sr-only">Decisions by category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {DECISIONS.map((d) => <th scope="col" class="num" key={d}>{DECISION_LABELS[d]}</th>)}
            </tr>
          </thead>
          <tbody>
            {[...byCategory.entries()].map(([cat, r]) => (
              <tr key={cat} data-category={cat}>
                <th scope="row">{CATEGORY_LABELS[cat as keyof typeof CATEGORY_LABELS]}</th>
                {DECISIONS.map((d) => <td class="num" key={d} data-decision={d}>{r[d] ?? 0}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row">
        <button type="button" onClick={async () => {
          const res = await send({ type: 'exportDecisionsCsv' });
          if (res.ok) download(`second-look-decisions-${today()}.csv`, 'text/csv', res.csv);
        }}>Export counts as CSV</button>
        <button type="button" disabled={logManaged} aria-describedby={logManaged ? 'log-clear-locked' : undefined} onClick={async () => {
          const res = await send({ type: 'clearDecisions' });
          await loadCounts();
          status.value = res.ok ? 'Decision log cleared.' : 'The decision log could not be cleared.';
        }}>Clear the log</button>
        {logManaged && <LockNote id="log-clear-locked" />}
      </div>
    </section>
  );
}

function PolicyFile() {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="file-h">
      <h2 id="file-h">Settings file</h2>
      <p class="hint">Export your settings as JSON, import them on another browser, or go back to the defaults. Settings managed by your organization are not changed.</p>
      <div class="row">
        <button type="button" onClick={async () => {
          const res = await send({ type: 'exportPolicy' });
          if (res.ok) download(`second-look-settings-${today()}.json`, 'application/json', res.json);
        }}>Export settings</button>
        <label for="import-file">Import settings</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={async (e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (!file) return;
          const res = await applyResult(await send({ type: 'importPolicy', json: await file.text() }));
          input.value = '';
          fileProblems.value = res ? [...res.problems, ...res.ignored.map((k) => `“${k}” is managed by your organization and was not imported.`)] : ['Import failed.'];
          status.value = res ? 'Settings imported.' : '';
        }} />
      </div>
      <div class="row">
        {!confirming && <button type="button" onClick={() => setConfirming(true)}>Reset to defaults…</button>}
        {confirming && (
          <>
            <span>Reset every setting you changed?</span>
            <button type="button" class="primary" onClick={async () => {
              await applyResult(await send({ type: 'resetPolicy' }));
              setConfirming(false);
              status.value = 'Settings reset to the defaults.';
            }}>Reset</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </>
        )}
      </div>
      <Problems problems={fileProblems.value} title="While importing:" />
    </section>
  );
}

/** Checks turned off on one site from a warning card, each with a way back (issue 13). */
function ChecksOff({ entries, locked }: { entries: readonly string[]; locked: boolean }) {
  return (
    <section aria-labelledby="off-h">
      <h2 id="off-h">Checks turned off on one site</h2>
      <p class="hint">Turned off from a warning with “Turn off on …”. Everything else is still checked on that site.</p>
      {locked && <LockNote id="off-locked" />}
      {entries.length === 0 && <p data-checks-off-empty="">None.</p>}
      {entries.length > 0 && (
        <ul data-checks-off="">
          {entries.map((entry) => {
            const [site, category] = entry.split(':') as [keyof typeof SITE_LABELS, keyof typeof CATEGORY_LABELS];
            const name = `${CATEGORY_LABELS[category]} on ${SITE_LABELS[site]}`;
            return (
              <li key={entry} data-entry={entry}>
                {name}{' '}
                <button type="button" disabled={locked} aria-label={`Turn ${name} back on`}
                  onClick={() => void changePolicy({ checksOff: { bySite: entries.filter((e) => e !== entry) } })}>Turn back on</button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function Options() {
  useEffect(() => {
    watchPolicy();
    void loadCounts();
  }, []);
  const st = policyState.value;
  if (!st) return <main><h1>Second Look settings</h1>{loadError.value ? <p class="problems" role="alert">{loadError.value}</p> : <p>Loading…</p>}</main>;
  const locked = (k: string) => st.locked.includes(k);
  const list = (key: string, label: string, hint: string) => {
    const [group, sub] = key.split('.') as ['allowList' | 'denyList' | 'checksOff', string];
    const value = (st.effective[group] as Record<string, string[]>)[sub] ?? [];
    // The list's own refusals are named beside it, not repeated in the page's problem list.
    return <ListEditor key={key} fieldKey={key} label={label} hint={hint} value={value} locked={locked(key)}
      refused={st.refused.filter((r) => r.key === key)}
      onSave={async (items) => void (await applyResult(await send({ type: 'setPolicy', change: { [group]: { [sub]: items } } })))} />;
  };
  const orgRefused = st.refused.filter((r) => r.setBy === 'organization').length;
  return (
    <main style={{ maxWidth: '760px', margin: '0 auto' }}>
      <h1>Second Look settings</h1>
      {st.locked.length > 0 && <p class="hint" data-managed-summary="">Some settings are managed by your organization and cannot be changed here.</p>}
      {orgRefused > 0 && (
        <p class="problems" data-org-refused-summary="">
          Your organization’s policy has {orgRefused === 1 ? 'an entry' : `${orgRefused} entries`} Second Look refused and does not check. Each is named below with the reason.
        </p>
      )}
      <div role="status" aria-live="polite" class="saved">{status.value}</div>
      <Problems problems={lastProblems.value} />

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites</h2>
        {POLICY_SITES.map((s) => (
          <Toggle key={s} id={`site-${s}`} label={`Check drafts on ${SITE_LABELS[s]}`} checked={st.effective.sites[s]} locked={locked(`sites.${s}`)}
            onChange={(on) => void changePolicy({ sites: { [s]: on } })} />
        ))}
      </section>

      <section aria-labelledby="general-h">
        <h2 id="general-h">How closely to check</h2>
        <Choice<Sensitivity> id="sensitivity" legend="Sensitivity" value={st.effective.sensitivity} locked={locked('sensitivity')}
          options={SENSITIVITIES.map((s) => ({ value: s, ...SENSITIVITY_LABELS[s] }))}
          onChange={(v) => void changePolicy({ sensitivity: v })} />
        <NumberField fieldKey="debounceMs" label="Check a draft this long after the last keystroke (ms)" value={st.effective.debounceMs}
          locked={locked('debounceMs')} onCommit={(n) => void changePolicy({ debounceMs: n })} />
        <Toggle id="photo-text" label="Read the text in attached photos" checked={st.effective.photoText} locked={locked('photoText')}
          hint="A wristband, a whiteboard or a chart in a photo is read on this device, with the OCR inside the extension; nothing of a photo is stored or sent."
          onChange={(on) => void changePolicy({ photoText: on })} />
      </section>

      <section aria-labelledby="actions-h">
        <h2 id="actions-h">What to do with each kind of problem</h2>
        <p class="hint">“Ask before posting” holds the Post button until you look; “Block posting” holds it until the draft is fixed.</p>
        {FAMILIES.map((fam) => (
          <fieldset key={fam}>
            <legend>{FAMILY_LABELS[fam]}</legend>
            {CATEGORIES.filter((c) => familyOf(c) === fam).map((c) => (
              <ActionSelect key={c} category={c} value={st.effective.actions[c]} locked={locked(`actions.${c}`)}
                onChange={(a) => void changePolicy({ actions: { [c]: a } })} />
            ))}
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="allow-h">
        <h2 id="allow-h">Never flag (allow-list)</h2>
        <p class="hint">Your own name and your practice’s public details are not patient information.</p>
        {list('allowList.names', 'Your names', 'Your name and your colleagues’ names as you sign posts, e.g. “Dr. Ada Lee”.')}
        {list('allowList.phones', 'Practice phone numbers', 'Public phone and fax numbers of your practice.')}
        {list('allowList.addresses', 'Practice addresses', 'Public street addresses of your practice.')}
        {list('allowList.websites', 'Practice websites', 'Your practice’s web addresses, e.g. example-clinic.org.')}
        {list('allowList.phrases', 'Always allowed', 'Words you chose to “Always allow” on a warning. They are never flagged by any check. Remove a line to be warned about them again.')}
      </section>

      <ChecksOff locked={locked('checksOff.bySite')} entries={st.effective.checksOff.bySite} />

      <section aria-labelledby="deny-h">
        <h2 id="deny-h">Always flag (deny-list)</h2>
        {list('denyList.facilities', 'Facility names', 'Names of your hospitals, clinics and units.')}
        <PatternByExample locked={locked('denyList.patterns')} existing={st.effective.denyList.patterns}
          onAdd={async (pattern) => void (await applyResult(await send({ type: 'setPolicy', change: { denyList: { patterns: [...st.effective.denyList.patterns, pattern] } } })))} />
        {list('denyList.patterns', 'Record-number formats', 'Your local MRN or account formats as patterns, e.g. MRN-\\d{7} or [A-Z]{2}\\d{6}. Use counted repeats like {6,8}; *, + and {n,} are refused so every check stays fast.')}
      </section>

      <DecisionLog />
      <PolicyFile />
      <footer>
        <p>
          <a href="/welcome.html">How Second Look works</a> · <a href="/audit.html">Audit past posts</a> · <a href="/privacy.html">Privacy policy</a>
        </p>
      </footer>
    </main>
  );
}
