/**
 * Form controls for the policy, shared by the popup and the options page. A locked control (set
 * by the organization's managed policy) is disabled, says so next to it, and explains why to
 * screen readers through aria-describedby. Controls never talk to the browser: they report
 * changes to the page, which sends them to the background.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { ACTIONS, type Category, type PolicyAction } from '../lib/analyzer/types';
import { FIELD_BY_KEY, type Problem } from '../lib/policy/schema';
import type { RefusedEntry } from '../lib/protocol';
import { categoryLabel, plural, t } from '../lib/i18n';
import { ACTION_LABELS, lockedHint, lockedText, problemText, refusalText } from './policy-labels';

export function LockNote({ id }: { id: string }) {
  return (
    <span id={id} class="locked-note" title={lockedHint()}>
      {lockedText()}
      <span class="sr-only">. {lockedHint()}</span>
    </span>
  );
}

/** A list of problems: the page's own words, or the background's problems worded here (problemText). */
export function Problems({ problems, title }: { problems: readonly (string | Problem)[]; title?: string }) {
  if (!problems.length) return null;
  const lines = problems.map((p) => (typeof p === 'string' ? p : problemText(p)));
  return (
    <div class="problems" role="alert">
      {title && <p>{title}</p>}
      <ul>{lines.map((p, i) => <li key={i}>{p}</li>)}</ul>
    </div>
  );
}

export function Toggle(props: { id: string; label: ComponentChildren; checked: boolean; locked: boolean; hint?: string; onChange: (on: boolean) => void }) {
  const noteId = `${props.id}-locked`;
  const hintId = `${props.id}-hint`;
  const describedBy = [props.locked ? noteId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="row" data-control={props.id} data-locked={props.locked ? 'true' : 'false'}>
      <input type="checkbox" id={props.id} checked={props.checked} disabled={props.locked} aria-describedby={describedBy}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={props.id}>{props.label}</label>
      {props.hint && <span id={hintId} class="hint">{props.hint}</span>}
      {props.locked && <LockNote id={noteId} />}
    </div>
  );
}

export function Choice<T extends string>(props: {
  id: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string; hint?: string }[];
  locked: boolean;
  onChange: (v: T) => void;
}) {
  const noteId = `${props.id}-locked`;
  return (
    <fieldset data-control={props.id} data-locked={props.locked ? 'true' : 'false'} disabled={props.locked}
      aria-describedby={props.locked ? noteId : undefined}>
      <legend>{props.legend}</legend>
      {props.locked && <LockNote id={noteId} />}
      {props.options.map((o) => (
        <div class="row" key={o.value}>
          <input type="radio" id={`${props.id}-${o.value}`} name={props.id} value={o.value} checked={props.value === o.value}
            onChange={() => props.onChange(o.value)} />
          <label for={`${props.id}-${o.value}`}>{o.label}{o.hint && <span class="hint"> — {o.hint}</span>}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function ActionSelect(props: { category: Category; value: PolicyAction; locked: boolean; onChange: (a: PolicyAction) => void }) {
  const id = `action-${props.category}`;
  return (
    <div class="row" data-control={id} data-locked={props.locked ? 'true' : 'false'}>
      <label for={id} style={{ flex: '1 1 220px' }}>{categoryLabel(props.category)}</label>
      <select id={id} value={props.value} disabled={props.locked} aria-describedby={props.locked ? `${id}-locked` : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as PolicyAction)}>
        {ACTIONS.map((a) => <option key={a} value={a}>{ACTION_LABELS[a]}</option>)}
      </select>
      {props.locked && <LockNote id={`${id}-locked`} />}
    </div>
  );
}

/** A number saved when the user leaves the field or presses Enter; out-of-range input is explained, not lost. */
export function NumberField(props: { fieldKey: string; label: string; value: number; locked: boolean; onCommit: (n: number) => void }) {
  const field = FIELD_BY_KEY.get(props.fieldKey)!;
  const id = `field-${props.fieldKey.replace(/\./g, '-')}`;
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const range = field.type.kind === 'integer' ? field.type : { min: 0, max: Infinity };
  const commit = () => {
    if (text === null) return;
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n)) return setError(t('ctl_wholeNumber'));
    if (n < range.min || n > range.max) return setError(t('ctl_numberRange', [range.min, range.max]));
    setError('');
    setText(null);
    if (n !== props.value) props.onCommit(n);
  };
  const describedBy = [error ? `${id}-error` : '', props.locked ? `${id}-locked` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="row" data-control={id} data-locked={props.locked ? 'true' : 'false'}>
      <label for={id}>{props.label}</label>
      <input id={id} type="number" inputMode="numeric" min={range.min} max={range.max} value={text ?? String(props.value)} disabled={props.locked}
        aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}
        onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()} />
      {props.locked && <LockNote id={`${id}-locked`} />}
      {error && <span id={`${id}-error`} class="problems" role="alert">{error}</span>}
    </div>
  );
}

