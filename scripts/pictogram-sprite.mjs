// Trunk's pre-build hook: every file under public/pictograms/ as one <symbol> in an SVG sprite,
// which each page inlines (index.html, meeting.html). One inline sprite instead of an
// <img src="….svg"> per pictogram: Chromium builds a separate SVG document for every such image,
// 40–70 ms each on a slow phone, and icons drawn with currentColor take the colour of the text
// beside them (also in forced-colors mode). A county still replaces plain SVG files.
//
// A symbol's id is the file's path without ".svg", e.g. pictograms/areas/safe.svg →
// "pictogram-areas-safe"; `symbol_href` in src/components/pictogram.rs makes the same names.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SOURCE = 'public/pictograms';
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
function symbolId(path) {
  return 'pictogram-' + relative(SOURCE, path).split(/[\\/]/).join('-').replace(/\.svg$/, '');
}

// The root's attributes that make no sense on a <symbol> inside the page.
const DROPPED = /^(xmlns(:.*)?|width|height|version|x|y|id|class|style)$/;

function symbol(path) {
  const id = symbolId(path);
  const text = readFileSync(path, 'utf8')
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
  return `<symbol id="${id}"${attributes}>${body}</symbol>`;
}

const sources = files(SOURCE);
const ids = sources.map(symbolId);
const clash = ids.find((id, i) => ids.indexOf(id) !== i);
if (clash) throw new Error(`two pictogram files give the symbol id ${clash}`);
const sprite =
  '<svg xmlns="http://www.w3.org/2000/svg" class="pictogram-sprite" aria-hidden="true" focusable="false">\n' +
  sources.map(symbol).join('\n') +
  '\n</svg>\n';
mkdirSync(dirname(SPRITE), { recursive: true });
writeFileSync(SPRITE, sprite);
