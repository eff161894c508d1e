// The pictogram sprite is part of both pages, so a pictogram file could run script in the app's
// origin: the build must refuse any file that holds more than a drawing, and still take every
// shipped pictogram. Runs without a build: `node --test tests/build/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSprite } from '../../scripts/pictogram-sprite.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** A folder of pictograms: one harmless file and `hostile` as ui/bad.svg. */
function folderWith(hostile) {
  const dir = mkdtempSync(join(tmpdir(), 'pictograms-'));
  mkdirSync(join(dir, 'ui'));
  writeFileSync(join(dir, 'ui', 'fine.svg'), svg('<circle cx="32" cy="32" r="20"/>'));
  writeFileSync(join(dir, 'ui', 'bad.svg'), hostile);
  return dir;
}

function svg(body, rootAttributes = '') {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"${rootAttributes}>\n${body}\n</svg>\n`;
}

const HOSTILE = {
  'a <script>': svg('<script>alert(1)</script><circle r="2"/>'),
  'a namespaced <svg:script>': svg('<svg:script>alert(1)</svg:script>'),
  'a <script> put together by removing a comment': svg('<scr<!-- -->ipt>alert(1)</script>'),
  'an onload on the root': svg('<circle r="2"/>', ' onload="alert(1)"'),
  'an onclick on a shape': svg('<path d="M0 0H9" onclick="alert(1)"/>'),
  'an event handler after a slash': svg('<path/onmouseover="alert(1)" d="M0 0"/>'),
  'an event handler right after a quote': svg('<path d="M0 0"onfocus="alert(1)"/>'),
  '<foreignObject>': svg('<foreignObject width="9" height="9"><div>hi</div></foreignObject>'),
  'a javascript: link': svg('<a href="javascript:alert(1)"><circle r="2"/></a>'),
  'a javascript: URL hidden by entities': svg('<use href="jav&#x61;script&colon;alert(1)"/>'),
  'a javascript: URL set by an animation': svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'),
  'an external href': svg('<image href="https://example.org/x.png" width="9" height="9"/>'),
  'an external xlink:href': svg('<use xlink:href="other.svg#icon"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"'),
  'a data: URL': svg('<image href="data:image/svg+xml;base64,PHN2Zy8+" width="9" height="9"/>'),
  'an external url() in a fill': svg('<rect width="9" height="9" fill="url(https://example.org/p.svg#g)"/>'),
  'a <style> that would reach the whole page': svg('<style>body{display:none}</style><circle r="2"/>'),
  'an HTML element that leaves the SVG': svg('<img src="x" alt=""/>'),
};

for (const [what, text] of Object.entries(HOSTILE)) {
  test(`the build refuses a pictogram with ${what}, naming the file`, () => {
    const dir = folderWith(text);
    try {
      assert.throws(() => buildSprite(dir), (error) => {
        assert.ok(error.message.includes(join(dir, 'ui', 'bad.svg')), error.message);
        assert.match(error.message, /may not hold/);
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('fragment links inside one pictogram are allowed and get the file\'s own prefix', () => {
  const dir = folderWith(
    svg('<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect width="9" height="9" fill="url(#g)"/><use href="#g"/>'),
  );
  try {
    const sprite = buildSprite(dir);
    assert.match(sprite, /<symbol id="pictogram-ui-bad" viewBox="0 0 64 64">/);
    assert.match(sprite, /id="pictogram-ui-bad-g"/);
    assert.match(sprite, /fill="url\(#pictogram-ui-bad-g\)"/);
    assert.match(sprite, /href="#pictogram-ui-bad-g"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every shipped pictogram passes and becomes a symbol', () => {
  const sprite = buildSprite(join(ROOT, 'public/pictograms'));
  assert.match(sprite, /<symbol id="pictogram-areas-safe"/);
  assert.match(sprite, /<symbol id="pictogram-ui-wheel"/);
  assert.ok(!/<script|foreignObject|\son\w+=/i.test(sprite));
});
