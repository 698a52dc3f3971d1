// `npm run package`: everything an organization or a store needs, in .output/package/.
//
//   second-look.crx                  CRX3 for self-hosting, signed by Chromium's own packer with
//                                    the organization's key (its id follows from that key)
//   updates.xml                      the update manifest a force-install policy points at
//   second-look-<v>-chrome.zip       Chrome Web Store / Edge Add-ons upload (no `key`: the store
//                                    assigns the id)
//   second-look-<v>-firefox.zip      addons.mozilla.org upload (Mozilla signs it as an .xpi)
//   second-look-<v>-sources.zip      sources for Mozilla's review: no test fixture bundles, no keys
//   policies/                        docs/policies' example files with this id and update URL
//
// Flags (or environment):
//   --key FILE        (SECOND_LOOK_CRX_KEY)  the organization's private key, PEM. Default
//                     keys/organization.pem, generated on first run (RSA 2048, mode 0600).
//                     keys/ and *.pem are gitignored and kept out of the sources zip: keep a backup
//                     of it, since every future update must be signed with the same key.
//   --codebase URL    (SECOND_LOOK_CODEBASE) where the .crx will be served; written into
//                     updates.xml. Default http://127.0.0.1:8736/second-look.crx (what
//                     tests/e2e/force-install.spec.ts serves).
//
// The versions come from package.json (WXT stamps the manifest with it). The fixed development
// `key` in wxt.config.ts stays in the unpacked build in .output/chrome-mv3, which this script
// rebuilds last, so the e2e tests and `npm start` keep their extension id.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from './chromium.mjs';

export const DEFAULT_CODEBASE = 'http://127.0.0.1:8736/second-look.crx';

const root = process.cwd();
const out = path.join(root, '.output');
const pkgDir = path.join(out, 'package');

function flag(name, envName, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  return process.env[envName] || fallback;
}

/** Chromium's extension id: the first 128 bits of SHA-256 over the public key (DER SPKI), as a–p. */
export function extensionIdOf(privateKeyPem) {
  const der = crypto.createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' });
  const hex = crypto.createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The update manifest Chromium fetches from a policy's update_url (gupdate protocol 2.0). */
export function updatesXml(id, version, codebase) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${esc(id)}'>`,
    `    <updatecheck codebase='${esc(codebase)}' version='${esc(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

function run(cmd, args, env = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

function zipEntries(file) {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function main() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const keyFile = path.resolve(root, flag('key', 'SECOND_LOOK_CRX_KEY', 'keys/organization.pem'));
  const codebase = flag('codebase', 'SECOND_LOOK_CODEBASE', DEFAULT_CODEBASE);

  if (!fs.existsSync(keyFile)) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true });
    const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    fs.writeFileSync(keyFile, privateKey, { mode: 0o600 });
    console.log(`generated a new organization key: ${path.relative(root, keyFile)} (keep it safe and backed up; never commit it)`);
  }
  const id = extensionIdOf(fs.readFileSync(keyFile, 'utf8'));

  fs.rmSync(pkgDir, { recursive: true, force: true });
  fs.mkdirSync(pkgDir, { recursive: true });

  // 1. Store build (no `key`) and its zip; the same files are what the .crx carries.
  run('npx', ['wxt', 'zip'], { SECOND_LOOK_STORE_BUILD: '1' });
  const storeManifest = JSON.parse(fs.readFileSync(path.join(out, 'chrome-mv3/manifest.json'), 'utf8'));
  if ('key' in storeManifest) throw new Error('store build still carries a manifest key');
  if (storeManifest.version !== version) throw new Error(`manifest version ${storeManifest.version} ≠ package.json ${version}`);
  const chromeZip = `${name}-${version}-chrome.zip`;
  fs.renameSync(path.join(out, chromeZip), path.join(pkgDir, chromeZip));
  const crxSrc = fs.mkdtempSync(path.join(os.tmpdir(), 'second-look-crx-'));
  const extDir = path.join(crxSrc, name);
  fs.cpSync(path.join(out, 'chrome-mv3'), extDir, { recursive: true });

  // 2. The CRX3, signed by Chromium's packer with the organization's key.
  const profile = path.join(crxSrc, 'profile');
  const args = ['--headless', '--no-sandbox', `--user-data-dir=${profile}`, `--pack-extension=${extDir}`, `--pack-extension-key=${keyFile}`];
  console.log(`$ ${chromiumPath()} ${args.join(' ')}`);
  spawnSync(chromiumPath(), args, { stdio: 'ignore', timeout: 120_000 });
  const crx = `${extDir}.crx`;
  if (!fs.existsSync(crx)) throw new Error('Chromium did not write the .crx (see its output above)');
  const head = fs.readFileSync(crx).subarray(0, 8);
  if (head.toString('latin1', 0, 4) !== 'Cr24' || head.readUInt32LE(4) !== 3) throw new Error('not a CRX3 file');
  fs.copyFileSync(crx, path.join(pkgDir, 'second-look.crx'));
  fs.rmSync(crxSrc, { recursive: true, force: true });
  fs.writeFileSync(path.join(pkgDir, 'updates.xml'), updatesXml(id, version, codebase));
  // The policy files of docs/policies, for this id and this update URL (docs/admin-guide.md).
  const updateUrl = new URL('updates.xml', codebase).href;
  run('npx', ['tsx', 'scripts/managed-schema.ts', '--out', path.join(pkgDir, 'policies'), '--chrome-id', id, '--update-url', updateUrl]);

  // 3. Firefox zip and the sources zip (WXT makes both for Firefox).
  run('npx', ['wxt', 'zip', '-b', 'firefox']);
  for (const f of [`${name}-${version}-firefox.zip`, `${name}-${version}-sources.zip`]) fs.renameSync(path.join(out, f), path.join(pkgDir, f));
  const sources = zipEntries(path.join(pkgDir, `${name}-${version}-sources.zip`));
  const leaked = sources.filter((e) => /^(?:keys\/|tests\/fixtures\/dist\/|test-results\/|playwright-report\/)|\.pem$/.test(e));
  if (leaked.length) throw new Error(`sources zip must not carry: ${leaked.join(', ')}`);

  // 4. Put the development build (fixed dev key) back for `npm start` and the e2e tests.
  run('npx', ['wxt', 'build']);

  console.log(`\nSecond Look ${version}, in ${path.relative(root, pkgDir)}/:`);
  for (const f of fs.readdirSync(pkgDir).sort().filter((f) => f !== 'policies')) console.log(`  ${f.padEnd(34)} ${String(fs.statSync(path.join(pkgDir, f)).size).padStart(9)} bytes`);
  console.log(`extension id (from ${path.relative(root, keyFile)}): ${id}`);
  console.log(`updates.xml codebase: ${codebase}`);
  console.log(`policies/: ${fs.readdirSync(path.join(pkgDir, 'policies')).sort().join(', ')} (for ${id}, update_url ${updateUrl})`);
  console.log(`sources zip: ${sources.length} files, no keys or test fixture bundles`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
