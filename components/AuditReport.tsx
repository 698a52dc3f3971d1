/**
 * The audit report on the "Audit past posts" page: counts, filters and the flagged items with the
 * flagged words marked. Props in, events out: the page owns the worker and the downloads.
 * Post text is rendered as text (Preact escapes it), never as HTML.
 */
import { useMemo, useState } from 'preact/hooks';
import { markedRuns } from '../lib/audit/export';
import type { AuditReport as Report, FlaggedItem } from '../lib/audit/report';
import { PLATFORM_LABELS } from '../lib/audit/types';
import { categoryLabel, levelLabel, t } from '../lib/i18n';
import type { Category, Family } from '../lib/analyzer/types';
import { accountText, kindText, noteText, yearText } from './audit-words';
import { skippedText } from './skipped-text';

const FAMILY_LABELS: Readonly<Record<Family, string>> = {
  get phi() { return t('family_phi'); },
  get misinfo() { return t('aud_familyMisinfo'); },
  get prof() { return t('family_prof'); },
};

export interface AuditReportProps {
  report: Report;
  onExport: (format: 'csv' | 'json' | 'html') => void;
}

/** The item's text with each flagged span in a <mark> (markedRuns, as in the printable report). */
export function Marked({ item }: { item: FlaggedItem }) {
  const runs = markedRuns(item.text, item.findings);
  return <span class="audit-text">{runs.map((r, i) => (r.marked ? <mark key={i}>{r.text}</mark> : r.text))}</span>;
}

function Tally({ title, column, rows, label }: { title: string; column: string; rows: [string, { items: number; flagged: number }][]; label: (key: string) => string }) {
  return (
    <table class="audit-tally">
      <caption>{title}</caption>
      <thead>
        <tr><th scope="col">{column}</th><th scope="col" class="num">{t('aud_flagged')}</th><th scope="col" class="num">{t('aud_checked')}</th></tr>
      </thead>
      <tbody>
        {rows.map(([k, n]) => (
          <tr key={k}><th scope="row">{label(k)}</th><td class="num">{n.flagged}</td><td class="num">{n.items}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function AuditReport({ report, onExport }: AuditReportProps) {
  const [category, setCategory] = useState<Category | ''>('');
  const [platform, setPlatform] = useState('');
  const shown = useMemo(
    () => report.flagged.filter((i) => (!category || i.findings.some((f) => f.category === category)) && (!platform || i.platform === platform)),
    [report, category, platform],
  );
  const categories = Object.keys(report.byCategory) as Category[];
  const platforms = [...new Set(report.flagged.map((i) => i.platform))];
  return (
    <section aria-label={t('aud_report')}>
      <h2>{t('aud_report')}</h2>
      <p role="status">
        {t(report.checked === 1 ? 'aud_checked_one' : 'aud_checked_other', [report.checked, report.flaggedCount])}
      </p>
      <ul class="counts">
        {(Object.keys(FAMILY_LABELS) as Family[]).map((f) => (
          <li key={f}>{FAMILY_LABELS[f]}: {report.byFamily[f]}</li>
        ))}
      </ul>
      {categories.length > 0 && (
        <table class="audit-tally">
          <caption>{t('aud_byCategory')}</caption>
          <thead><tr><th scope="col">{t('aud_category')}</th><th scope="col" class="num">{t('aud_items')}</th></tr></thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c}><th scope="row">{categoryLabel(c)}</th><td class="num">{report.byCategory[c]}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <Tally title={t('aud_byYear')} column={t('aud_year')} rows={Object.entries(report.byYear)} label={yearText} />
      <Tally title={t('aud_byAccount')} column={t('aud_account')} rows={Object.entries(report.byAccount)} label={accountText} />

      <div class="row">
        <button type="button" onClick={() => onExport('csv')}>{t('aud_exportCsv')}</button>
        <button type="button" onClick={() => onExport('json')}>{t('aud_exportJson')}</button>
        <button type="button" onClick={() => onExport('html')}>{t('aud_exportHtml')}</button>
        <span class="hint">{t('aud_exportHint')}</span>
      </div>

      <h3>{t('aud_flaggedItems')}</h3>
      <div class="row">
        <label>
          {t('aud_category')}{' '}
          <select value={category} onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value as Category | '')}>
            <option value="">{t('aud_all')}</option>
            {categories.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
          </select>
        </label>
        <label>
          {t('aud_platform')}{' '}
          <select value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('aud_all')}</option>
            {platforms.map((p) => <option key={p} value={p}>{PLATFORM_LABELS[p]}</option>)}
          </select>
        </label>
        <span class="hint">{t('aud_shown', [shown.length])}</span>
      </div>
      <table class="audit-items">
        <thead>
          <tr><th scope="col">{t('aud_date')}</th><th scope="col">{t('aud_where')}</th><th scope="col">{t('aud_text')}</th><th scope="col">{t('aud_why')}</th></tr>
        </thead>
        <tbody>
          {shown.map((item, i) => (
            <tr key={i}>
              <td>{item.date?.slice(0, 10) ?? '—'}</td>
              <td>
                {kindText(item.platform, item.kind)}
                {item.account && <div class="hint">{item.account}</div>}
                {item.link && <div><a href={item.link} target="_blank" rel="noreferrer noopener">{t('aud_open')}</a></div>}
              </td>
              <td><Marked item={item} /></td>
              <td>
                <ul>
                  {item.findings.map((f, j) => (
                    <li key={j}><strong>{categoryLabel(f.category)}</strong> ({levelLabel(f.level)}): “{f.quote}”</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(report.skipped.length > 0 || report.notes.length > 0) && (
        <>
          <h3>{t('aud_notChecked')}</h3>
          <ul>
            {report.notes.map((n, i) => <li key={`n${i}`}>{noteText(n)}</li>)}
            {report.skipped.map((s, i) => <li key={`s${i}`}><code>{s.file}</code>: {skippedText(s)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
