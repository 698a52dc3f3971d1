/**
 * The audit report on the "Audit past posts" page: counts, filters and the flagged items with the
 * flagged words marked. Props in, events out: the page owns the worker and the downloads.
 * Post text is rendered as text (Preact escapes it), never as HTML.
 */
import { useMemo, useState } from 'preact/hooks';
import { markedRuns } from '../lib/audit/export';
import type { AuditReport as Report, FlaggedItem } from '../lib/audit/report';
import { PLATFORM_LABELS } from '../lib/audit/types';
import { CATEGORY_LABELS, LEVEL_LABELS } from '../lib/analyzer/labels';
import type { Category, Family } from '../lib/analyzer/types';

const FAMILY_LABELS: Record<Family, string> = { phi: 'Patient information', misinfo: 'Misinformation', prof: 'Professionalism' };

export interface AuditReportProps {
  report: Report;
  onExport: (format: 'csv' | 'json' | 'html') => void;
}

/** The item's text with each flagged span in a <mark> (markedRuns, as in the printable report). */
export function Marked({ item }: { item: FlaggedItem }) {
  const runs = markedRuns(item.text, item.findings);
  return <span class="audit-text">{runs.map((r, i) => (r.marked ? <mark key={i}>{r.text}</mark> : r.text))}</span>;
}

function Tally({ title, rows }: { title: string; rows: [string, { items: number; flagged: number }][] }) {
  return (
    <table class="audit-tally">
      <caption>{title}</caption>
      <thead>
        <tr><th scope="col">{title.replace(/^By /, '')}</th><th scope="col" class="num">Flagged</th><th scope="col" class="num">Checked</th></tr>
      </thead>
      <tbody>
        {rows.map(([k, t]) => (
          <tr key={k}><th scope="row">{k}</th><td class="num">{t.flagged}</td><td class="num">{t.items}</td></tr>
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
    <section aria-label="Report">
      <h2>Report</h2>
      <p role="status">
        Checked {report.checked} item{report.checked === 1 ? '' : 's'}; {report.flaggedCount} with a warning or more.
      </p>
      <ul class="counts">
        {(Object.keys(FAMILY_LABELS) as Family[]).map((f) => (
          <li key={f}>{FAMILY_LABELS[f]}: {report.byFamily[f]}</li>
        ))}
      </ul>
      {categories.length > 0 && (
        <table class="audit-tally">
          <caption>By category</caption>
          <thead><tr><th scope="col">Category</th><th scope="col" class="num">Items</th></tr></thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c}><th scope="row">{CATEGORY_LABELS[c]}</th><td class="num">{report.byCategory[c]}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <Tally title="By year" rows={Object.entries(report.byYear)} />
      <Tally title="By account" rows={Object.entries(report.byAccount)} />

      <div class="row">
        <button type="button" onClick={() => onExport('csv')}>Export CSV</button>
        <button type="button" onClick={() => onExport('json')}>Export JSON</button>
        <button type="button" onClick={() => onExport('html')}>Export printable page</button>
        <span class="hint">The exports hold the posts' text; save them only where patient information may be kept.</span>
      </div>

      <h3>Flagged items</h3>
      <div class="row">
        <label>
          Category{' '}
          <select value={category} onChange={(e) => setCategory((e.currentTarget as HTMLSelectElement).value as Category | '')}>
            <option value="">All</option>
            {categories.map((c) => <option key={c} value={c}>{CATEGORY_LABELS[c]}</option>)}
          </select>
        </label>
        <label>
          Platform{' '}
          <select value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">All</option>
            {platforms.map((p) => <option key={p} value={p}>{PLATFORM_LABELS[p]}</option>)}
          </select>
        </label>
        <span class="hint">{shown.length} shown</span>
      </div>
      <table class="audit-items">
        <thead>
          <tr><th scope="col">Date</th><th scope="col">Where</th><th scope="col">Text</th><th scope="col">Why</th></tr>
        </thead>
        <tbody>
          {shown.map((item, i) => (
            <tr key={i}>
              <td>{item.date?.slice(0, 10) ?? '—'}</td>
              <td>
                {PLATFORM_LABELS[item.platform]} {item.kind}
                {item.account && <div class="hint">{item.account}</div>}
                {item.link && <div><a href={item.link} target="_blank" rel="noreferrer noopener">Open</a></div>}
              </td>
              <td><Marked item={item} /></td>
              <td>
                <ul>
                  {item.findings.map((f, j) => (
                    <li key={j}><strong>{f.label}</strong> ({LEVEL_LABELS[f.level]}): “{f.quote}”</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(report.skipped.length > 0 || report.notes.length > 0) && (
        <>
          <h3>Not checked</h3>
          <ul>
            {report.notes.map((n, i) => <li key={`n${i}`}>{n}</li>)}
            {report.skipped.map((s, i) => <li key={`s${i}`}><code>{s.file}</code>: {s.reason}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
