/**
 * Reads and checks an export off the page's main thread, so the page stays responsive and Cancel
 * can end the work at once (the page terminates this worker). Holds nothing after it answers.
 */
import { buildReport, readExport, type ExportFile } from '../../lib/audit';
import type { AuditWorkerReply } from './messages';

self.onmessage = (e: MessageEvent<{ files: ExportFile[] }>) => {
  const post = (m: AuditWorkerReply) => self.postMessage(m);
  try {
    const read = readExport(e.data.files);
    if (read.platforms.length === 0) {
      post({ type: 'error', error: 'nothing-read', skipped: read.skipped });
      return;
    }
    const report = buildReport(read, { onProgress: (done, total) => post({ type: 'progress', done, total }) });
    post({ type: 'done', report });
  } catch {
    // readExport and buildReport do not throw; this guards the page from a hung progress bar.
    post({ type: 'error', error: 'failed', skipped: [] });
  }
};
