import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSizes, pageAssets } from '../../../../scripts/bench/bundle-size';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function write(dir: string, file: string, content: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}

describe('bench bundle sizes', () => {
  it('finds a page\'s scripts and stylesheets', () => {
    const html = '<script type="module" src="/chunks/popup-1.js"></script><link rel="modulepreload" href="/chunks/shared-2.js"><link rel="stylesheet" href="/assets/a.css"><link rel="icon" href="/icon.png">';
    expect(pageAssets(html)).toEqual(['/chunks/popup-1.js', '/chunks/shared-2.js', '/assets/a.css']);
  });

  it('is null for every context when nothing is built', () => {
    expect(bundleSizes(path.join(os.tmpdir(), 'second-look-no-such-build'))).toEqual({ content: null, background: null, popup: null });
  });

  it('sums gzip sizes per context from the manifest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-bundle-'));
    dirs.push(dir);
    const big = 'x'.repeat(5000) + Array.from({ length: 2000 }, (_, i) => i).join(',');
    write(dir, 'manifest.json', JSON.stringify({
      content_scripts: [{ js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }],
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
    }));
    write(dir, 'content-scripts/content.js', big);
    write(dir, 'content-scripts/content.css', 'a{}');
    write(dir, 'background.js', big);
    const popupHtml = '<script src="/chunks/p.js"></script>';
    write(dir, 'popup.html', popupHtml);
    write(dir, 'chunks/p.js', big);
    const gz = (s: string) => gzipSync(s, { level: 9 }).length;
    const kb = (bytes: number) => Math.round(bytes / 10) / 100;
    expect(bundleSizes(dir)).toEqual({
      content: kb(gz(big) + gz('a{}')),
      background: kb(gz(big)),
      popup: kb(gz(popupHtml) + gz(big)),
    });
  });
});
