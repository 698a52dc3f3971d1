/**
 * The privacy policy, shipped inside the extension (a store listing links to the same text in
 * docs/store/privacy-policy.md), in the interface's language (catalog keys priv_*). Static: it
 * states what the code does; tests check the claims (privacy-network.spec: no request;
 * policy-privacy.spec: no draft text in storage).
 */
import { t } from '../../lib/i18n';

export function Privacy() {
  return (
    <main class="welcome">
      <h1>{t('priv_title')}</h1>
      <p class="muted">{t('priv_appliesTo')}</p>

      <h2>{t('priv_shortTitle')}</h2>
      <p>{t('priv_short')}</p>

      <h2>{t('priv_readsTitle')}</h2>
      <p>{t('priv_readsDraft')}</p>
      <p>{t('priv_readsAudit')}</p>
      <p>{t('priv_readsPhoto')}</p>

      <h2>{t('priv_storesTitle')}</h2>
      <ul>
        <li>{t('priv_storesSettings')}</li>
        <li>{t('priv_storesLog')}</li>
      </ul>
      <p>{t('priv_storesSee')}</p>

      <h2>{t('priv_sendsTitle')}</h2>
      <p>{t('priv_sends')}</p>

      <h2>{t('priv_orgTitle')}</h2>
      <p>{t('priv_org')}</p>

      <h2>{t('priv_permsTitle')}</h2>
      <ul>
        <li><strong>{t('priv_permStorage')}</strong>{t('priv_permStorageWhy')}</li>
        <li><strong>{t('priv_permSites')}</strong>{t('priv_permSitesWhy')}</li>
        <li><strong>{t('priv_permOffscreen')}</strong>{t('priv_permOffscreenWhy')}</li>
      </ul>

      <h2>{t('priv_changesTitle')}</h2>
      <p>{t('priv_changes')}</p>
    </main>
  );
}
