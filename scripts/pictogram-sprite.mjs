// Trunk's pre-build hook: every file under public/pictograms/ as one <symbol> in an SVG sprite,
// which each page inlines (index.html, meeting.html). One inline sprite instead of an
// <img src="….svg"> per pictogram: Chromium builds a separate SVG document for every such image,
// 40–70 ms each on a slow phone, and icons drawn with currentColor take the colour of the text
// beside them (also in forced-colors mode). A county still replaces plain SVG files.
//
// Because the sprite is part of the page itself, a pictogram could run script in the app's
// origin, where the children's words are. So the build refuses a file that holds anything but a
// drawing: see `refuseUnsafe` below.
//
// A symbol's id is the file's path without ".svg", e.g. pictograms/areas/safe.svg →
// "pictogram-areas-safe"; `symbol_href` in src/ui/pictogram.rs makes the same names.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOURCE = 'public/pictograms';
export const SPRITE = 'target/pictogram-sprite/sprite.svg';

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    })
    .filter((path) => path.endsWith('.svg'));
}

/** "public/pictograms/areas/safe.svg" → "pictogram-areas-safe" */
function symbolId(source, path) {
  return 'pictogram-' + relative(source, path).split(/[\\/]/).join('-').replace(/\.svg$/, '');
}

// The root's attributes that make no sense on a <symbol> inside the page.
const DROPPED = /^(xmlns(:.*)?|width|height|version|x|y|id|class|style)$/;

// Elements a pictogram may hold: shapes, groups, paint servers, clipping and plain filters.
// Everything else is refused, because the sprite is parsed by the page's HTML parser: <script>
// and <foreignObject> run or embed HTML, <a>/<image>/<use> elsewhere and <feImage> load
// other files, <animate>/<set> can turn an attribute into a javascript: URL, <style> would
// style the whole page, and HTML elements such as <img> break out of the SVG into the page.
const ALLOWED_ELEMENTS = new Set(
  [
    'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use',
    'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan',
    'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
    'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feFlood',
    'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
    'feMorphology', 'feOffset', 'feDropShadow',
  ].map((name) => name.toLowerCase()),
);

// The entities an attribute value may use to hide "javascript:" from a plain text search; the
// HTML parser decodes them before the browser sees the URL.
const NAMED_ENTITIES = { colon: ':', tab: '\t', newline: '\n', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Browsers ignore ASCII whitespace and control characters inside a URL's scheme ("java\tscript:").
const squeeze = (text) => decodeEntities(text).replace(/[\u0000-\u0020]/g, '').toLowerCase();

/**
 * Throws, naming the file, when an SVG holds anything that could run script, embed a document
 * or fetch another file: <script>, an event-handler attribute (on…=), <foreignObject>, a
 * javascript: URL, an href/xlink:href or url() that is not "#fragment", or any element outside
 * ALLOWED_ELEMENTS.
 */
export function refuseUnsafe(path, text) {
  const refuse = (what) => {
    throw new Error(`${path}: a pictogram may not hold ${what}; the build refuses it (scripts/pictogram-sprite.mjs)`);
  };
  if (/<\s*\/?\s*([\w.-]+:)?script\b/i.test(text)) refuse('a <script>');
  if (/foreignobject/i.test(text)) refuse('a <foreignObject>');
  if (squeeze(text).includes('javascript:')) refuse('a javascript: URL');
  // A second net under the tag reader below: the HTML parser also accepts "/" or a closing
  // quote right before an attribute name.
  if (/[\s/"']on[a-z-]+\s*=/i.test(text)) refuse('an event-handler attribute (on…=)');
  if (/<!\[CDATA\[|<!ENTITY/i.test(text)) refuse('a CDATA section or an entity declaration');

  for (const [, name, rest] of text.matchAll(/<([A-Za-z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g)) {
    const local = name.toLowerCase().replace(/^[\w.-]+:/, '');
    if (!ALLOWED_ELEMENTS.has(local)) refuse(`a <${name}> element (allowed: ${[...ALLOWED_ELEMENTS].join(', ')})`);
    for (const [, attribute, , , double, single, bare] of rest.matchAll(
      /([^\s"'>/=]+)(\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      const attributeLocal = attribute.toLowerCase().replace(/^[\w.-]+:/, '');
      const value = decodeEntities(double ?? single ?? bare ?? '').trim();
      if (attributeLocal.startsWith('on')) refuse(`an event-handler attribute (${attribute}=)`);
      if ((attributeLocal === 'href' || attributeLocal === 'src') && !value.startsWith('#')) {
        refuse(`a link to another file (${attribute}="${value}"); only "#fragment" is allowed`);
      }
    }
  }
  for (const [, target] of decodeEntities(text).matchAll(/url\(\s*['"]?([^'")]*)/gi)) {
    if (!target.trim().startsWith('#')) refuse(`a url(${target}) to another file; only "#fragment" is allowed`);
  }
}

function symbol(source, path) {
  const id = symbolId(source, path);
  const original = readFileSync(path, 'utf8');
  refuseUnsafe(path, original);
  const text = original
    .replace(/<\?xml[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[\s\S]*?>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const root = text.match(/<svg\b([^>]*)>([\s\S]*)<\/svg>/);
  if (!root) throw new Error(`${path}: no <svg> element`);
  const attributes = [...root[1].matchAll(/([\w:-]+)\s*=\s*("[^"]*"|'[^']*')/g)]
    .filter(([, name]) => !DROPPED.test(name))
    .map(([, name, value]) => ` ${name}=${value}`)
    .join('');
  if (!/viewBox=/.test(attributes)) throw new Error(`${path}: the <svg> needs a viewBox`);
  // Ids inside one file (gradients, clip paths) must not meet another file's in the same page.
  const body = root[2]
    .replace(/\bid=(["'])([^"']+)\1/g, (_, quote, name) => `id=${quote}${id}-${name}${quote}`)
    .replace(/url\(#([^)]+)\)/g, (_, name) => `url(#${id}-${name})`)
    .replace(/href=(["'])#([^"']+)\1/g, (_, quote, name) => `href=${quote}#${id}-${name}${quote}`)
    .trim();
  const made = `<symbol id="${id}"${attributes}>${body}</symbol>`;
  // Removing comments and the prologue must not have made something the original did not hold
  // (e.g. "<scr<!-- -->ipt>").
  refuseUnsafe(path, made);
  return made;
}

/** The sprite of every SVG file under `source`, as text; throws on an unsafe or broken file. */
export function buildSprite(source = SOURCE) {
  const sources = files(source);
  const ids = sources.map((path) => symbolId(source, path));
  const clash = ids.find((id, i) => ids.indexOf(id) !== i);
  if (clash) throw new Error(`two pictogram files give the symbol id ${clash}`);
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" class="pictogram-sprite" aria-hidden="true" focusable="false">\n' +
    sources.map((path) => symbol(source, path)).join('\n') +
    '\n</svg>\n'
  );
}

// As Trunk's hook (`node scripts/pictogram-sprite.mjs`, from the project's root).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sprite = buildSprite();
  mkdirSync(dirname(SPRITE), { recursive: true });
  writeFileSync(SPRITE, sprite);
}
