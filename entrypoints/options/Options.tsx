/**
 * The options page: the whole policy, the allow- and deny-lists, the decision log as counts with
 * CSV export, and the policy as a JSON file (export, import, reset). Locked fields are shown as
 * managed by the organization. Every change goes through the background, which validates it.
 */
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { categoryLabel, plural, t, type MessageKey } from '../../lib/i18n';
import { ActionSelect, Choice, ListEditor, LockNote, NumberField, Problems, Toggle } from '../../components/PolicyControls';
import { PatternByExample } from '../../components/PatternByExample';
import { FAMILY_LABELS, SENSITIVITY_LABELS, SITE_LABELS, settingLabel } from '../../components/policy-labels';
import { CATEGORIES, FAMILIES, familyOf } from '../../lib/analyzer/types';
import { send } from '../../lib/browser/client';
import { DECISIONS, type DecisionCountsResponse } from '../../lib/protocol';
import { applyResult, changePolicy, lastProblems, loadError, policyState, watchPolicy } from '../../lib/browser/page-state';
import { POLICY_SITES, SENSITIVITIES, TIME_PRECISIONS, type Problem, type Sensitivity, type TimePrecision } from '../../lib/policy/schema';

const counts = signal<DecisionCountsResponse | null>(null);
const fileProblems = signal<(string | Problem)[]>([]);
const status = signal('');

const PRECISION_LABELS: Readonly<Record<TimePrecision, { label: string; hint: string }>> = {
  get hour() { return { label: t('opt_precisionHour'), hint: t('opt_precisionHourHint') }; },
  get day() { return { label: t('opt_precisionDay'), hint: t('opt_precisionDayHint') }; },
};

