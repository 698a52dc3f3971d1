/**
 * The policy as an extension page holds it: a signal with the background's PolicyState, kept
 * fresh when the background says the policy changed (a managed policy arriving or leaving, or
 * another page's change). Pages change settings only through the background, which applies
 * locks; they never open the database themselves for settings.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { send } from './client';
import { t } from '../i18n';
import { problem, type Problem } from '../policy/schema';
import type { PolicyState } from '../protocol';

export const policyState = signal<PolicyState | null>(null);
export const loadError = signal('');
/** Problems and ignored keys from the last change, shown next to the form (worded by the page: Problems). */
export const lastProblems = signal<Problem[]>([]);

function accept(res: PolicyState | { ok: false; error: string }): PolicyState | null {
  if (!res.ok) {
    loadError.value = t('page_settingsUnavailable');
    return null;
  }
  loadError.value = '';
  policyState.value = res;
  return res;
}

/** Loads the current policy from the background. */
export async function refreshPolicy(): Promise<void> {
  accept(await send({ type: 'getPolicy' }));
}

/** Sends a sparse change; the background ignores locked keys and says which. */
export async function changePolicy(change: Record<string, unknown>): Promise<PolicyState | null> {
  const res = accept(await send({ type: 'setPolicy', change }));
  if (res) {
    lastProblems.value = [
      ...res.problems,
      ...res.ignored.map((k) => problem('managed', `“${k}” is managed by your organization, so your change was not applied.`, [k])),
    ];
  }
  return res;
}

/** Takes a PolicyState from any request (import, reset) as the page's new state. */
export async function applyResult(res: PolicyState | { ok: false; error: string }): Promise<PolicyState | null> {
  return accept(res);
}

/** Starts listening for policy changes broadcast by the background. */
export function watchPolicy(): void {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === 'policyChanged') void refreshPolicy();
    return undefined;
  });
  void refreshPolicy();
}
