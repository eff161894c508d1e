// A static server for the release build in dist/, on 127.0.0.1 only. Paths that are not files
// get their page's HTML (scripts/pages.mjs), and bodies go out brotli-compressed when the browser
// accepts it, as a real host would serve the app.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MEETING_PAGE, pageFor } from './pages.mjs';

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
};

const compressed = new Map();
function brotli(path, body) {
  if (!compressed.has(path)) {
    compressed.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return compressed.get(path);
}

export async function serveDist(dist = resolve(import.meta.dirname, '../dist'), port = 0) {
  for (const page of ['index.html', MEETING_PAGE]) {
    await stat(join(dist, page)).catch(() => {
      throw new Error(`no ${page} in ${dist}: run scripts/build.sh --release`);
    });
  }
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(dist, path);
    let body;
    let type;
    try {
      if (!file.startsWith(dist) || !(await stat(file)).isFile()) throw new Error('not a file');
      body = await readFile(file);
      type = TYPES[extname(file)] ?? 'application/octet-stream';
    } catch {
      body = await readFile(join(dist, pageFor(path)));
      type = TYPES['.html'];
    }
    const headers = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
    if (/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
      headers['content-encoding'] = 'br';
      body = brotli(file, body);
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const { port: listening } = server.address();
  return { origin: `http://127.0.0.1:${listening}`, close: () => new Promise((done) => server.close(done)) };
}

// `node scripts/serve-dist.mjs [port]` (scripts/serve.sh): serves dist/ until stopped.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { origin } = await serveDist(undefined, Number(process.argv[2] ?? 8080));
  console.log(`Barnets bästa-hjulet: ${origin}/  (Ctrl+C stops it)`);
}
