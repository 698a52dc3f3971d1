/**
 * Gzipped size of the built extension's bundles, per context, read from the built manifest so it
 * follows whatever files WXT emits: the content scripts' JS and CSS, the background worker, and
 * the popup page with every script and stylesheet it loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  content: number | null;
  background: number | null;
  popup: number | null;
}

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
}

/** gzip -9 size of the named files in kilobytes (1 kB = 1,000 bytes), null if any is missing. */
function gzKb(dir: string, files: readonly string[]): number | null {
  if (files.length === 0) return null;
  let bytes = 0;
  for (const f of new Set(files)) {
    const p = path.join(dir, f.replace(/^\//, ''));
    if (!fs.existsSync(p)) return null;
    bytes += gzipSync(fs.readFileSync(p), { level: 9 }).length;
  }
  return Math.round(bytes / 10) / 100;
}

/** The scripts and stylesheets an extension page loads (src="…" and href="…" of .js/.css). */
export function pageAssets(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
}

/** Gzipped kB of each context's bundles in a built extension folder; all null if it is not built. */
export function bundleSizes(dir: string): BundleSizes {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) return { content: null, background: null, popup: null };
  const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Manifest;
  const content = (m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const background = m.background?.service_worker ? [m.background.service_worker] : (m.background?.scripts ?? []);
  const popupHtml = m.action?.default_popup ?? m.browser_action?.default_popup;
  const popupPath = popupHtml && path.join(dir, popupHtml);
  const popup = popupPath && fs.existsSync(popupPath) ? [popupHtml, ...pageAssets(fs.readFileSync(popupPath, 'utf8'))] : [];
  return { content: gzKb(dir, content), background: gzKb(dir, background), popup: gzKb(dir, popup) };
}
