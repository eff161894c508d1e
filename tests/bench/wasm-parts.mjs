// The wasm's largest contributors, from twiggy's CSV (`twiggy top --format csv`) on the stdin:
// size per crate, and the largest single functions. Read by scripts/bench.sh.
import { readFileSync } from 'node:fs';

const [header, ...lines] = readFileSync(0, 'utf8').trim().split('\n');
if (!header.startsWith('Name,ShallowSize')) throw new Error(`not twiggy's CSV: ${header}`);
// Names may contain commas; the numbers are the last four fields.
const items = lines
  .map((line) => {
    const fields = line.split(',');
    const size = Number(fields.at(-4));
    const name = fields.slice(0, -4).join(',').replace(/^"|"$/g, '').replaceAll('""', '"');
    return { name, size };
  })
  // Function names and other custom sections: kept here for the names, never shipped.
  .filter(({ name }) => !/subsection|custom section/.test(name));

// A function belongs to the first crate its name mentions: `<T as tachys::view::Render>::build`
// is tachys's code, whichever of our types it was instantiated for.
function crateOf(name) {
  if (/^data segment|^data section/.test(name)) return '(read-only data: texts, tables)';
  if (/^(elem|table|type|import|export|global|memory|code section|section)/.test(name)) return '(wasm structure)';
  const path = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return path ? path[1] : '(unnamed)';
}

const total = items.reduce((sum, item) => sum + item.size, 0);
const byCrate = new Map();
for (const { name, size } of items) byCrate.set(crateOf(name), (byCrate.get(crateOf(name)) ?? 0) + size);
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const percent = (bytes) => `${((100 * bytes) / total).toFixed(1)} %`;

console.log(`Uncompressed, as wasm-bindgen leaves it, without its names (wasm-opt then shrinks it to the size the transfer table below lists): ${kb(total)}.\n`);
console.log('| crate | size | share |\n|---|---|---|');
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`| ${crate} | ${kb(size)} | ${percent(size)} |`);
}
console.log('\nLargest single items:\n');
for (const { name, size } of items.filter((i) => !/^data /.test(i.name)).sort((a, b) => b.size - a.size).slice(0, 10)) {
  console.log(`- ${kb(size).padStart(6)}  ${name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 120)}`);
}
