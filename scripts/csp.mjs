// Trunk's post-build hook, run in each page's staging directory: a Content-Security-Policy meta
// tag with the hashes of the inline scripts Trunk emits: nothing but this origin, no inline
// script but Trunk's own, no plugins, no <base>. (frame-ancestors cannot be set from a meta tag:
// scripts/serve-dist.mjs sends it, with this same policy, as a header; see the README for hosts.)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deferApp } from './defer-app.mjs';

/** The 'sha256-…' source of every inline <script> (one without src=) in a page, in order. */
export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
}

/** The page's policy: the same for the meta tag and for a host's header. */
export function policyFor(html) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    // A voice note plays from a blob: URL of its bytes (src/browser/media_url.rs); nothing else.
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ].join('; ');
}

const META = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/;

/** The page's HTML with its policy as a meta tag right after <meta charset>. */
export function withPolicy(html) {
  // An old tag goes first, so that it does not count in the policy (it holds no script anyway).
  const page = html.replace(META, '');
  const policy = policyFor(page);
  return page.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

/** The policy a built page carries in its meta tag, or null. */
export function policyInPage(html) {
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? null;
}

// As Trunk's hook (`node scripts/csp.mjs`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stage = process.env.TRUNK_STAGING_DIR ?? 'dist';
  const indexPath = join(stage, 'index.html');
  writeFileSync(indexPath, withPolicy(deferApp(readFileSync(indexPath, 'utf8'))));
}
