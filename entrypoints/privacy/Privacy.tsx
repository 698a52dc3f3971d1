/**
 * The privacy policy, shipped inside the extension (a store listing links to the same text in
 * docs/store/privacy-policy.md). Static: it states what the code does; tests check the claims
 * (privacy-network.spec: no request; policy-privacy.spec: no draft text in storage).
 */
export function Privacy() {
  return (
    <main class="welcome">
      <h1>Second Look privacy policy</h1>
      <p class="muted">Applies to every version of the Second Look browser extension.</p>

      <h2>In short</h2>
      <p>
        Second Look checks your drafts on your own device. It sends nothing anywhere, collects nothing, and never stores what you
        write.
      </p>

      <h2>What it reads</h2>
      <p>
        The text of the compose box you are typing in on Facebook, X, LinkedIn and Instagram, and the text you type in it. It reads
        it only to check it, inside the browser, and forgets it when the check is done.
      </p>
      <p>
        On the “Audit past posts” page, the data export files you choose (your own download from X, Facebook, Instagram or
        LinkedIn), to check your past posts inside the browser. The report stays in that page until you close it, and is saved
        only if you export it.
      </p>

      <h2>What it stores, on this device only</h2>
      <ul>
        <li>Your settings: which checks are on, on which sites, and the words you chose to always allow.</li>
        <li>
          If the decision log is on: counts of what happened after a warning — the kind of warning (for example “date”), its level,
          what you did (edited, posted anyway, dismissed, reported a false alarm), the site, the kind of box, and the hour or day.
          Never the text, and never anything from which the text could be recovered. Entries are deleted after the retention
          period (90 days unless your organization sets another).
        </li>
      </ul>
      <p>You can see and delete both on the settings page.</p>

      <h2>What it sends</h2>
      <p>
        Nothing. Second Look makes no network requests: no analytics, no crash reports, no updates of its rules from a server, no
        remote code. It does not use cookies or identifiers.
      </p>

      <h2>Organizations</h2>
      <p>
        An employer can install Second Look on its browsers and set its settings through browser policy. The organization can then
        read the decision counts on a device (by exporting them from the settings page), never the text of any draft.
      </p>

      <h2>Permissions</h2>
      <ul>
        <li><strong>Storage</strong>: to keep your settings and the optional counts.</li>
        <li><strong>Access to facebook.com, x.com, linkedin.com and instagram.com</strong>: to read the draft in the compose box and draw the underlines.</li>
      </ul>

      <h2>Changes</h2>
      <p>A change to this policy comes with a new version of the extension, and is listed in its release notes.</p>
    </main>
  );
}
