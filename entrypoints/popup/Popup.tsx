/**
 * The popup: is Second Look checking this site, what is in the focused draft, and the main
 * switches (this site, sensitivity, the three groups of checks). Locked switches say they are
 * managed by the organization. Everything else is on the options page.
 */
import { computed, signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { categoryLabel, t } from '../../lib/i18n';
import { Choice, LockNote, Problems, Toggle } from '../../components/PolicyControls';
import { FAMILY_LABELS, SENSITIVITY_LABELS, SITE_LABELS } from '../../components/policy-labels';
import { CATEGORIES, FAMILIES, familyOf, type Category, type Family } from '../../lib/analyzer/types';
import { draftStatus } from '../../lib/browser/client';
import { openAuditPage, openOptionsPage, targetTab } from '../../lib/browser/tabs';
import type { DraftStatusResponse } from '../../lib/protocol';
import { changePolicy, lastProblems, loadError, policyState, watchPolicy } from '../../lib/browser/page-state';
import { POLICY_SITES, SENSITIVITIES, type PolicySite, type Sensitivity } from '../../lib/policy/schema';
import { siteForHost } from '../../lib/sites';

/** undefined: still asking; null: no content script answered. */
const draft = signal<DraftStatusResponse | null | undefined>(undefined);
const tabSite = signal<PolicySite | null>(null);


async function loadDraft(): Promise<void> {
  const tab = await targetTab(location.search).catch(() => null);
  if (!tab) {
    draft.value = null;
    return;
  }
  let site: string | null;
  try {
    site = tab.url ? siteForHost(new URL(tab.url).hostname) : null;
  } catch {
    site = null;
  }
  const status = await draftStatus(tab.id);
  draft.value = status;
  const s = status?.site ?? site;
  tabSite.value = (POLICY_SITES as readonly string[]).includes(s ?? '') ? (s as PolicySite) : null;
}

const familyState = computed(() => {
  const st = policyState.value;
  const out = {} as Record<Family, { on: boolean; allLocked: boolean; someLocked: boolean; cats: Category[] }>;
  for (const fam of FAMILIES) {
    const cats = CATEGORIES.filter((c) => familyOf(c) === fam);
    const locked = cats.filter((c) => st?.locked.includes(`actions.${c}`));
    out[fam] = {
      on: !!st && cats.some((c) => st.effective.actions[c] !== 'off'),
      allLocked: locked.length === cats.length,
      someLocked: locked.length > 0 && locked.length < cats.length,
      cats,
    };
  }
  return out;
});

function setFamily(fam: Family, on: boolean) {
  const st = policyState.value;
  if (!st) return;
  const actions: Record<string, string | null> = {};
  for (const c of familyState.value[fam].cats) {
    if (st.locked.includes(`actions.${c}`)) continue;
    actions[c] = on ? null : 'off'; // on: back to the default action for each category
  }
  void changePolicy({ actions });
}

function DraftSummary() {
  const d = draft.value;
  if (d === undefined) return <p class="muted">{t('popup_looking')}</p>;
  if (d === null) {
    return (
      <p class="muted" data-draft-status="none">
        {t('popup_noPage')}
      </p>
    );
  }
  const entries = Object.entries(d.counts).filter(([, n]) => (n ?? 0) > 0) as [Category, number][];
  if (!d.surface) return <p class="muted" data-draft-status="no-draft">{t('popup_noDraft')}</p>;
  return (
    <div data-draft-status="draft">
      {entries.length === 0 ? (
        <p>{t('popup_nothingFound')}</p>
      ) : (
        <>
          <p>{t('popup_inDraft')}</p>
          <ul class="counts">
            {entries.map(([c, n]) => <li key={c} data-category={c}>{categoryLabel(c)}: {n}</li>)}
          </ul>
        </>
      )}
      {d.limited && <p class="hint">{t('popup_limited')}</p>}
    </div>
  );
}

export function Popup() {
  useEffect(() => {
    watchPolicy();
    void loadDraft();
  }, []);
  const st = policyState.value;
  const site = tabSite.value;
  const siteLocked = !!site && !!st?.locked.includes(`sites.${site}`);
  const siteOn = !!site && !!st?.effective.sites[site];
  const sensLocked = !!st?.locked.includes('sensitivity');
  return (
    <main style={{ width: '340px' }}>
      <h1>{t('extName')}</h1>
      {loadError.value && <p class="problems" role="alert">{loadError.value}</p>}
      <section aria-labelledby="page-h">
        <h2 id="page-h">{site ? SITE_LABELS[site] : t('popup_thisPage')}</h2>
        {site && st && (
          <p data-site-status={siteOn ? 'on' : 'off'}>
            {siteOn ? t('popup_checkingOn', [SITE_LABELS[site]]) : t('popup_notCheckingOn', [SITE_LABELS[site]])}
          </p>
        )}
        {(!site || siteOn) && <DraftSummary />}
        {site && st && (
          <Toggle id="site-enabled" label={t('popup_checkOn', [SITE_LABELS[site]])} checked={siteOn} locked={siteLocked}
            onChange={(on) => void changePolicy({ sites: { [site]: on } })} />
        )}
      </section>
      {st && (
        <section aria-labelledby="checks-h">
          <h2 id="checks-h">{t('popup_checks')}</h2>
          <Choice<Sensitivity> id="sensitivity" legend={t('popup_sensitivity')} value={st.effective.sensitivity} locked={sensLocked}
            options={SENSITIVITIES.map((s) => ({ value: s, ...SENSITIVITY_LABELS[s] }))}
            onChange={(v) => void changePolicy({ sensitivity: v })} />
          {FAMILIES.map((fam) => {
            const f = familyState.value[fam];
            return (
              <div key={fam}>
                <Toggle id={`family-${fam}`} label={FAMILY_LABELS[fam]} checked={f.on} locked={f.allLocked} onChange={(on) => setFamily(fam, on)} />
                {f.someLocked && (
                  <p class="hint">
                    <LockNote id={`family-${fam}-partly`} /> {t('popup_partlyLocked')}
                  </p>
                )}
              </div>
            );
          })}
          <Problems problems={lastProblems.value} />
        </section>
      )}
      <p>
        <button type="button" onClick={openOptionsPage}>{t('popup_allSettings')}</button>{' '}
        <button type="button" onClick={openAuditPage}>{t('popup_audit')}</button>
      </p>
    </main>
  );
}
