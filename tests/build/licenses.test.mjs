// The list of what the built app is made of (scripts/licenses.mjs → dist/licenses/dependencies.json),
// as a county's auditor reads it: every crate compiled into the wasm with its version and licence,
// nothing that only tests or builds it counted as shipped. Runs cargo offline; no build needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dependencyList, spdxExpression, thirdPartyNotices } from '../../scripts/licenses.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const build = { commit: 'abc1234', commitDate: '2026-11-23', source: 'https://git.example.se/hjulet' };
const list = dependencyList(build);
const shipped = list.components.filter((c) => c.scope === 'required');
const notShipped = list.components.filter((c) => c.scope === 'excluded');
const find = (components, name) => components.find((c) => c.name === name);
const licence = (component) => component.licenses.map((l) => l.expression).join(' AND ');

test('the crates compiled into the wasm are there with their version and licence', () => {
  const lock = readFileSync(resolve(ROOT, 'Cargo.lock'), 'utf8');
  for (const [name, expected] of [['leptos', 'MIT'], ['leptos_router', 'MIT'], ['serde_json', 'MIT OR Apache-2.0'],
    ['wasm-bindgen', 'MIT OR Apache-2.0'], ['fluent-bundle', 'Apache-2.0 OR MIT'], ['web-sys', 'MIT OR Apache-2.0']]) {
    const crate = find(shipped, name);
    assert.ok(crate, `${name} is not listed as shipped`);
    assert.equal(licence(crate), expected, name);
    assert.match(lock, new RegExp(`name = "${name}"\\nversion = "${crate.version.replace(/[.+]/g, '\\$&')}"`), `${name} ${crate.version} is Cargo.lock's`);
    assert.equal(crate.purl, `pkg:cargo/${name}@${crate.version}`);
  }
});

test('nothing that only tests, builds or runs on the machine is counted as shipped', () => {
  // Dev-dependencies (and proptest is native-only besides); build.rs's own needs are in the wasm
  // anyway (serde), so they prove nothing here.
  for (const name of ['wasm-bindgen-test', 'proptest', 'barnets-basta-hjulet']) {
    assert.equal(find(list.components, name), undefined, name);
  }
  // Proc-macros run while compiling: listed, but not as shipped.
  for (const name of ['serde_derive', 'leptos_macro', 'wasm-bindgen-macro']) {
    assert.equal(find(shipped, name), undefined, `${name} is listed as shipped`);
    assert.ok(find(notShipped, name), `${name} is not listed at all`);
  }
});

test('the npm packages are listed as tools that are not shipped', () => {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.dependencies ?? {}, {}, 'the build ships no npm package');
  for (const name of Object.keys(manifest.devDependencies)) {
    const tool = find(notShipped, name);
    assert.ok(tool, `${name} is missing`);
    assert.equal(tool.purl, `pkg:npm/${name}@${tool.version}`);
    assert.match(tool.properties.find((p) => p.name === 'hjulet:role').value, /not shipped|none of it is shipped/);
  }
});

test('every entry has a licence and a version, and each is listed once', () => {
  for (const component of list.components) {
    assert.ok(component.licenses?.length > 0 && licence(component).length > 0, `${component.name} has no licence`);
    assert.ok(component.type === 'file' || component.version, `${component.name} has no version`);
  }
  const refs = list.components.map((c) => c['bom-ref']);
  assert.equal(new Set(refs).size, refs.length);
  assert.equal(licence(find(shipped, 'pictograms (public/pictograms/)')), 'CC0-1.0');
});

test('the app itself: its version, licence, commit and the source address the county set', () => {
  const app = list.metadata.component;
  const version = /^version = "(.+)"$/m.exec(readFileSync(resolve(ROOT, 'Cargo.toml'), 'utf8'))[1];
  assert.equal(app.version, version);
  assert.equal(licence(app), 'MIT OR Apache-2.0');
  const property = (name) => app.properties.find((p) => p.name === name).value;
  assert.equal(property('hjulet:commit'), 'abc1234');
  assert.equal(property('hjulet:commit-date'), '2026-11-23');
  assert.deepEqual(app.externalReferences, [{ type: 'vcs', url: build.source }]);
  assert.equal(list.bomFormat, 'CycloneDX');
});

test('the same commit gives the same list (no time stamp, no random serial number)', () => {
  assert.equal(JSON.stringify(dependencyList(build)), JSON.stringify(list));
  assert.equal(list.metadata.timestamp, undefined);
  assert.equal(list.serialNumber, undefined);
});

test("an old manifest's 'MIT/Apache-2.0' becomes the SPDX expression", () => {
  assert.equal(spdxExpression('MIT/Apache-2.0'), 'MIT OR Apache-2.0');
  assert.equal(spdxExpression('(MIT OR Apache-2.0) AND Unicode-3.0'), '(MIT OR Apache-2.0) AND Unicode-3.0');
});

test("every crate in the wasm has its licence text and copyright notice passed on, each text once", () => {
  const notices = thirdPartyNotices();
  const rule = '='.repeat(78);
  const blocks = notices.split(`${rule}\n`).slice(1);
  const headed = new Set();
  for (let i = 0; i < blocks.length; i += 2) {
    for (const line of blocks[i].trim().split('\n')) headed.add(line);
  }
  for (const crate of shipped.filter((c) => c.type === 'library')) {
    assert.ok(headed.has(`${crate.name} ${crate.version} (${licence(crate)})`), `${crate.name} has no licence text`);
  }
  const texts = blocks.filter((_, i) => i % 2 === 1).map((text) => text.trim());
  assert.equal(new Set(texts).size, texts.length, 'a text is given twice');
  // Nothing that is not in the wasm.
  for (const name of ['proptest', 'wasm-bindgen-test', 'serde_derive']) {
    assert.ok(![...headed].some((line) => line.startsWith(`${name} `)), name);
  }
});
