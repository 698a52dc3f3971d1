import type { ReadonlySignal } from '@preact/signals';
import type { Finding } from '../lib/analyzer/types';
import { CATEGORY_LABELS } from './labels';

export interface CardState {
  findings: Finding[];
  /** The analysed text, to quote each flagged span. Rendered as text, never as HTML. */
  text: string;
  /** Surface name from the site adapter, or undefined in generic (limited) mode. */
  surfaceName?: string;
  limited: boolean;
  error?: string;
  collapsed: boolean;
  position: { left: number; top: number } | null;
}

const ACTION_LABEL = { inform: 'hint', warn: 'warning', confirm: 'check before posting', block: 'must fix' } as const;

export function summary(findings: readonly Finding[]): string {
  const serious = findings.filter((f) => f.action !== 'inform').length;
  if (serious === 0) return findings.length ? `${findings.length} hint${findings.length > 1 ? 's' : ''}` : 'Nothing to check';
  return `${serious} thing${serious > 1 ? 's' : ''} to check`;
}

export function WarningCard({ state, onToggle }: { state: ReadonlySignal<CardState>; onToggle: () => void }) {
  const s = state.value;
  const shown = s.findings.length > 0 || s.error;
  const announce = s.findings.length
    ? `Second Look: ${summary(s.findings)}. ${s.findings.map((f) => CATEGORY_LABELS[f.category]).join(', ')}.`
    : '';
  return (
    <>
      <div class="sr-only" role="status" aria-live="polite">{announce}</div>
      {shown && s.position && s.collapsed && (
        <button class="pill" style={{ left: `${s.position.left}px`, top: `${s.position.top}px` }} onClick={onToggle}
          aria-expanded="false" aria-label={`Second Look: ${summary(s.findings)}. Show details`}>
          Second Look · {summary(s.findings)}
        </button>
      )}
      {shown && s.position && !s.collapsed && (
        <section class="card" role="region" aria-label="Second Look" data-second-look-card=""
          style={{ left: `${s.position.left}px`, top: `${s.position.top}px` }}>
          <header>
            <span class="title">Second Look · {summary(s.findings)}</span>
            <button onClick={onToggle} aria-expanded="true">Hide</button>
          </header>
          {s.error && <p class="note" role="alert">{s.error}</p>}
          <ul>
            {s.findings.map((f) => (
              <li key={`${f.ruleId}:${f.start}`} data-category={f.category} data-action={f.action}>
                <span class="label">{CATEGORY_LABELS[f.category]}</span>
                <span class="level" data-action={f.action}>{ACTION_LABEL[f.action]}</span>
                <p><q>{s.text.slice(f.start, f.end)}</q></p>
                <p class="message">{f.message}</p>
              </li>
            ))}
          </ul>
          {s.limited && <p class="limited">Limited mode: this box is checked, but Second Look does not know this site’s layout here, so it cannot hold the Post button.</p>}
          {!s.limited && s.surfaceName && <p class="note">Checked locally · {s.surfaceName}</p>}
        </section>
      )}
    </>
  );
}