/**
 * A list edited as text, one entry per line. Save sends every line to the background, which keeps
 * the valid ones (they apply at once) and refuses the rest with a reason: one bad line never
 * costs the good ones. The user's refused lines stay in the box and are named below it until
 * they are fixed or deleted, so nothing typed is lost; entries the organization's policy sets
 * but Second Look refused are named too, so an admin testing the policy sees what is not checked.
 */
export function ListEditor(props: {
  fieldKey: string;
  label: string;
  hint: string;
  value: readonly string[];
  /** Refused entries of this list, the organization's and the user's. */
  refused?: readonly RefusedEntry[];
  locked: boolean;
  onSave: (items: string[]) => Promise<void>;
}) {
  const id = `list-${props.fieldKey.replace(/\./g, '-')}`;
  const [text, setText] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const refused = props.refused ?? [];
  const mine = refused.filter((r) => r.setBy === 'you');
  const theirs = refused.filter((r) => r.setBy === 'organization');
  const shown = text ?? [...props.value, ...mine.map((r) => r.entry)].join('\n');
  const save = async () => {
    const items = shown.split('\n').map((s) => s.trim()).filter(Boolean);
    setSaved(false);
    await props.onSave(items);
    setText(null);
    setSaved(true);
  };
  const describedBy = [`${id}-hint`, mine.length ? `${id}-refused` : '', theirs.length ? `${id}-org-refused` : '', props.locked ? `${id}-locked` : '']
    .filter(Boolean).join(' ');
  return (
    <div class="list-editor" data-control={id} data-locked={props.locked ? 'true' : 'false'}>
      <h3><label for={id}>{props.label}</label></h3>
      {props.locked && <LockNote id={`${id}-locked`} />}
      <p id={`${id}-hint`} class="hint">{props.hint} {t('ctl_onePerLine')}</p>
      <textarea id={id} rows={3} value={shown} disabled={props.locked} aria-invalid={mine.length && text === null ? 'true' : undefined}
        aria-describedby={describedBy} spellcheck={false}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setSaved(false);
        }} />
      <Refused id={`${id}-org-refused`} entries={theirs} setBy="organization" />
      <Refused id={`${id}-refused`} entries={mine} setBy="you" />
      <div class="row">
        <button type="button" onClick={() => void save()} disabled={props.locked}>{t('ctl_save', [props.label.toLowerCase()])}</button>
        {saved && <span class="saved" role="status">{mine.length ? plural(mine.length, 'ctl_savedSomeRefused_one', 'ctl_savedSomeRefused_other') : t('ctl_saved')}</span>}
      </div>
    </div>
  );
}

const REFUSED_TITLE = {
  organization: 'ctl_refusedOrg',
  you: 'ctl_refusedYou',
} as const;

/** Refused entries of one list, each with its reason; the user's are an alert (they follow a save). */
export function Refused({ id, entries, setBy }: { id: string; entries: readonly RefusedEntry[]; setBy: RefusedEntry['setBy'] }) {
  if (!entries.length) return null;
  return (
    <div id={id} class="problems" data-refused={setBy} role={setBy === 'you' ? 'alert' : undefined}>
      <p>{t(REFUSED_TITLE[setBy])}</p>
      <ul>{entries.map((r) => <li key={r.entry}><code>{r.entry}</code> — {refusalText(r)}</li>)}</ul>
      {setBy === 'organization' && <p class="hint">{t('ctl_refusedOrgHint')}</p>}
    </div>
  );
}
