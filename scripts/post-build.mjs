// Trunk's post-build hook: runs on every build (serve and release) in the staging directory.
// 1. A Content-Security-Policy meta tag with the hashes of the inline scripts Trunk emits:
//    nothing but this origin, no inline script but Trunk's own, no plugins, no <base>.
//    (frame-ancestors cannot be set from a meta tag: see the README for hosts.)
// 2. The service worker, with the list of every file of this build and a cache named by their
//    content, so that a new version replaces the old one whole.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexPath = join(stage, 'index.html');
let index = readFileSync(indexPath, 'utf8');

const hashes = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');
index = index.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
index = index.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(indexPath, index);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const assets = files(stage)
  .map((path) => '/' + relative(stage, path).split('\\').join('/'))
  .filter((path) => path !== '/sw.js' && !path.startsWith('/bench-'))
  .sort();
const version = createHash('sha256');
for (const asset of assets) version.update(asset).update(readFileSync(join(stage, asset)));
const worker = readFileSync('src/service_worker.js', 'utf8')
  .replace('__CACHE_NAME__', `hjulet-${version.digest('hex').slice(0, 16)}`)
  .replace('__ASSETS__', JSON.stringify(assets.map((a) => (a === '/index.html' ? '/' : a))));
writeFileSync(join(stage, 'sw.js'), worker);
