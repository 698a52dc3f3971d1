/**
 * Every regular expression the analyzer can run, for the ReDoS check: the literals in its source
 * (found with the TypeScript parser, so none is missed by a grep) and the ones built at run time
 * from data files, word lists and deny-list patterns (recorded by wrapping the RegExp constructor
 * while the analyzer is loaded and run, so a regex built lazily on first use is caught too).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  source: string;
  flags: string;
  /** Where it came from: a file and line, or 'built at run time'. */
  origin: string;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Regex literals in the TypeScript files under `dirs`. */
export function literalRegexes(dirs: readonly string[]): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of dirs.flatMap(tsFiles)) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), origin: `${path.relative(process.cwd(), file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Runs `load` with the RegExp constructor wrapped, and returns every regex constructed meanwhile. */
export async function builtRegexes(load: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const out: FoundRegex[] = [];
  const record = (re: RegExp) => {
    out.push({ source: re.source, flags: re.flags, origin: 'built at run time' });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args: [string | RegExp, string?]) => record(new target(...args)),
    apply: (target, _this, args: [string | RegExp, string?]) => record(target(...args)),
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

/** One entry per distinct source and flags, keeping the first origin. */
export function unique(found: readonly FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of found) {
    const k = `/${r.source}/${r.flags}`;
    if (!seen.has(k)) seen.set(k, r);
  }
  return [...seen.values()];
}
