/**
 * Fresh-process cold start for `npm run bench`: the analyzer bundled the way the extension ships
 * it (one minified ESM bundle from esbuild, production defines, and a JSON file over 10 kB as
 * `JSON.parse("…")`, as Vite's `json.stringify: 'auto'` writes it into the built worker), then
 * loaded by new `node` processes that each time the import of the bundle and the first analyze()
 * of a new draft, which is what a woken MV3 worker pays before its first underline (issue 11).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AnalyzerBundle {
  file: string;
  /** Bytes of the bundle and its chunks, and their gzipped size. */
  bytes: number;
  gzBytes: number;
  cleanup(): void;
}

/**
 * Large JSON as a string that JSON.parse reads, the way the extension's build (Vite, json.stringify
 * 'auto': over 10 kB) emits it: a JS engine parses that faster than the same data as an object
 * literal, which is what esbuild emits (claim-weights.json alone is 515 kB).
 */
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      if (text.length <= 10_000) return undefined;
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

/** Bundles lib/analyzer and the default policy into a temporary folder. */
export async function bundleAnalyzer(): Promise<AnalyzerBundle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-bench-'));
  const entry = path.join(dir, 'entry.ts');
  const lib = (p: string) => JSON.stringify(path.join(ROOT, 'lib', p));
  fs.writeFileSync(entry, [
    `export { analyze } from ${lib('analyzer/index.ts')};`,
    `export { DEFAULT_POLICY } from ${lib('policy/defaults.ts')};`,
    `export { toAnalyzerPolicy } from ${lib('policy/resolve.ts')};`,
  ].join('\n'));
  const result = await build({
    entryPoints: [entry],
    outdir: path.join(dir, 'out'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outExtension: { '.js': '.mjs' },
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'silent',
    plugins: [jsonAsParse],
  });
  let bytes = 0;
  let gzBytes = 0;
  for (const out of Object.keys(result.metafile.outputs)) {
    const data = fs.readFileSync(path.resolve(out)); // metafile paths are relative to the working directory
    bytes += data.length;
    gzBytes += gzipSync(data, { level: 9 }).length;
  }
  return {
    file: path.join(dir, 'out', 'entry.mjs'),
    bytes,
    gzBytes,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

// The child: times the import and the first analyze() (awaited, should it ever return a promise).
const CHILD = `
const t0 = performance.now();
const m = await import(process.env.SL_BUNDLE_URL);
const t1 = performance.now();
const findings = await m.analyze(process.env.SL_TEXT, { platform: 'x', surface: 'post' }, m.toAnalyzerPolicy(m.DEFAULT_POLICY));
const t2 = performance.now();
process.stdout.write(JSON.stringify({ bootMs: t0, loadMs: t1 - t0, firstAnalyzeMs: t2 - t1, findings: findings.length }));
`;

export interface ColdSample {
  /** Node's own start-up before our code ran (not paid the same way by a browser worker). */
  bootMs: number;
  /** import() of the bundle: parse, compile, module-level work. */
  loadMs: number;
  /** The first analyze() of a new draft in that process. */
  firstAnalyzeMs: number;
  /** loadMs + firstAnalyzeMs: from starting to load our code to the first result. */
  firstResultMs: number;
  /** Spawn to exit, as seen by the parent. */
  wallMs: number;
  findings: number;
}

/** One fresh `node` process: loads the bundle and analyzes `text` once. */
export function coldSample(bundle: AnalyzerBundle, text: string): ColdSample {
  const env: NodeJS.ProcessEnv = { ...process.env, SL_BUNDLE_URL: pathToFileURL(bundle.file).href, SL_TEXT: text };
  delete env.NODE_OPTIONS; // no tsx loader in the child: plain node, plain JS
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], { env, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr || r.error}`);
  const o = JSON.parse(r.stdout) as Omit<ColdSample, 'wallMs' | 'firstResultMs'>;
  return { ...o, firstResultMs: o.loadMs + o.firstAnalyzeMs, wallMs };
}
