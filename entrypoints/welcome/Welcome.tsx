/**
 * The welcome page, opened once when Second Look is installed (lib/browser/background.ts):
 * what it checks, that nothing leaves the browser or is stored, how to answer a warning, the
 * keyboard shortcut, and — when an organization manages it — what the organization set.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { LockNote } from '../../components/PolicyControls';
import { managedSummary } from '../../components/managed-summary';
import { loadError, policyState, watchPolicy } from '../../lib/browser/page-state';
import { openOptionsPage, shortcutOf } from '../../lib/browser/tabs';
import { FAMILY_LABELS, SITE_LABELS } from '../../components/policy-labels';
import { t } from '../../lib/i18n';

/** undefined: still asking; '': no shortcut set. */
const shortcut = signal<string | undefined>(undefined);

function Organization() {
  const st = policyState.value;
  if (!st || st.locked.length === 0) return null;
  const lines = managedSummary(st.effective, st.locked);
  return (
    <section aria-labelledby="org-h" data-section="organization">
      <h2 id="org-h">{t('wel_orgTitle')}</h2>
      <p>
        <LockNote id="org-lock" /> {t('wel_orgIntro')}
      </p>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>
            {l.label}: <strong>{l.value}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Welcome() {
  useEffect(() => {
    watchPolicy();
    void shortcutOf('open-card').then((s) => (shortcut.value = s));
  }, []);
  const names = Object.values(SITE_LABELS);
  const sites = `${names.slice(0, -1).join(', ')}${t('wel_sitesAnd')}${names.at(-1)}`;
  return (
    <main class="welcome">
      <h1>{t('wel_title')}</h1>
      <p>{t('wel_intro', [sites])}</p>
      {loadError.value && <p role="alert">{loadError.value}</p>}
      <Organization />

      <section aria-labelledby="checks-h">
        <h2 id="checks-h">{t('wel_checksTitle')}</h2>
        <ul>
          <li><strong>{FAMILY_LABELS.phi}</strong>{t('wel_checksPhi')}</li>
          <li><strong>{FAMILY_LABELS.misinfo}</strong>{t('wel_checksMisinfo')}</li>
          <li><strong>{FAMILY_LABELS.prof}</strong>{t('wel_checksProf')}</li>
        </ul>
      </section>

      <section aria-labelledby="private-h">
        <h2 id="private-h">{t('wel_privateTitle')}</h2>
        <p>{t('wel_private')}</p>
        <p>
          <a href="/privacy.html">{t('wel_privacyLink')}</a>
        </p>
      </section>

      <section aria-labelledby="answer-h">
        <h2 id="answer-h">{t('wel_answerTitle')}</h2>
        <p>{t('wel_answerIntro')}</p>
        <dl>
          <dt>{t('wel_ignoreOnce')}</dt>
          <dd>{t('wel_ignoreOnceText')}</dd>
          <dt>{t('wel_alwaysAllow')}</dt>
          <dd>{t('wel_alwaysAllowText')}</dd>
          <dt>{t('wel_turnOff')}</dt>
          <dd>{t('wel_turnOffText')}</dd>
          <dt>{t('wel_report')}</dt>
          <dd>{t('wel_reportText')}</dd>
        </dl>
        <p>{t('wel_heldBefore')} <em>{t('card_editPost')}</em> {t('wel_heldMiddle')} <em>{t('card_postAnyway')}</em> {t('wel_heldAfter')}</p>
      </section>

      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('wel_keysTitle')}</h2>
        <p data-shortcut={shortcut.value ?? ''}>
          {shortcut.value
            ? <>{t('wel_pressBefore')} <kbd>{shortcut.value}</kbd> {t('wel_pressAfter')}</>
            : shortcut.value === ''
              ? <>{t('wel_noShortcut')}</>
              : <>{t('wel_loadingShortcut')}</>}
        </p>
      </section>

      <p>
        <button type="button" class="primary" onClick={openOptionsPage}>{t('wel_openSettings')}</button>
      </p>
    </main>
  );
}
