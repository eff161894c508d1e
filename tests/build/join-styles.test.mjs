// The stylesheets of style/ reach the pages only through scripts/join-styles.mjs: it must keep
// the declared order (order decides between equally specific rules), name each part's source,
// and stop the build rather than drop a file. Runs without a build: `node --test tests/build/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { joinStyles, PAGES } from '../../scripts/join-styles.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/join-styles.mjs');

/** A style folder with `files` (name → text) and `order` as its order.txt; removed after `use`. */
function withStyle(files, order, use) {
  const dir = mkdtempSync(join(tmpdir(), 'styles-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    if (order !== null) writeFileSync(join(dir, 'order.txt'), order);
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const THREE = {
  'a.css': '/* about a */\n.a { color: red; }\n',
  'b.css': '.b { color: green; }\n',
  'c.css': '.c { color: blue; }\n',
};

/** The source files a joined sheet holds, in order, from the comments that start each part. */
const sources = (sheet) => [...sheet.matchAll(/^\/\* (.+\.css) \*\/$/gm)].map(([, path]) => path);

test('the files are joined in the declared order, not by name, and each page gets only its own', () => {
  withStyle(THREE, '# comment\nc.css  child meeting\na.css  child\n\nb.css  meeting child # why\n', (dir) => {
    const sheets = joinStyles(dir);
    assert.deepEqual(Object.keys(sheets), PAGES);
    assert.deepEqual(sources(sheets.child), ['c.css', 'a.css', 'b.css'].map((name) => join(dir, name)));
    assert.deepEqual(sources(sheets.meeting), ['c.css', 'b.css'].map((name) => join(dir, name)));
    const child = sheets.child;
    assert.ok(child.indexOf('.c {') < child.indexOf('.a {') && child.indexOf('.a {') < child.indexOf('.b {'));
    assert.ok(!sheets.meeting.includes('.a {'));
  });
});

test('each part starts with a comment naming its source file; the files\' own comments stay out', () => {
  withStyle(
    { 'a.css': '/* why a */\n.a {\n  /* inside */\n  color: red; /* after */\n}\n.x::after { content: "/* kept */"; }\n' },
    'a.css child meeting\n',
    (dir) => {
      const { child } = joinStyles(dir);
      const part = child.slice(child.indexOf(`/* ${join(dir, 'a.css')} */\n`));
      assert.equal(part, `/* ${join(dir, 'a.css')} */\n.a {\n  color: red;\n}\n.x::after { content: "/* kept */"; }\n`);
    },
  );
});

test('a listed file that is missing stops the build, naming it and its line', () => {
  withStyle(THREE, 'a.css child\nb.css child\nc.css child\ngone.css meeting\n', (dir) => {
    assert.throws(() => joinStyles(dir), (error) => {
      assert.ok(error.message.includes(join(dir, 'gone.css')), error.message);
      assert.match(error.message, /order\.txt:4/);
      assert.match(error.message, /missing/);
      return true;
    });
  });
});

test('a .css file listed for no page stops the build, naming it', () => {
  withStyle(THREE, 'a.css child\nc.css child meeting\n', (dir) => {
    assert.throws(() => joinStyles(dir), (error) => {
      assert.ok(error.message.includes(join(dir, 'b.css')), error.message);
      assert.match(error.message, /in no page's stylesheet/);
      return true;
    });
  });
  withStyle(THREE, 'a.css child\nb.css\nc.css meeting\n', (dir) => {
    assert.throws(() => joinStyles(dir), /order\.txt:2: b\.css is listed for no page/);
  });
});

test('a malformed list stops the build: an unknown page, a file listed twice, no list at all', () => {
  withStyle(THREE, 'a.css child\nb.css child meting\nc.css child\n', (dir) => {
    assert.throws(() => joinStyles(dir), /order\.txt:2: b\.css: unknown page "meting"/);
  });
  withStyle(THREE, 'a.css child\nb.css child\nc.css child\na.css meeting\n', (dir) => {
    assert.throws(() => joinStyles(dir), /order\.txt:4: a\.css is listed twice \(also on line 1\)/);
  });
  withStyle(THREE, null, (dir) => {
    assert.throws(() => joinStyles(dir), /order\.txt is missing/);
  });
});

test('a file that would spill into the next one stops the build, naming it', () => {
  for (const [broken, why] of [
    ['.a { color: red; }\n/* never closed\n', /a comment is never closed/],
    ['.a { color: red;\n', /a block \("\{"\) is never closed/],
    ['.a { color: red; } }\n', /a "\}" closes no block/],
    ['.a::after { content: "never closed; }\n', /a string is never closed/],
  ]) {
    withStyle({ ...THREE, 'b.css': broken }, 'a.css child\nb.css child\nc.css child\n', (dir) => {
      assert.throws(() => joinStyles(dir), (error) => {
        assert.ok(error.message.startsWith(join(dir, 'b.css')), error.message);
        assert.match(error.message, why);
        return true;
      });
    });
  }
});

test('as the Trunk hook: writes each page\'s sheet, or fails with the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hook-'));
  try {
    mkdirSync(join(dir, 'style'));
    for (const [name, text] of Object.entries(THREE)) writeFileSync(join(dir, 'style', name), text);
    writeFileSync(join(dir, 'style', 'order.txt'), 'a.css child meeting\nb.css child\nc.css meeting\n');
    const ok = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepEqual(readdirSync(join(dir, 'target/styles')).sort(), ['child.css', 'meeting.css']);
    assert.deepEqual(sources(readFileSync(join(dir, 'target/styles/meeting.css'), 'utf8')), ['style/a.css', 'style/c.css']);

    writeFileSync(join(dir, 'style', 'new.css'), '.new { color: red; }\n');
    const refused = spawnSync(process.execPath, [SCRIPT], { cwd: dir, encoding: 'utf8' });
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /style\/new\.css: in no page's stylesheet/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shipped style/ joins: every file in some page, nothing left open', () => {
  const style = join(ROOT, 'style');
  const sheets = joinStyles(style);
  const joined = new Set(Object.values(sheets).flatMap(sources));
  const files = readdirSync(style).filter((name) => name.endsWith('.css'));
  assert.deepEqual([...joined].sort(), files.map((name) => join(style, name)).sort());
});
