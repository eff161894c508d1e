// scripts/defer-app.mjs: the child's page fetches its app after the first screen; the meeting's
// page is left as Trunk made it. Run on HTML as Trunk 0.21 writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deferApp } from '../../scripts/defer-app.mjs';
import { inlineScriptHashes, withPolicy } from '../../scripts/csp.mjs';

const TRUNK_HEAD = `<head>
<script type="module">
import init, * as bindings from '/hjulet-app-0123.js';
const wasm = await init({ module_or_path: '/hjulet-app-0123_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));

</script>
  <link rel="modulepreload" href="/hjulet-app-0123.js" crossorigin="anonymous" integrity="sha384-x"><link rel="preload" href="/hjulet-app-0123_bg.wasm" crossorigin="anonymous" integrity="sha384-y" as="fetch" type="application/wasm"></head>`;

const CHILD_PAGE = `<!doctype html><html><meta charset="utf-8" />${TRUNK_HEAD}<body><div id="static-start"></div></body></html>`;
const MEETING_PAGE = `<!doctype html><html><meta charset="utf-8" />${TRUNK_HEAD}<body></body></html>`;

test('the start page loses the preloads, starts the same app at a first sign of use, and keeps it for offline once loaded and idle', () => {
  const page = deferApp(CHILD_PAGE);
  assert.doesNotMatch(page, /rel="(module)?preload"/);
  assert.doesNotMatch(page, /^import init/m, 'no static import: the module would be fetched with the page');
  assert.match(page, /await import\('\/hjulet-app-0123\.js'\)/);
  assert.match(page, /module_or_path: '\/hjulet-app-0123_bg\.wasm'/);
  assert.match(page, /addEventListener\('load'/);
  assert.match(page, /'pointerdown', 'touchstart', 'keydown', 'focusin'/);
  assert.match(page, /serviceWorker\?\.register\('\/sw\.js'\)/);
  assert.match(page, /classList\.contains\('app-loading'\) \|\| root\.classList\.contains\('reads-aloud'\)/);
  assert.match(page, /TrunkApplicationStarted/);
});

test("the meeting's page (no static start page) is left as Trunk made it", () => {
  assert.equal(deferApp(MEETING_PAGE), MEETING_PAGE);
});

test("a Trunk that writes its loader differently stops the build instead of shipping a page that never starts", () => {
  assert.throws(() => deferApp('<html><body><div id="static-start"></div><script type="module">init()</script></body></html>'), /loader/);
});

test('the policy hashes the script defer-app wrote, not the one it replaced', () => {
  const page = withPolicy(deferApp(CHILD_PAGE));
  const hashes = inlineScriptHashes(page);
  assert.equal(hashes.length, 1);
  assert.ok(page.includes(hashes[0]), 'the meta tag carries the hash of the deferred loader');
});
