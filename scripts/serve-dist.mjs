// A static server for the release build in dist/, on 127.0.0.1 only, that serves the app as a
// real host should: paths that are not files get their page's HTML (scripts/pages.mjs), bodies
// go out brotli-compressed when the browser accepts it, and every answer carries the headers of
// `headersFor` below. This file is the reference for hosts: deploy/ holds the same rules for
// nginx, Caddy and IIS, and the tests hold those to what `headersFor` says (the README lists them).
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEETING_PAGE, NOT_A_PAGE, pageFor } from './pages.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ftl': 'text/plain; charset=utf-8',
  // The licence texts beside the app (dist/licenses/, scripts/licenses.mjs).
  '.txt': 'text/plain; charset=utf-8',
};

// The one place that says which browser features the app may use, for its own origin only
// (Permissions-Policy); every other feature in FEATURES is off. Copying goes through the
// clipboard, sharing through the system share sheet (src/browser/share.rs), a child's voice
// note ("Säg det") through the microphone (src/browser/voice_recorder.rs), and the camera that
// reads a wheel's codes in the meeting (src/browser/camera.rs).
export const FEATURES_THE_APP_USES = ['camera', 'clipboard-write', 'microphone', 'web-share'];
const FEATURES = [
  'accelerometer', 'bluetooth', 'camera', 'clipboard-read', 'clipboard-write', 'display-capture',
  'encrypted-media', 'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer',
  'microphone', 'midi', 'payment', 'publickey-credentials-get', 'screen-wake-lock', 'serial',
  'usb', 'web-share', 'xr-spatial-tracking',
];
export const PERMISSIONS_POLICY = FEATURES.map(
  (feature) => `${feature}=${FEATURES_THE_APP_USES.includes(feature) ? '(self)' : '()'}`,
).join(', ');

// Trunk names the files it builds by their content ("hjulet-app-0123456789abcdef_bg.wasm"): such
// a file never changes, so a browser may keep it for a year without asking. Everything else
// (the pages, sw.js, the locales, the pictograms, the manifest) keeps its name from version to
// version: the browser asks each time whether it changed (no-cache, answered by 304). Not
// no-store: that would keep Chromium from restoring a page from its back-forward cache.
// Trunk writes the hash with `{:x}`, without leading zeros: usually 16 hex digits, one in sixteen
// builds 15 (seen in a fresh clone), rarely fewer. At least 12, so that no word in a name
// ("face-1.svg", "very-bad") ever passes for a hash.
export const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;
export function cacheControlFor(path) {
  return HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

// The Content-Security-Policy header. A page's own policy is the meta tag that the build puts in
// it (scripts/csp.mjs): it carries the hashes of the page's inline scripts, which change with
// every build, so it travels with the page and no host configuration ever has to follow it. The
// header adds what a meta tag cannot say: that no other site may show the app in a frame.
// The worker's policy comes only from a header: it fetches the app's files, from this origin
// only. Anything else opened on its own (an SVG, say) may do nothing at all.
export const PAGE_POLICY = "frame-ancestors 'none'";
export const WORKER_POLICY = "default-src 'self'; frame-ancestors 'none'";
export const FILE_POLICY = "default-src 'none'; frame-ancestors 'none'";
export function policyHeaderFor(path) {
  if (extname(path) === '.html') return PAGE_POLICY;
  return path === '/sw.js' ? WORKER_POLICY : FILE_POLICY;
}

/** The headers of the file served at `path` (a page: the file of its page, see pages.mjs). */
export function headersFor(path) {
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  return {
    'content-type': type,
    'cache-control': cacheControlFor(path),
    'content-security-policy': policyHeaderFor(path),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
    vary: 'accept-encoding',
  };
}

const SECURITY_HEADERS = {
  'content-security-policy': FILE_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': PERMISSIONS_POLICY,
};

/**
 * Brotli bodies of real files, keyed by the file's path and checked against its size and time,
 * so that asking for any number of unknown paths cannot grow it, and bounded besides: the least
 * recently used body goes when there are more than `maxFiles` or `maxBytes`.
 */
export class BrotliCache {
  constructor({ maxFiles = 256, maxBytes = 64 << 20 } = {}) {
    Object.assign(this, { maxFiles, maxBytes, bytes: 0, entries: new Map() });
  }

  get size() {
    return this.entries.size;
  }

  body(file, stats, raw) {
    const hit = this.entries.get(file);
    this.entries.delete(file);
    if (hit && hit.size === stats.size && hit.mtimeMs === stats.mtimeMs) {
      this.entries.set(file, hit);
      return hit.body;
    }
    if (hit) this.bytes -= hit.body.length;
    const body = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    this.entries.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, body });
    this.bytes += body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxFiles && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
    return body;
  }
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function checkBuild(dist) {
  for (const page of ['index.html', MEETING_PAGE]) {
    if (!(await isFile(join(dist, page)))) throw new Error(`no ${page} in ${dist}: run scripts/build.sh --release`);
  }
}

/**
 * Serves `dist` on 127.0.0.1 (`port` 0: any free port). `onRequest(request)` sees every request
 * (tests). The answer's `setRoot(dir)` serves another build on the same origin from then on, as a
 * host does when a new version is put up; `cachedFiles()` is the size of the brotli cache.
 */
export async function serveDist(dist = resolve(import.meta.dirname, '../dist'), port = 0, { onRequest } = {}) {
  let root = resolve(dist);
  await checkBuild(root);
  const cache = new BrotliCache();

  async function answer(request, response) {
    onRequest?.(request);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' });
      return response.end();
    }
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    } catch {
      // A malformed escape such as /%E0%A4%A names no file and no page.
      response.writeHead(400, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
      return response.end('Bad request\n');
    }
    const base = root;
    let file = join(base, path);
    if (!file.startsWith(base + sep) || !(await isFile(file))) {
      // A missing file (a name with an extension) is a 404, not a page: a page in place of a
      // locale or a script would be taken for one (by the service worker, too).
      if (NOT_A_PAGE.test(path)) {
        response.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        return response.end('Not found\n');
      }
      path = pageFor(path);
      file = join(base, path);
    }
    const stats = await stat(file);
    const raw = await readFile(file);
    const headers = { ...headersFor(path.split(sep).join('/')), etag: `W/"${stats.size}-${stats.mtimeMs}"` };
    if (request.headers['if-none-match'] === headers.etag) {
      response.writeHead(304, headers);
      return response.end();
    }
    let body = raw;
    if (/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
      headers['content-encoding'] = 'br';
      body = cache.body(file, stats, raw);
    }
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    // Whatever goes wrong with one request must not stop the server or leave the browser waiting.
    answer(request, response).catch((error) => {
      console.error(`serve-dist: ${request.url}: ${error.message}`);
      if (!response.headersSent) response.writeHead(500, SECURITY_HEADERS);
      response.end();
    });
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const { port: listening } = server.address();
  return {
    origin: `http://127.0.0.1:${listening}`,
    async setRoot(dir) {
      await checkBuild(resolve(dir));
      root = resolve(dir);
    },
    cachedFiles: () => cache.size,
    close: () => new Promise((done) => server.close(done)),
  };
}

// `node scripts/serve-dist.mjs [port]` (scripts/serve.sh): serves dist/ until stopped.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { origin } = await serveDist(undefined, Number(process.argv[2] ?? 8080));
  console.log(`Barnets bästa-hjulet: ${origin}/  (Ctrl+C stops it)`);
}
