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
import { SITE_LABELS } from '../../components/policy-labels';

/** undefined: still asking; '': no shortcut set. */
const shortcut = signal<string | undefined>(undefined);

function Organization() {
  const st = policyState.value;
  if (!st || st.locked.length === 0) return null;
  const lines = managedSummary(st.effective, st.locked);
  return (
    <section aria-labelledby="org-h" data-section="organization">
      <h2 id="org-h">Set by your organization</h2>
      <p>
        <LockNote id="org-lock" /> Your organization manages Second Look on this browser. These settings are theirs and cannot be changed here:
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
  const sites = Object.values(SITE_LABELS).join(', ').replace(/, ([^,]*)$/, ' and $1');
  return (
    <main class="welcome">
      <h1>Welcome to Second Look</h1>
      <p>
        Second Look reads what you write in a compose box on {sites}, and underlines what deserves a second look before you post —
        the way a spell checker underlines a typo.
      </p>
      {loadError.value && <p role="alert">{loadError.value}</p>}
      <Organization />

      <section aria-labelledby="checks-h">
        <h2 id="checks-h">What it checks</h2>
        <ul>
          <li><strong>Patient information</strong>: names, dates, ages, places, record and ID numbers, and words that confirm someone is a patient.</li>
          <li><strong>Health misinformation</strong>: known health myths, miracle cures and numbers without a source.</li>
          <li><strong>Professionalism</strong>: hostile replies, undisclosed promotions and advice to one person.</li>
        </ul>
      </section>

      <section aria-labelledby="private-h">
        <h2 id="private-h">Nothing leaves your browser</h2>
        <p>
          Your draft is checked on this device, inside the browser. It is never sent anywhere and never stored — not the words, not a
          copy, not a fingerprint of them. Second Look keeps only your settings and, if switched on, counts of what you did with
          warnings (the kind of warning, the site, the hour), never what you wrote.
        </p>
        <p>
          <a href="/privacy.html">Read the privacy policy</a>
        </p>
      </section>

      <section aria-labelledby="answer-h">
        <h2 id="answer-h">Answering a warning</h2>
        <p>Click an underline or the ⚑ badge to open the card. Each warning says why it matters and offers a fix, and four answers:</p>
        <dl>
          <dt>Ignore once</dt>
          <dd>Not a problem in this draft. The next draft is checked again.</dd>
          <dt>Always allow</dt>
          <dd>These exact words are fine, always (for example your own name or your practice’s phone number).</dd>
          <dt>Turn off on a site</dt>
          <dd>Stop this kind of check on this one site. You can undo it right away, or later in the settings.</dd>
          <dt>Report false alarm</dt>
          <dd>Tell your organization this warning was wrong. Only the name of the check is recorded, never your words.</dd>
        </dl>
        <p>When a post is held, <em>Edit post</em> takes you back to the draft and <em>Post anyway</em> posts it as it is.</p>
      </section>

      <section aria-labelledby="keys-h">
        <h2 id="keys-h">From the keyboard</h2>
        <p data-shortcut={shortcut.value ?? ''}>
          {shortcut.value
            ? <>Press <kbd>{shortcut.value}</kbd> in a compose box to move to the card; Tab walks its buttons and Escape returns to your draft.</>
            : shortcut.value === ''
              ? <>No shortcut is set. Choose one at chrome://extensions/shortcuts to move from a compose box to the card.</>
              : <>Loading the shortcut…</>}
        </p>
      </section>

      <p>
        <button type="button" class="primary" onClick={openOptionsPage}>Open the settings</button>
      </p>
    </main>
  );
}
