/** `npm run audit` as a compliance officer runs it: summary, exit codes, files written only where asked. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MYTH_POST, PHI_POST, ytd, zip } from './exports';

const root = process.cwd();
let dir: string;
/** The command as `npm run audit` runs it (tsx), in a scratch folder so written files can be listed. */
function audit(...args: string[]) {
  const r = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/audit.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-audit-'));
  fs.mkdirSync(path.join(dir, 'unpacked/data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'unpacked/data/tweets.js'), ytd('tweets', [{ tweet: { id_str: '5', created_at: 'Fri Mar 01 09:00:00 +0000 2019', full_text: PHI_POST } }]));
  fs.writeFileSync(path.join(dir, 'unpacked/data/account.js'), ytd('account', [{ account: { username: 'drvega', accountId: '42' } }]));
  fs.writeFileSync(path.join(dir, 'unpacked/Your archive.html'), '<html></html>');
  fs.writeFileSync(path.join(dir, 'linkedin.zip'), zip({ 'Shares.csv': `Date,ShareLink,ShareCommentary\n2022-02-02 10:00:00,https://www.linkedin.com/feed/update/9,"${MYTH_POST}"\n` }));
  fs.writeFileSync(path.join(dir, 'junk.zip'), 'not a zip');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run audit', () => {
  it('prints a summary of a folder and a zip, exits 0 with findings, and writes only the files asked for', () => {
    const before = fs.readdirSync(dir).sort();
    const r = audit('unpacked', 'linkedin.zip', '--csv', 'out.csv', '--json', 'out.json', '--html', 'out.html');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Checked 2 items; 2 with a warning or more.');
    expect(r.out).toMatch(/By family \(items\): PHI 1 · misinformation 1 · professionalism 0/);
    expect(r.out).toContain('2019: 1 / 1');
    expect(r.out).toContain('https://x.com/drvega/status/5');
    expect(fs.readdirSync(dir).sort()).toEqual([...before, 'out.csv', 'out.html', 'out.json'].sort());
    expect(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8')).toMatch(/^date,platform,kind,account,link,family,category/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).checked).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'out.html'), 'utf8')).toContain('Checked 2 items; 2 with a warning or more.');

    const quiet = audit('linkedin.zip');
    expect(quiet.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([...before, 'out.csv', 'out.html', 'out.json'].sort());
  }, 60_000);

  it('exits non-zero with a message naming the file when nothing can be read', () => {
    const junk = audit('junk.zip');
    expect(junk.code).toBe(1);
    expect(junk.err).toMatch(/^audit: nothing could be read\.\n {2}junk\.zip: not a readable zip file/);
    const missing = audit('no-such-export.zip');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read no-such-export.zip: no such file or folder');
  }, 60_000);

  it('says in its help that the report holds the posts\' text and is written only where asked', () => {
    const help = audit('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain("The report contains the posts' own text: it is written only to the files you name");
    expect(help.out).toContain('nothing is sent anywhere or stored');
  }, 60_000);
});