const DECISION_LABELS: Readonly<Record<(typeof DECISIONS)[number], MessageKey>> = { edited: 'opt_decEdited', 'posted-anyway': 'opt_decPostedAnyway', dismissed: 'opt_decDismissed', 'false-alarm': 'opt_decFalseAlarm' };

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
      <h2 id="log-h">{t('opt_logTitle')}</h2>
      <p class="hint">{t('opt_logHint')}</p>
      <Toggle id="log-enabled" label={settingLabel('decisionLog.enabled')} checked={st.effective.decisionLog.enabled}
        locked={locked('decisionLog.enabled')} onChange={(on) => void changePolicy({ decisionLog: { enabled: on } })} />
      <NumberField fieldKey="decisionLog.retentionDays" label={t('opt_logDays')} value={st.effective.decisionLog.retentionDays}
        locked={locked('decisionLog.retentionDays')} onCommit={(n) => void changePolicy({ decisionLog: { retentionDays: n } }).then(loadCounts)} />
      <Choice<TimePrecision> id="log-precision" legend={t('opt_logPrecision')} value={st.effective.decisionLog.timePrecision}
        locked={locked('decisionLog.timePrecision')} options={TIME_PRECISIONS.map((p) => ({ value: p, ...PRECISION_LABELS[p] }))}
        onChange={(p) => void changePolicy({ decisionLog: { timePrecision: p } })} />
      {c && c.total === 0 && <p data-log-empty="">{t('opt_logEmpty')}</p>}
      {c && c.total > 0 && (
        <table data-decision-counts="">
          <caption class="sr-only">{t('opt_logCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('opt_logCategory')}</th>
              {DECISIONS.map((d) => <th scope="col" class="num" key={d}>{t(DECISION_LABELS[d])}</th>)}
            </tr>
          </thead>
          <tbody>
            {[...byCategory.entries()].map(([cat, r]) => (
              <tr key={cat} data-category={cat}>
                <th scope="row">{categoryLabel(cat)}</th>
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
        }}>{t('opt_logExport')}</button>
        <button type="button" disabled={logManaged} aria-describedby={logManaged ? 'log-clear-locked' : undefined} onClick={async () => {
          const res = await send({ type: 'clearDecisions' });
          await loadCounts();
          status.value = res.ok ? t('opt_logCleared') : t('opt_logClearFailed');
        }}>{t('opt_logClear')}</button>
        {logManaged && <LockNote id="log-clear-locked" />}
      </div>
    </section>
  );
}

function PolicyFile() {
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="file-h">
      <h2 id="file-h">{t('opt_fileTitle')}</h2>
      <p class="hint">{t('opt_fileHint')}</p>
      <div class="row">
        <button type="button" onClick={async () => {
          const res = await send({ type: 'exportPolicy' });
          if (res.ok) download(`second-look-settings-${today()}.json`, 'application/json', res.json);
        }}>{t('opt_export')}</button>
        <label for="import-file">{t('opt_import')}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={async (e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (!file) return;
          const res = await applyResult(await send({ type: 'importPolicy', json: await file.text() }));
          input.value = '';
          fileProblems.value = res ? [...res.problems, ...res.ignored.map((k) => t('opt_importManaged', [k]))] : [t('opt_importFailed')];
          status.value = res ? t('opt_imported') : '';
        }} />
      </div>
      <div class="row">
        {!confirming && <button type="button" onClick={() => setConfirming(true)}>{t('opt_reset')}</button>}
        {confirming && (
          <>
            <span>{t('opt_resetConfirm')}</span>
            <button type="button" class="primary" onClick={async () => {
              await applyResult(await send({ type: 'resetPolicy' }));
              setConfirming(false);
              status.value = t('opt_resetDone');
            }}>{t('opt_resetButton')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('opt_cancel')}</button>
          </>
        )}
      </div>
      <Problems problems={fileProblems.value} title={t('opt_importing')} />
    </section>
  );
}

/** Checks turned off on one site from a warning card, each with a way back (issue 13). */
function ChecksOff({ entries, locked }: { entries: readonly string[]; locked: boolean }) {
  return (
    <section aria-labelledby="off-h">
      <h2 id="off-h">{t('opt_offTitle')}</h2>
      <p class="hint">{t('opt_offHint')}</p>
      {locked && <LockNote id="off-locked" />}
      {entries.length === 0 && <p data-checks-off-empty="">{t('opt_offNone')}</p>}
      {entries.length > 0 && (
        <ul data-checks-off="">
          {entries.map((entry) => {
            const [site, category] = entry.split(':') as [keyof typeof SITE_LABELS, string];
            const name = t('opt_offEntry', [categoryLabel(category), SITE_LABELS[site]]);
            return (
              <li key={entry} data-entry={entry}>
                {name}{' '}
                <button type="button" disabled={locked} aria-label={t('opt_turnBackOnAria', [name])}
                  onClick={() => void changePolicy({ checksOff: { bySite: entries.filter((e) => e !== entry) } })}>{t('opt_turnBackOn')}</button>
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
  if (!st) return <main><h1>{t('opt_title')}</h1>{loadError.value ? <p class="problems" role="alert">{loadError.value}</p> : <p>{t('opt_loading')}</p>}</main>;
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
      <h1>{t('opt_title')}</h1>
      {st.locked.length > 0 && <p class="hint" data-managed-summary="">{t('opt_managedSummary')}</p>}
      {orgRefused > 0 && (
        <p class="problems" data-org-refused-summary="">
          {plural(orgRefused, 'opt_orgRefused_one', 'opt_orgRefused_other')}
        </p>
      )}
      <div role="status" aria-live="polite" class="saved">{status.value}</div>
      <Problems problems={lastProblems.value} />

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('opt_sites')}</h2>
        {POLICY_SITES.map((s) => (
          <Toggle key={s} id={`site-${s}`} label={t('popup_checkOn', [SITE_LABELS[s]])} checked={st.effective.sites[s]} locked={locked(`sites.${s}`)}
            onChange={(on) => void changePolicy({ sites: { [s]: on } })} />
        ))}
      </section>

      <section aria-labelledby="general-h">
        <h2 id="general-h">{t('opt_howClosely')}</h2>
        <Choice<Sensitivity> id="sensitivity" legend={t('popup_sensitivity')} value={st.effective.sensitivity} locked={locked('sensitivity')}
          options={SENSITIVITIES.map((s) => ({ value: s, ...SENSITIVITY_LABELS[s] }))}
          onChange={(v) => void changePolicy({ sensitivity: v })} />
        <NumberField fieldKey="debounceMs" label={t('opt_debounce')} value={st.effective.debounceMs}
          locked={locked('debounceMs')} onCommit={(n) => void changePolicy({ debounceMs: n })} />
        <Toggle id="photo-text" label={t('opt_photoText')} checked={st.effective.photoText} locked={locked('photoText')}
          hint={t('opt_photoTextHint')}
          onChange={(on) => void changePolicy({ photoText: on })} />
      </section>

      <section aria-labelledby="actions-h">
        <h2 id="actions-h">{t('opt_actionsTitle')}</h2>
        <p class="hint">{t('opt_actionsHint')}</p>
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
        <h2 id="allow-h">{t('opt_allowTitle')}</h2>
        <p class="hint">{t('opt_allowHint')}</p>
        {list('allowList.names', t('opt_names'), t('opt_namesHint'))}
        {list('allowList.phones', t('opt_phones'), t('opt_phonesHint'))}
        {list('allowList.addresses', t('opt_addresses'), t('opt_addressesHint'))}
        {list('allowList.websites', t('opt_websites'), t('opt_websitesHint'))}
        {list('allowList.phrases', t('opt_phrases'), t('opt_phrasesHint'))}
      </section>

      <ChecksOff locked={locked('checksOff.bySite')} entries={st.effective.checksOff.bySite} />

      <section aria-labelledby="deny-h">
        <h2 id="deny-h">{t('opt_denyTitle')}</h2>
        {list('denyList.facilities', t('opt_facilities'), t('opt_facilitiesHint'))}
        <PatternByExample locked={locked('denyList.patterns')} existing={st.effective.denyList.patterns}
          onAdd={async (pattern) => void (await applyResult(await send({ type: 'setPolicy', change: { denyList: { patterns: [...st.effective.denyList.patterns, pattern] } } })))} />
        {list('denyList.patterns', t('opt_patterns'), t('opt_patternsHint'))}
      </section>

      <DecisionLog />
      <PolicyFile />
      <footer>
        <p>
          <a href="/welcome.html">{t('opt_howItWorks')}</a> · <a href="/audit.html">{t('opt_audit')}</a> · <a href="/privacy.html">{t('opt_privacy')}</a>
        </p>
      </footer>
    </main>
  );
}
