/**
 * "Add a format from an example" (issue 13): the user types one ID as it appears on their
 * records, sees the pattern it becomes and which IDs it would and would not catch, and adds it to
 * the record-number list with one button. Props in, events out; the list's own editor (and the
 * background's validation) still has the last word.
 */
import { useState } from 'preact/hooks';
import { patternFromExample } from './pattern-by-example';
import { t } from '../lib/i18n';

export function PatternByExample(props: { locked: boolean; existing: readonly string[]; onAdd: (pattern: string) => Promise<void> }) {
  const [example, setExample] = useState('');
  const [keepLetters, setKeepLetters] = useState(true);
  const [added, setAdded] = useState('');
  const proposal = example.trim() ? patternFromExample(example, keepLetters) : undefined;
  const already = !!proposal && props.existing.includes(proposal.pattern);
  return (
    <div class="list-editor" data-control="pattern-by-example">
      <h3><label for="pattern-example">{t('pbe_title')}</label></h3>
      <p id="pattern-example-hint" class="hint">{t('pbe_hint')}</p>
      <div class="row">
        <input id="pattern-example" type="text" value={example} disabled={props.locked} aria-describedby="pattern-example-hint" spellcheck={false} autocomplete="off"
          onInput={(e) => {
            setExample((e.currentTarget as HTMLInputElement).value);
            setAdded('');
          }} />
        <label><input type="checkbox" checked={keepLetters} disabled={props.locked} onChange={(e) => setKeepLetters((e.currentTarget as HTMLInputElement).checked)} /> {t('pbe_keepLetters')}</label>
      </div>
      {proposal && (
        <div data-proposal="" aria-live="polite">
          <p>{t('pbe_format')} <code data-pattern="">{proposal.pattern}</code></p>
          {proposal.refused
            ? <p class="problems" role="alert" data-proposal-refused="">{proposal.refused}</p>
            : (
              <>
                <p>{t('pbe_wouldFlag')} {proposal.matches.map((m, i) => <span key={m}>{i ? ', ' : ''}<code data-match="">{m}</code></span>)}</p>
                {proposal.misses.length > 0 && <p>{t('pbe_wouldNotFlag')} {proposal.misses.map((m, i) => <span key={m}>{i ? ', ' : ''}<code data-miss="">{m}</code></span>)}</p>}
              </>
            )}
          <div class="row">
            <button type="button" disabled={props.locked || !!proposal.refused || already} onClick={async () => {
              await props.onAdd(proposal.pattern);
              setAdded(proposal.pattern);
              setExample('');
            }}>{t('pbe_add')}</button>
            {already && <span class="hint">{t('pbe_already')}</span>}
          </div>
        </div>
      )}
      {added && <p class="saved" role="status">{t('pbe_addedBefore')} <code>{added}</code> {t('pbe_addedAfter')}</p>}
    </div>
  );
}
