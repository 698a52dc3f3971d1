import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
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
  /** A one-line outcome to announce, e.g. after a fix. */
  notice?: string;
  collapsed: boolean;
  /** Set while a Post is held: `confirm` offers "Post anyway", `block` does not. */
  hold?: 'confirm' | 'block';
  position: { left: number; top: number } | null;
}

export interface CardActions {
  onToggle(): void;
  onApplyFix(finding: Finding): void;
  onEdit(): void;
  onPostAnyway(): void;
}

const ACTION_LABEL = { inform: 'hint', warn: 'warning', confirm: 'check before posting', block: 'must fix' } as const;

export function summary(findings: readonly Finding[]): string {
  const serious = findings.filter((f) => f.action !== 'inform').length;
  if (serious === 0) return findings.length ? `${findings.length} hint${findings.length > 1 ? 's' : ''}` : 'Nothing to check';
  return `${serious} thing${serious > 1 ? 's' : ''} to check`;
}

function fixLabel(f: Finding): string | undefined {
  if (!f.fix) return undefined;
  if (f.fix.kind === 'remove') return 'Remove it';
  if (f.fix.kind === 'replace') return f.fix.replacement ? `Replace with “${f.fix.replacement}”` : 'Remove it';
  return undefined;
}

function FindingItem({ f, text, actions }: { f: Finding; text: string; actions: CardActions }) {
  const label = fixLabel(f);
  return (
    <li data-category={f.category} data-action={f.action}>
      <span class="label">{CATEGORY_LABELS[f.category]}</span>
      <span class="level" data-action={f.action}>{ACTION_LABEL[f.action]}</span>
      <p><q>{text.slice(f.start, f.end)}</q></p>
      <p class="message">{f.message}</p>
      {(label || f.fix?.link || f.fix?.kind === 'add-source') && (
        <p class="fixes">
          {label && <button type="button" data-fix="" onClick={() => actions.onApplyFix(f)}>{label}</button>}
          {f.fix?.link && (
            <a href={f.fix.link} target="_blank" rel="noopener noreferrer">
              {f.fix.kind === 'add-source' ? 'See the source' : 'Learn more'}
            </a>
          )}
          {f.fix?.kind === 'add-source' && !f.fix.link && <span class="note">Add a link to a reliable source.</span>}
        </p>
      )}
    </li>
  );
}

export function WarningCard({ state, actions }: { state: ReadonlySignal<CardState>; actions: CardActions }) {
  const s = state.value;
  const holdRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (s.hold) holdRef.current?.focus();
  }, [s.hold]);
  const shown = s.findings.length > 0 || s.error || s.hold;
  const announce = s.hold
    ? `Second Look held this post: ${summary(s.findings)}.`
    : s.notice ?? (s.findings.length ? `Second Look: ${summary(s.findings)}. ${s.findings.map((f) => CATEGORY_LABELS[f.category]).join(', ')}.` : '');
  const style = s.position ? { left: `${s.position.left}px`, top: `${s.position.top}px` } : undefined;
  return (
    <>
      <div class="sr-only" role="status" aria-live="polite">{announce}</div>
      {shown && s.position && s.collapsed && !s.hold && (
        <button type="button" class="pill" style={style} onClick={actions.onToggle} aria-expanded="false"
          aria-label={`Second Look: ${summary(s.findings)}. Show details`}>
          Second Look · {summary(s.findings)}
        </button>
      )}
      {shown && s.position && (!s.collapsed || s.hold) && (
        <section class="card" role={s.hold ? 'alertdialog' : 'region'} aria-label="Second Look" data-second-look-card=""
          data-hold={s.hold ?? undefined} style={style}
          onKeyDown={(e) => { if (e.key === 'Escape') (s.hold ? actions.onEdit() : actions.onToggle()); }}>
          <header>
            <span class="title">{s.hold ? 'Check before posting' : `Second Look · ${summary(s.findings)}`}</span>
            {!s.hold && <button type="button" onClick={actions.onToggle} aria-expanded="true">Hide</button>}
          </header>
          {s.hold === 'block' && <p class="hold" role="alert">Your organization requires these to be fixed before this can be posted.</p>}
          {s.hold === 'confirm' && <p class="hold" role="alert">This post may share something it shouldn’t. Edit it, or post it as it is.</p>}
          {s.error && <p class="note" role="alert">{s.error}</p>}
          {s.notice && <p class="note" data-notice="">{s.notice}</p>}
          <ul>
            {s.findings.map((f) => <FindingItem key={`${f.ruleId}:${f.start}:${f.end}`} f={f} text={s.text} actions={actions} />)}
          </ul>
          {s.hold && (
            <p class="hold-actions">
              <button type="button" ref={holdRef} data-hold-action="edit" onClick={actions.onEdit}>Edit post</button>
              {s.hold === 'confirm' && <button type="button" data-hold-action="post-anyway" onClick={actions.onPostAnyway}>Post anyway</button>}
            </p>
          )}
          {s.limited && <p class="limited">Limited mode: this box is checked, but Second Look does not know this site’s layout here, so it cannot hold the Post button.</p>}
          {!s.limited && s.surfaceName && <p class="note">Checked locally · {s.surfaceName}</p>}
        </section>
      )}
    </>
  );
}
