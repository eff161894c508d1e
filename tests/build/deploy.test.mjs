// The host configs in deploy/ say what the app says: the same two rewrite rules as
// scripts/pages.mjs, the same Cache-Control rule, Content-Security-Policy headers and
// Permissions-Policy as scripts/serve-dist.mjs. A change to one side without the other fails here,
// without a server. (What nginx and Caddy actually answer is checked end to end with
// HJULET_HOST=nginx|caddy, see tests/e2e/hosts.mjs; IIS is not run anywhere, only read here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHILD_PAGE, MEETING_PAGE, MEETING_PATHS, NOT_A_PAGE, pageFor } from '../../scripts/pages.mjs';
import { FILE_POLICY, HASHED, PAGE_POLICY, PERMISSIONS_POLICY, WORKER_POLICY, cacheControlFor } from '../../scripts/serve-dist.mjs';

const read = (name) => readFileSync(resolve(import.meta.dirname, '../../deploy', name), 'utf8');
const YEAR = 'public, max-age=31536000, immutable';
/** The file without comments, each run of white space one space. */
function rules(text, comment) {
  return text.replace(comment, '').replace(/\s+/g, ' ');
}
/** Every distinct value in `text` that `pattern` captures. */
const all = (text, pattern) => new Set([...text.matchAll(pattern)].map((match) => match[1]));

test('the rules the configs copy still say what the app does', () => {
  // If one of these fails, the app changed: change deploy/ with it (and then this list).
  assert.equal(CHILD_PAGE, '/index.html');
  assert.equal(pageFor('/wheel/abc'), CHILD_PAGE);
  for (const path of MEETING_PATHS) {
    assert.equal(pageFor(path), MEETING_PAGE);
    assert.equal(pageFor(`${path}/x`), MEETING_PAGE);
  }
  assert.equal(cacheControlFor('/hjulet-app-0123456789abcdef_bg.wasm'), YEAR);
  assert.equal(cacheControlFor('/sw.js'), 'no-cache');
});

test('NOT_A_PAGE is the rule of the node server: a file extension other than .html', async () => {
  const { extname } = await import('node:path');
  for (const path of ['/', '/wheel/abc', '/meeting/x', '/a.js', '/a.html', '/a.htm', '/a.htmlx', '/a.h', '/a.', '/x/.bashrc',
    '/.a.b', '/meeting/x.html', '/meeting/x.js', '/a.b/c', '/locales/sv/app.ftl', '/a.HTML', '/x.xhtml', '/x.thtml', '/a.hh', '/sw.js']) {
    assert.equal(NOT_A_PAGE.test(path), extname(path) !== '' && extname(path) !== '.html', path);
  }
});

