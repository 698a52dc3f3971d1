/**
 * `npm run -s audit -- EXPORT [EXPORT…] [--csv out.csv] [--json out.json] [--html out.html] [--all]`
 * Reads platform data exports (zips, unpacked folders, or single files) and checks every past
 * post, comment, reply and message with the same analyzer and default policy as the extension.
 *
 * Privacy: the export is read here and nowhere else. The report holds the posts' own text, so it
 * is written only to the files named with --csv / --json / --html; without them only the summary is
 * printed. Nothing is stored or sent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CATEGORY_LABELS } from '../lib/analyzer/labels';
import { buildReport, isExportFile, PLATFORM_LABELS, readExport, reportCsv, reportHtml, reportJson, type AuditReport, type ExportFile } from '../lib/audit';

const HELP = `usage: npm run -s audit -- EXPORT [EXPORT…] [--csv FILE] [--json FILE] [--html FILE] [--all]

EXPORT is a data export as the platform gives it: X's archive zip, Facebook's or Instagram's
"Download your information" (JSON format), LinkedIn's "Get a copy of your data" zip; or the
folder it was unpacked into, or one of its files (tweets.js, your_posts_1.json, Shares.csv…).

  --csv FILE   write every finding, one row each, to FILE
  --json FILE  write the whole report to FILE
  --html FILE  write a printable page (counts, flagged items with the words marked) to FILE
  --all        count the analyzer's low-confidence hints too (default: warnings and above)

Everything is read and checked on this machine; nothing is sent anywhere or stored.
The report contains the posts' own text: it is written only to the files you name, so keep
them where patient information may be kept.
`;

/** Most items listed on the terminal; the CSV and JSON hold all. */
const SHOWN = 20;

function fail(message: string, code = 2): never {
  process.stderr.write(`audit: ${message}\n`);
  process.exit(code);
}

/** The files to read from one argument: the file itself, or a folder's export files and zips. */
function inputsOf(arg: string): ExportFile[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(arg);
  } catch {
    fail(`cannot read ${arg}: no such file or folder`);
  }
  if (stat.isFile()) return [{ path: path.basename(arg), bytes: readBytes(arg) }];
  const out: ExportFile[] = [];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, d.name);
      const rel = path.relative(arg, full).split(path.sep).join('/');
      if (d.isDirectory()) walk(full);
      // Only the files a reader wants, never the export's photos and videos.
      else if (d.isFile() && (isExportFile(rel) || /\.zip$/i.test(d.name))) out.push({ path: rel, bytes: readBytes(full) });
    }
  };
  walk(arg);
  if (out.length === 0) fail(`no export files found in the folder ${arg} (try --help for what is read)`, 1);
  return out;
}

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
}

function summary(report: AuditReport, accounts: Record<string, string>): string {
  const lines: string[] = ['Read and checked on this machine; nothing was stored or sent.'];
  const level = report.minLevel === 'warn' ? 'a warning or more' : `at least "${report.minLevel}"`;
  lines.push(`Checked ${report.checked} item${report.checked === 1 ? '' : 's'}; ${report.flaggedCount} with ${level}.`);
  const named = Object.entries(accounts).map(([p, a]) => `${p}: ${a}`);
  if (named.length) lines.push(`Accounts named in the export: ${named.join(', ')}`);
  lines.push(`By family (items): PHI ${report.byFamily.phi} · misinformation ${report.byFamily.misinfo} · professionalism ${report.byFamily.prof}`);
  const cats = Object.entries(report.byCategory);
  if (cats.length) {
    lines.push('By category (items):');
    for (const [c, n] of cats) lines.push(`  ${String(n).padStart(6)}  ${CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS]} (${c})`);
  }
  for (const [title, table] of [['By year', report.byYear], ['By platform', report.byPlatform], ['By account', report.byAccount]] as const) {
    lines.push(`${title} (flagged / checked):`);
    for (const [k, t] of Object.entries(table)) lines.push(`  ${k}: ${t.flagged} / ${t.items}`);
  }
  if (report.flagged.length) {
    lines.push(`Flagged items${report.flagged.length > SHOWN ? ` (first ${SHOWN} of ${report.flagged.length}; --csv or --json for all)` : ''}:`);
    for (const item of report.flagged.slice(0, SHOWN)) {
      lines.push(`  ${item.date?.slice(0, 10) ?? 'no date'} · ${PLATFORM_LABELS[item.platform]} ${item.kind}${item.account ? ` · ${item.account}` : ''}${item.link ? ` · ${item.link}` : ''}`);
      for (const f of item.findings) lines.push(`    ${f.label}: “${f.quote}” — ${f.reason}`);
    }
  }
  if (report.notes.length) lines.push('Notes:', ...report.notes.map((n) => `  ${n.text}`));
  if (report.skipped.length) lines.push('Skipped:', ...report.skipped.map((s) => `  ${s.file}: ${s.reason}`));
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): void {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    process.exit(argv.length === 0 ? 2 : 0);
  }
  const exports: string[] = [];
  let csv: string | undefined;
  let json: string | undefined;
  let html: string | undefined;
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--csv' || a === '--json' || a === '--html') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a file name`);
      if (a === '--csv') csv = v;
      else if (a === '--json') json = v;
      else html = v;
    } else if (a === '--all') all = true;
    else if (a.startsWith('--')) fail(`unknown option ${a} (try --help)`);
    else exports.push(a);
  }
  if (exports.length === 0) fail('give an export zip, folder or file (try --help)');

  const read = readExport(exports.flatMap(inputsOf));
  if (read.platforms.length === 0) {
    const why = read.skipped.map((s) => `  ${s.file}: ${s.reason}`).join('\n');
    fail(`nothing could be read.\n${why}`, 1);
  }
  const report = buildReport(read, { minLevel: all ? 'inform' : 'warn' });
  process.stdout.write(summary(report, read.accounts));
  try {
    if (csv) fs.writeFileSync(csv, reportCsv(report));
    if (json) fs.writeFileSync(json, reportJson(report));
    if (html) fs.writeFileSync(html, reportHtml(report));
  } catch (e) {
    fail(`cannot write the report: ${(e as Error).message}`, 1);
  }
  for (const [flag, file] of [['CSV', csv], ['JSON', json], ['HTML', html]] as const) if (file) process.stdout.write(`${flag} report written to ${file} (it contains the posts' text).\n`);
}

main(process.argv.slice(2));
