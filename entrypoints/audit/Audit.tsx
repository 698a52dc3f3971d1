/**
 * "Audit past posts" (issue 17): the user picks a platform's data export; it is read and checked
 * in a worker on this device, with a progress bar and Cancel. Nothing is stored: the report lives
 * in this page until it is closed, and leaves it only as a file the user chooses to export.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { AuditReport } from '../../components/AuditReport';
import { reportWords } from '../../components/audit-words';
import { skippedText } from '../../components/skipped-text';
// Not the lib/audit index: the page itself needs no analyzer (the worker loads it).
import { reportCsv, reportHtml, reportJson } from '../../lib/audit/export';
import { isExportFile } from '../../lib/audit/files';
import type { AuditReport as Report } from '../../lib/audit/report';
import type { ExportFile, Skipped } from '../../lib/audit/types';
import type { AuditWorkerReply } from './messages';

type State =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'done'; report: Report }
  | { step: 'error'; message: string; skipped: Skipped[] };

/** The files to read: zips and the export files a reader wants (a folder's photos and videos are not read). */
async function exportFiles(list: FileList): Promise<ExportFile[]> {
  const out: ExportFile[] = [];
  for (const f of Array.from(list)) {
    const path = f.webkitRelativePath || f.name;
    if (!/\.zip$/i.test(f.name) && !isExportFile(path)) continue;
    out.push({ path, bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Audit() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const worker = useRef<Worker | null>(null);
  // Which run is current: Cancel while the files are still being read must also stop the worker
  // that run would start once they are in.
  const run = useRef(0);
  useEffect(() => () => worker.current?.terminate(), []);

  const stop = () => {
    run.current++;
    worker.current?.terminate();
    worker.current = null;
  };

  const start = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    stop();
    const id = run.current;
    setState({ step: 'reading', done: 0, total: 0 });
    const files = await exportFiles(list);
    if (id !== run.current) return;
    if (files.length === 0) {
      setState({ step: 'error', message: t('aud_noExport'), skipped: [] });
      return;
    }
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<AuditWorkerReply>) => {
      const m = e.data;
      if (m.type === 'progress') setState({ step: 'reading', done: m.done, total: m.total });
      else {
        setState(m.type === 'done' ? { step: 'done', report: m.report } : { step: 'error', message: m.error === 'nothing-read' ? t('aud_nothingRead') : t('aud_stopped'), skipped: m.skipped });
        stop();
      }
    };
    w.onerror = () => {
      setState({ step: 'error', message: t('aud_stopped'), skipped: [] });
      stop();
    };
    w.postMessage({ files }, files.map((f) => f.bytes.buffer as ArrayBuffer));
  };

  const exportReport = (format: 'csv' | 'json' | 'html') => {
    if (state.step !== 'done') return;
    if (format === 'csv') download('second-look-audit.csv', 'text/csv', reportCsv(state.report));
    else if (format === 'html') download('second-look-audit.html', 'text/html', reportHtml(state.report, reportWords()));
    else download('second-look-audit.json', 'application/json', reportJson(state.report));
  };

  return (
    <main class="welcome audit">
      <h1>{t('aud_title')}</h1>
      <p>{t('aud_intro')}</p>
      <div class="row">
        <label>
          {t('aud_files')}{' '}
          <input type="file" multiple accept=".zip,.js,.json,.csv" disabled={state.step === 'reading'} onChange={(e) => void start((e.currentTarget as HTMLInputElement).files)} />
        </label>
      </div>
      <div class="row">
        <label>
          {t('aud_folder')}{' '}
          <input type="file" {...{ webkitdirectory: '' }} disabled={state.step === 'reading'} onChange={(e) => void start((e.currentTarget as HTMLInputElement).files)} />
        </label>
      </div>
      {state.step === 'reading' && (
        <div class="row" role="status">
          <progress max={state.total || 1} value={state.done} aria-label={t('aud_progress')} />
          <span>{state.total ? t('aud_checkedOf', [state.done, state.total]) : t('aud_reading')}</span>
          <button type="button" onClick={() => { stop(); setState({ step: 'idle' }); }}>{t('aud_cancel')}</button>
        </div>
      )}
      {state.step === 'error' && (
        <div class="problems" role="alert">
          <p>{state.message}</p>
          {state.skipped.length > 0 && (
            <ul>{state.skipped.map((s, i) => <li key={i}><code>{s.file}</code>: {skippedText(s)}</li>)}</ul>
          )}
        </div>
      )}
      {state.step === 'done' && (
        <>
          <AuditReport report={state.report} onExport={exportReport} />
          <button type="button" onClick={() => setState({ step: 'idle' })}>{t('aud_clear')}</button>
        </>
      )}
    </main>
  );
}