test('deploy/nginx.conf has the app\'s rules and headers', () => {
  const conf = rules(read('nginx.conf'), /#.*$/gm);
  assert.ok(conf.includes(`location / { try_files $uri ${CHILD_PAGE}; }`), 'the child\'s page');
  for (const path of MEETING_PATHS) {
    assert.ok(conf.includes(`location = ${path} { try_files $uri ${MEETING_PAGE}; }`), path);
    assert.ok(conf.includes(`location ${path}/ { try_files $uri ${MEETING_PAGE}; }`), `${path}/`);
  }
  assert.ok(conf.includes(`location ~ "${NOT_A_PAGE.source}" { try_files $uri =404;`), 'a file or a 404');
  assert.ok(conf.includes(`set $hjulet_cache_control "no-cache"; if ($uri ~ "${HASHED.source}") { set $hjulet_cache_control "${YEAR}"; }`), 'Cache-Control');
  assert.deepEqual(all(conf, /set \$hjulet_csp "([^"]*)"/g), new Set([FILE_POLICY, PAGE_POLICY, WORKER_POLICY]));
  assert.ok(conf.includes(`if ($uri ~ "\\.html$") { set $hjulet_csp "${PAGE_POLICY}"; }`), 'a page\'s policy');
  assert.ok(conf.includes(`if ($uri = "/sw.js") { set $hjulet_csp "${WORKER_POLICY}"; }`), 'the worker\'s policy');
  // Caching only on answers that are there (not "always"): a 404 is never kept for a year.
  assert.ok(conf.includes('add_header Cache-Control $hjulet_cache_control;'), 'Cache-Control on good answers only');
  assert.deepEqual(all(conf, /add_header (\S+ "?[^;]*"?) always;/g), new Set([
    'Content-Security-Policy $hjulet_csp',
    'X-Content-Type-Options "nosniff"',
    'Referrer-Policy "no-referrer"',
    `Permissions-Policy "${PERMISSIONS_POLICY}"`,
  ]));
});

test('deploy/Caddyfile has the app\'s rules and headers', () => {
  const conf = rules(read('Caddyfile'), /#.*$/gm);
  assert.ok(conf.includes(`@hashed path_regexp ${HASHED.source} @notHashed not path_regexp ${HASHED.source} `), 'hashed');
  assert.ok(conf.includes(`header @hashed Cache-Control "${YEAR}" header @notHashed Cache-Control "no-cache"`), 'Cache-Control');
  const paths = MEETING_PATHS.flatMap((path) => [path, `${path}/*`]).join(' ');
  assert.ok(conf.includes(`@meetingPage { path ${paths} not file not path_regexp ${NOT_A_PAGE.source} }`), 'the meeting\'s paths');
  assert.ok(conf.includes(`@childPage { not file not path_regexp ${NOT_A_PAGE.source} }`), 'the child\'s paths');
  assert.ok(conf.includes(`rewrite @meetingPage ${MEETING_PAGE} rewrite @childPage ${CHILD_PAGE} rewrite @directory ${CHILD_PAGE}`), 'the rewrites, in order');
  assert.ok(conf.includes(`Content-Security-Policy "${FILE_POLICY}"`), 'any file\'s policy');
  assert.ok(conf.includes(`header /sw.js Content-Security-Policy "${WORKER_POLICY}"`), 'the worker\'s policy');
  assert.ok(conf.includes(`@html path *.html`) && conf.includes(`header @html Content-Security-Policy "${PAGE_POLICY}"`), 'a page\'s policy');
  assert.deepEqual(all(conf, /Content-Security-Policy "([^"]*)"/g), new Set([FILE_POLICY, PAGE_POLICY, WORKER_POLICY]));
  assert.deepEqual(all(conf, /Permissions-Policy "([^"]*)"/g), new Set([PERMISSIONS_POLICY]));
  assert.ok(conf.includes('X-Content-Type-Options "nosniff" Referrer-Policy "no-referrer"'));
});

test('deploy/web.config (IIS, not run here) has the app\'s rules and headers', () => {
  const conf = rules(read('web.config'), /<!--[\s\S]*?-->/g);
  const meeting = `^(${MEETING_PATHS.map((path) => path.slice(1)).join('|')})(/.*)?$`;
  assert.ok(conf.includes(`<match url="${meeting}" />`), 'the meeting\'s paths');
  assert.equal([...conf.matchAll(/<action type="Rewrite" url="([^"]*)" \/>/g)].map((m) => m[1]).join(' '), `${MEETING_PAGE} ${CHILD_PAGE}`);
  assert.equal(conf.split(`<add input="{URL}" pattern="${NOT_A_PAGE.source}" negate="true" />`).length - 1, 2, 'neither rule takes a file name');
  assert.ok(conf.includes(`<add input="{URL}" pattern="${HASHED.source}" /> <add input="{RESPONSE_STATUS}" pattern="^200$" /> </conditions> <action type="Rewrite" value="${YEAR}" />`), 'a year for hashed files that are there');
  assert.ok(conf.includes('<clientCache cacheControlMode="DisableCache" />'), 'no-cache for the rest');
  assert.deepEqual([...conf.matchAll(/<match serverVariable="RESPONSE_Content_Security_Policy" pattern="\.\*" \/>(.*?)<\/rule>/g)]
    .map((m) => m[1].match(/value="([^"]*)"/)[1]), [FILE_POLICY, WORKER_POLICY, PAGE_POLICY], 'the policies, the page\'s last');
  assert.ok(conf.includes('<add input="{URL}" pattern="^/sw\\.js$" />'));
  assert.ok(conf.includes('<add input="{RESPONSE_CONTENT_TYPE}" pattern="^text/html" />'));
  assert.ok(conf.includes(`<add name="Permissions-Policy" value="${PERMISSIONS_POLICY}" />`));
  assert.ok(conf.includes('<add name="X-Content-Type-Options" value="nosniff" />'));
  assert.ok(conf.includes('<add name="Referrer-Policy" value="no-referrer" />'));
  assert.ok(conf.includes('<mimeMap fileExtension=".wasm" mimeType="application/wasm" />'));
});
