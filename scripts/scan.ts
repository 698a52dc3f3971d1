/**
 * `npm run -s scan -- --jsonl FILE`  → one line per input case: {"id","findings":[…]}
 * `npm run -s scan -- --text "…"`    → a readable report (also reads text from stdin)
 * Options: --platform x|facebook|linkedin|instagram, --surface post|comment|reply|message|caption|review-reply
 * Same analyzer and default policy as the extension.
 */
import fs from 'node:fs';
import type { Finding } from '../lib/analyzer';
import { scanCase } from './scan-case';
import { CATEGORY_LABELS } from '../lib/analyzer/labels';

function usage(message?: string): never {
  if (message) process.stderr.write(`scan: ${message}\n`);
  process.stderr.write('usage: npm run -s scan -- --jsonl FILE | --text "draft" | < draft.txt  [--platform P] [--surface S]\n');
  process.exit(2);
}

function report(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings.\n';
  const lines = [`${findings.length} finding${findings.length > 1 ? 's' : ''}:`];
  for (const f of findings) {
    lines.push(`  [${f.action}] ${CATEGORY_LABELS[f.category]} (${f.category}, ${f.ruleId}, confidence ${f.confidence})`);
    lines.push(`    “${text.slice(f.start, f.end)}” at ${f.start}–${f.end}`);
    lines.push(`    ${f.message}`);
    if (f.fix) lines.push(`    fix: ${f.fix.kind}${f.fix.replacement !== undefined ? ` → “${f.fix.replacement}”` : ''}${f.fix.link ? ` ${f.fix.link}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): void {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined) usage(`${name} needs a value`);
    return v;
  };
  const platform = opt('--platform');
  const surface = opt('--surface');
  const jsonl = opt('--jsonl');
  if (jsonl !== undefined) {
    let content: string;
    try {
      content = fs.readFileSync(jsonl, 'utf8');
    } catch (e) {
      usage(`cannot read ${jsonl}: ${(e as Error).message}`);
    }
    const out: string[] = [];
    content.split('\n').forEach((line, n) => {
      if (line.trim() === '') return;
      let row: { id?: unknown; text?: unknown; platform?: unknown; surface?: unknown };
      try {
        row = JSON.parse(line);
      } catch {
        process.stderr.write(`scan: line ${n + 1} is not JSON; skipped\n`);
        return;
      }
      const text = typeof row.text === 'string' ? row.text : '';
      out.push(JSON.stringify({ id: row.id ?? null, findings: scanCase(text, row.platform ?? platform, row.surface ?? surface) }));
    });
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return;
  }
  const text = opt('--text') ?? (process.stdin.isTTY ? usage('give --jsonl FILE, --text "…", or text on stdin') : fs.readFileSync(0, 'utf8'));
  process.stdout.write(report(text, scanCase(text, platform, surface)));
}

main(process.argv.slice(2));
