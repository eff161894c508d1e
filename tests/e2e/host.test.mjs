// The release build served as a real host should serve it: a malformed URL is answered, not
// fatal; every answer carries the security and caching headers of `headersFor`
// (scripts/serve-dist.mjs); each page's meta tag holds exactly the hashes of its inline scripts
// and the header adds what a meta tag cannot say; answers are compressed; asking for any number of
// unknown paths does not grow the server's memory. Runs against the host HJULET_HOST names
// (tests/e2e/hosts.mjs): the node server, or nginx or Caddy with the configs in deploy/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BrotliCache, FEATURES_THE_APP_USES, PAGE_POLICY, headersFor } from '../../scripts/serve-dist.mjs';
import { policyFor } from '../../scripts/csp.mjs';
import { pageFor } from '../../scripts/pages.mjs';
import { HOST, startHost } from './hosts.mjs';

const DIST = resolve(process.env.HJULET_DIST ?? resolve(import.meta.dirname, '../../dist'));

let server;
before(async () => {
  server = await startHost();
});
after(async () => {
  await server?.close();
});

/** One request with the path exactly as given (no URL parser in between). */
function get(path, headers = {}) {
  const { hostname, port } = new URL(server.origin);
  return new Promise((done, fail) => {
    const outgoing = request({ hostname, port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', fail);
    outgoing.end();
  });
}

/** Every file of the build, as its path on the host. */
function builtFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : ['/' + relative(DIST, path).split('\\').join('/')];
  });
}

test('a malformed URL is answered with 400 and the server goes on serving', async () => {
  for (const path of ['/%E0%A4%A', '/wheel/%', '/locales/%ZZ/app.ftl']) {
    assert.equal((await get(path)).status, 400, path);
  }
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.match(page.body.toString('utf8'), /<!doctype html>/i);
});

test('a missing file is a 404, while any path of the app gets its page', async () => {
  assert.equal((await get('/locales/xx/app.ftl')).status, 404);
  const missing = await get('/hjulet-app-0000000000000000_bg.wasm');
  assert.equal(missing.status, 404);
  // A hashed name that is not there (yet: a new version half uploaded) must not be kept as
  // missing for a year.
  assert.doesNotMatch(missing.headers['cache-control'] ?? '', /max-age=31536000|immutable/);
  for (const [path, page] of [['/wheel/abc/safe', 'index.html'], ['/meeting', 'meeting-app/index.html'], ['/classroom/x', 'meeting-app/index.html']]) {
    const answer = await get(path);
    assert.equal(answer.status, 200, path);
    assert.equal(answer.body.toString('utf8'), readFileSync(join(DIST, page), 'utf8'), path);
  }
});

test('every inline script of both pages has its hash in the page\'s policy, and the header adds frame-ancestors', async () => {
  // The browser's own HTML parser finds the inline scripts, not the build script's regex.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const parser = await (await browser.newContext()).newPage();
    const hashesIn = (policy) => new Set(policy.match(/script-src[^;]*/)[0].match(/'sha256-[^']+'/g) ?? []);
    for (const [file, path] of [['index.html', '/'], ['meeting-app/index.html', '/meeting']]) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const { scripts, meta } = await parser.evaluate((text) => {
        const document = new DOMParser().parseFromString(text, 'text/html');
        return {
          scripts: [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent),
          meta: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
        };
      }, html);
      assert.ok(scripts.length > 0, `${file}: Trunk's inline module script`);
      const needed = new Set(scripts.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`));
      assert.ok(meta, `${file}: a policy meta tag`);
      assert.equal(meta, policyFor(html), `${file}: the policy of scripts/csp.mjs`);
      assert.deepEqual(hashesIn(meta), needed, `${file}: the meta tag's script hashes`);
      assert.doesNotMatch(meta, /script-src[^;]*'unsafe-inline'/, `${file}: no inline script beyond the hashed ones`);

      // The page as the host serves it: that very meta tag, and a header with what a meta tag
      // cannot say (and no policy of its own that the next build's hashes would break).
      const answer = await get(path);
      assert.equal(answer.body.toString('utf8'), html, `${path}: the built page`);
      assert.equal(answer.headers['content-security-policy'], PAGE_POLICY, `${path}: the header`);
    }
  } finally {
    await browser.close();
  }
});

/** The media type without its parameters; JavaScript may go by either of its two names. */
function mediaType(contentType) {
  const type = contentType.split(';')[0].trim();
  return type === 'application/javascript' ? 'text/javascript' : type;
}

