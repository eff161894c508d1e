// The local host's cache rule: a file Trunk named by its content is kept for a year, everything
// else is asked about each time. Trunk drops the hash's leading zeros, so it may be short.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheControlFor } from '../../scripts/serve-dist.mjs';

const YEAR = 'public, max-age=31536000, immutable';

test('a file named by its content is kept, whatever the length of its hash', () => {
  assert.equal(cacheControlFor('/hjulet-app-0123456789abcdef_bg.wasm'), YEAR);
  // A hash that began with a zero: 15 digits (a real build).
  assert.equal(cacheControlFor('/hjulet-app-bcd216226f336ed_bg.wasm'), YEAR);
  assert.equal(cacheControlFor('/meeting-app/meeting-a1b2c3d4e5f6.css'), YEAR);
});

test('pages, the worker, texts and pictograms are asked about each time', () => {
  for (const path of ['/', '/index.html', '/sw.js', '/locales/sv/app.ftl', '/pictograms/scale/face-1.svg',
    '/pictograms/ui/arrow-prev.svg', '/manifest.webmanifest', '/neutral.html', '/deadbeef-cafe.svg']) {
    assert.equal(cacheControlFor(path), 'no-cache', path);
  }
});
