// Trunk's pre-build hook: the stylesheets in style/ joined into one per page, so that a page
// still makes a single CSS request: target/styles/child.css for index.html and
// target/styles/meeting.css for meeting.html (each links its own with data-trunk rel="css").
//
// style/order.txt lists every file once, in the order the files are joined, with the pages
// whose sheet it goes into. The order is part of the styles: of two rules that are equally
// specific and set the same property of one element, the later one wins. Each page's sheet
// keeps the files in that one order, so the two never disagree.
//
// The build stops, naming the file, when a listed file is missing, a .css file in style/ is
// listed for no page, a file is listed twice or for an unknown page, or a file would spill into
// the next one (an unclosed comment, string or block).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const STYLE = 'style';
export const ORDER = 'order.txt';
export const OUT = 'target/styles';
/** Each page's sheet: `${OUT}/${page}.css`. */
export const PAGES = ['child', 'meeting'];

/**
 * The files of `<style>/order.txt`, in order, each with its pages:
 * [{ file: 'base.css', pages: ['child', 'meeting'], line: 7 }, …]. Throws on a malformed list.
 */
export function readOrder(style = STYLE) {
  const orderPath = join(style, ORDER);
  if (!existsSync(orderPath)) throw new Error(`${orderPath} is missing: it lists the stylesheets of ${style}/ in order`);
  const refuse = (line, why) => {
    throw new Error(`${orderPath}:${line}: ${why}`);
  };
  const entries = [];
  readFileSync(orderPath, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const line = index + 1;
      const [file, ...pages] = text.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
      if (!file) return;
      if (!/^[\w.-]+\.css$/.test(file)) refuse(line, `"${file}" is not the name of a .css file in ${style}/`);
      if (pages.length === 0) refuse(line, `${file} is listed for no page (pages: ${PAGES.join(', ')})`);
      for (const page of pages) {
        if (!PAGES.includes(page)) refuse(line, `${file}: unknown page "${page}" (pages: ${PAGES.join(', ')})`);
      }
      if (new Set(pages).size !== pages.length) refuse(line, `${file} names a page twice`);
      const earlier = entries.find((entry) => entry.file === file);
      if (earlier) refuse(line, `${file} is listed twice (also on line ${earlier.line})`);
      entries.push({ file, pages, line });
    });
  return entries;
}

const COMMENT = '\u0000';

/**
 * `text` without its comments: a line that held only comments goes, a comment between two things
 * becomes a space (it separates them), and runs of empty lines become one. Throws when `text`
 * would run into whatever is joined after it: a comment, string or block left open, or a `}` with
 * no block to close.
 */
export function withoutComments(path, text) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === COMMENT) throw new Error(`${path}: holds a NUL character`);
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error(`${path}: a comment is never closed`);
      out += COMMENT;
      i = end + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      if (text[j] !== c) throw new Error(`${path}: a string is never closed`);
      out += text.slice(i, j + 1);
      i = j;
    } else {
      if (c === '{') depth++;
      if (c === '}' && --depth < 0) throw new Error(`${path}: a "}" closes no block`);
      out += c;
    }
  }
  if (depth !== 0) throw new Error(`${path}: a block ("{") is never closed`);
  return out
    .split('\n')
    .filter((line) => !(line.includes(COMMENT) && line.replaceAll(COMMENT, '').trim() === ''))
    .map((line) =>
      line
        .replace(/^(\s*)[\s\u0000]*\u0000\s*/, '$1')
        .replace(/\s*\u0000[\s\u0000]*$/, '')
        .replaceAll(COMMENT, ' ')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Each page's joined stylesheet, as text: { child: '…', meeting: '…' }. Every file's part starts
 * with a comment naming it. Throws, naming the file, on anything the header above lists.
 */
export function joinStyles(style = STYLE) {
  const order = readOrder(style);
  const listed = new Set(order.map((entry) => entry.file));
  const unlisted = readdirSync(style).filter((name) => name.endsWith('.css') && !listed.has(name)).sort();
  if (unlisted.length > 0) {
    throw new Error(
      `${unlisted.map((name) => join(style, name)).join(', ')}: in no page's stylesheet; ` +
        `list ${unlisted.length === 1 ? 'it' : 'each'} in ${join(style, ORDER)} with its pages`,
    );
  }
  const missing = order.filter((entry) => !existsSync(join(style, entry.file)));
  if (missing.length > 0) {
    throw new Error(
      `${missing.map((entry) => `${join(style, entry.file)} (${join(style, ORDER)}:${entry.line})`).join(', ')}: ` +
        'listed but missing',
    );
  }
  const parts = order.map((entry) => {
    const path = join(style, entry.file);
    const text = withoutComments(path, readFileSync(path, 'utf8'));
    return { ...entry, text: `/* ${path} */\n${text}\n` };
  });
  return Object.fromEntries(
    PAGES.map((page) => [
      page,
      `/* Joined by scripts/join-styles.mjs from ${join(style, ORDER)}: edit the files in ${style}/, not this one. */\n\n` +
        parts
          .filter((part) => part.pages.includes(page))
          .map((part) => part.text)
          .join('\n'),
    ]),
  );
}

// As Trunk's hook (`node scripts/join-styles.mjs`, from the project's root). Writes a sheet
// only when it changed, so that `trunk serve` does not see a change that is none.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let sheets;
  try {
    sheets = joinStyles();
  } catch (error) {
    console.error(`scripts/join-styles.mjs: ${error.message}`);
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  for (const [page, text] of Object.entries(sheets)) {
    const path = join(OUT, `${page}.css`);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
}
