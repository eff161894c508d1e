// scripts/release.sh as a county's IT person uses its output: the checksum file verifies with
// `sha256sum -c`, before and after unpacking, and catches a changed file; packing the same build
// twice gives the same archive, byte for byte. Packs a small stand-in for dist/ (`--from`), so it
// needs no build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'release-test-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const dist = join(work, 'dist');
for (const [path, text] of Object.entries({
  'index.html': '<!doctype html><title>Barnets bästa-hjulet</title>',
  'meeting-app/index.html': '<!doctype html>',
  'zeta.js': 'z', 'alpha.js': 'a',
  'licenses/dependencies.json': '{"bomFormat":"CycloneDX"}\n',
  'licenses/third-party.txt': 'leptos 0.8.23 (MIT)\n',
})) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}

function release(out) {
  execFileSync(join(ROOT, 'scripts/release.sh'), ['--from', dist, '--out', out], { cwd: ROOT, stdio: 'pipe' });
  const [name] = readdirSync(out);
  return { dir: join(out, name), name };
}

const version = /^version = "(.+)"$/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const commit = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const epoch = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }));
const first = release(join(work, 'first'));
const archive = `${first.name}.tar.gz`;
const sha256sum = (args) => spawnSync('sha256sum', args, { cwd: first.dir, encoding: 'utf8' });

test("the release is named by the app's version and the commit", () => {
  assert.equal(first.name, `barnets-basta-hjulet-${version}-${commit}`);
  assert.deepEqual(readdirSync(first.dir).sort(), ['LICENSES', 'SHA256SUMS', archive, 'dependencies.json'].sort());
  assert.deepEqual(readdirSync(join(first.dir, 'LICENSES')).sort(), ['Apache-2.0.txt', 'MIT.txt', 'PICTOGRAMS.md', 'third-party.txt']);
});

test('SHA256SUMS verifies the archive as it is, and every file once unpacked', () => {
  const before = sha256sum(['-c', '--ignore-missing', 'SHA256SUMS']);
  assert.equal(before.status, 0, before.stdout + before.stderr);
  assert.match(before.stdout, new RegExp(`${archive.replace(/[.+]/g, '\\$&')}: OK`));
  execFileSync('tar', ['-xzf', archive], { cwd: first.dir });
  const after = sha256sum(['-c', 'SHA256SUMS']);
  assert.equal(after.status, 0, after.stdout + after.stderr);
  for (const file of ['index.html', 'meeting-app/index.html', 'alpha.js', 'licenses/dependencies.json']) {
    assert.match(after.stdout, new RegExp(`${first.name}/${file}: OK`.replace(/[.+]/g, '\\$&')));
  }
  assert.match(after.stdout, /LICENSES\/PICTOGRAMS\.md: OK/);
  // A file changed after the release is caught.
  writeFileSync(join(first.dir, first.name, 'alpha.js'), 'changed');
  const changed = sha256sum(['-c', '--quiet', 'SHA256SUMS']);
  assert.notEqual(changed.status, 0);
  assert.match(changed.stdout, /alpha\.js: FAILED/);
});

test('the archive is the same bytes every time: sorted, dated at the commit, no owner names', () => {
  const second = release(join(work, 'second'));
  assert.deepEqual(readFileSync(join(second.dir, archive)), readFileSync(join(first.dir, archive)));
  const listing = execFileSync('tar', ['--list', '--verbose', '--full-time', '--numeric-owner', '-zf', join(first.dir, archive)], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } })
    .trim().split('\n');
  const names = listing.map((line) => line.split(/\s+/).at(-1));
  assert.deepEqual(names, [...names].sort());
  const date = new Date(epoch * 1000).toISOString().replace('T', ' ').slice(0, 19);
  for (const line of listing) {
    assert.match(line, /^\S+ 0\/0 /, line);
    assert.ok(line.includes(date), `${line} is not dated ${date} (UTC)`);
  }
});