test('every answer carries the headers a real host should send', async () => {
  const files = builtFiles();
  const wasm = files.find((path) => path.endsWith('_bg.wasm'));
  const script = files.find((path) => /^\/hjulet-app-[0-9a-f]{12,16}\.js$/.test(path));
  const longCached = [wasm, script, files.find((path) => path.endsWith('.css'))];
  const askEachTime = ['/', '/wheel/abc', '/meeting', '/meeting-app/index.html', '/sw.js', '/locales/en/app.ftl', '/manifest.webmanifest', '/pictograms/ui/wheel.svg', '/neutral.html'];
  for (const path of [...longCached, ...askEachTime]) {
    const { status, headers } = await get(path, { 'accept-encoding': 'br' });
    assert.equal(status, 200, path);
    // What the node server would send for the file behind the path (its page, for an app path).
    const expected = headersFor(files.includes(path) ? path : pageFor(path));
    assert.equal(mediaType(headers['content-type']), mediaType(expected['content-type']), `${path} content-type`);
    for (const name of ['cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy']) {
      assert.equal(headers[name], expected[name], `${path} ${name}`);
    }
    assert.equal(headers['x-content-type-options'], 'nosniff', path);
    assert.equal(headers['referrer-policy'], 'no-referrer', path);
    assert.match(headers['content-security-policy'], /(^|; )frame-ancestors 'none'$/, path);
    // Every feature off but those the app uses, and those for this origin only.
    const features = Object.fromEntries(headers['permissions-policy'].split(', ').map((entry) => entry.split('=')));
    for (const feature of ['geolocation', 'payment', 'usb', 'clipboard-read']) assert.equal(features[feature], '()', `${path} ${feature}`);
    // The voice note ("Säg det") and the meeting's camera reader: this origin only, nobody else's.
    assert.equal(features.microphone, '(self)', `${path} microphone`);
    assert.equal(features.camera, '(self)', `${path} camera`);
    for (const [feature, allowed] of Object.entries(features)) {
      assert.equal(allowed, FEATURES_THE_APP_USES.includes(feature) ? '(self)' : '()', `${path} ${feature}`);
    }
    if (longCached.includes(path)) {
      assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', path);
    } else {
      // no-cache, not no-store: no-store would keep Chromium's back-forward cache from working.
      assert.equal(headers['cache-control'], 'no-cache', path);
    }
  }
  assert.match((await get(wasm)).headers['content-type'], /^application\/wasm/);
  assert.match((await get('/locales/en/app.ftl')).headers['content-type'], /^text\/plain; charset=utf-8$/i);
  assert.match((await get('/sw.js')).headers['content-security-policy'], /^default-src 'self'; frame-ancestors 'none'$/);
  assert.match((await get('/pictograms/ui/wheel.svg')).headers['content-security-policy'], /^default-src 'none'/);

  // "no-cache" costs a question, not the file: an unchanged file is answered 304.
  const { headers } = await get('/sw.js');
  assert.ok(headers.etag);
  assert.equal((await get('/sw.js', { 'if-none-match': headers.etag })).status, 304);
});

test('the pages, scripts, wasm, styles and texts go out compressed', async () => {
  const files = builtFiles();
  const paths = ['/', '/meeting', '/sw.js', '/locales/sv/app.ftl', ...files.filter((path) => /\.(wasm|js|css)$/.test(path) && path !== '/sw.js')];
  for (const path of paths) {
    // What Chromium accepts; each host answers with the best it has (see `encoding` in hosts.mjs).
    const { status, headers, body } = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(status, 200, path);
    assert.equal(headers['content-encoding'], server.encoding, path);
    assert.match(headers.vary ?? '', /accept-encoding/i, `${path}: caches keep the encodings apart`);
    const file = statSync(join(DIST, files.includes(path) ? path : pageFor(path))).size;
    assert.ok(body.length < file, `${path}: ${body.length} bytes for a file of ${file}`);
  }
});

test('asking for many unknown paths gets the page each time and does not grow the brotli cache', async () => {
  // Only the node server keeps compressed bodies (cachedFiles); nginx and Caddy compress each
  // answer as it goes and keep none, so for them only the answers are checked.
  await get('/', { 'accept-encoding': 'br' });
  await get('/meeting', { 'accept-encoding': 'br' });
  const cached = server.cachedFiles?.();
  if (cached !== undefined) assert.ok(cached >= 2);
  const page = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (let i = 0; i < 300; i++) {
    const { status, body } = await get(`/wheel/unknown-${i}`);
    assert.equal(status, 200);
    assert.equal(body.toString('utf8'), page);
  }
  if (cached !== undefined) assert.equal(server.cachedFiles(), cached, 'the page is cached once, under its own file');
});

// The node server's own cache, without a server: nothing of it is in nginx or Caddy.
test('the brotli cache keeps at most its bound and notices a changed file', { skip: HOST !== 'node' && `the node server's cache; ${HOST} has none` }, () => {
  const cache = new BrotliCache({ maxFiles: 3, maxBytes: 1 << 20 });
  for (let i = 0; i < 10; i++) cache.body(`/file-${i}`, { size: 1, mtimeMs: 1 }, Buffer.from('x'));
  assert.equal(cache.size, 3);
  const small = new BrotliCache({ maxFiles: 100, maxBytes: 64 });
  for (let i = 0; i < 10; i++) small.body(`/file-${i}`, { size: 40, mtimeMs: 1 }, Buffer.from(`${i}`.repeat(40)));
  assert.ok(small.bytes <= 64 && small.size < 10, `${small.size} files, ${small.bytes} bytes`);
  const first = cache.body('/same', { size: 1, mtimeMs: 1 }, Buffer.from('a'));
  const changed = cache.body('/same', { size: 1, mtimeMs: 2 }, Buffer.from('b'));
  assert.notDeepEqual(first, changed);
});
