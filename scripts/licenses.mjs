// What the built app is made of, with every part's licence, for a county to audit. Run by
// scripts/build.sh after both pages are built: `node scripts/licenses.mjs dist` writes
//   dist/licenses/dependencies.json  every part with its version and licence (CycloneDX 1.5 JSON)
//   dist/licenses/MIT.txt, Apache-2.0.txt  the app's own licence (either, at the user's choice)
//   dist/licenses/PICTOGRAMS.txt  the pictograms' licence (LICENSES/PICTOGRAMS.md)
//   dist/licenses/third-party.txt  the licence texts and copyright notices of every crate compiled
//                                  into the wasm, as their licences ask to be passed on
// The about panel links to them (same origin); scripts/release.sh puts them beside the archive.
//
// Which crates are in the wasm: `cargo tree -e normal,no-proc-macro --target wasm32-unknown-unknown`,
// i.e. the app's normal dependencies as Cargo's resolver really builds them for the browser (no
// dev- or build-dependencies, no native-only crates). Proc-macros and the crates only they use run
// while compiling and are not linked in: listed with scope "excluded". So are the npm packages
// (package.json's devDependencies): tools that test, benchmark or optimise the build, none of
// them shipped. Versions and licences come from Cargo.lock's packages (`cargo metadata`) and
// package-lock.json; all of it offline, and the same output for the same commit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const WASM_TARGET = 'wasm32-unknown-unknown';

/** The files beside the list, as dist/licenses/<name> ← the repository's file. */
export const LICENCE_FILES = {
  'MIT.txt': 'LICENSES/MIT.txt',
  'Apache-2.0.txt': 'LICENSES/Apache-2.0.txt',
  'PICTOGRAMS.txt': 'LICENSES/PICTOGRAMS.md',
};

function cargo(args) {
  return execFileSync('cargo', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** "name version" of every package in a `cargo tree` for the wasm, with the given edges. */
function treeFor(edges) {
  const out = cargo([
    'tree', '--locked', '--offline', '--target', WASM_TARGET, '-e', edges, '--prefix', 'none', '-f', '{p}',
  ]);
  const found = new Set();
  for (const line of out.split('\n')) {
    const match = /^(\S+) v(\S+)/.exec(line);
    if (match) found.add(`${match[1]} ${match[2]}`);
  }
  return found;
}

/** Old Cargo manifests write "MIT/Apache-2.0": the SPDX expression is "MIT OR Apache-2.0". */
export function spdxExpression(licence) {
  return licence
    .split('/')
    .map((part) => part.trim())
    .join(' OR ');
}

function crateComponent(pkg, scope, role) {
  if (!pkg.license) {
    throw new Error(`${pkg.name} ${pkg.version} states no licence in its Cargo.toml (only a file: ${pkg.license_file ?? 'none'}): add it to the list by hand`);
  }
  const purl = `pkg:cargo/${pkg.name}@${pkg.version}`;
  const fromCratesIo = pkg.source?.startsWith('registry+https://github.com/rust-lang/crates.io-index');
  return {
    type: 'library',
    'bom-ref': purl,
    name: pkg.name,
    version: pkg.version,
    scope,
    licenses: [{ expression: spdxExpression(pkg.license) }],
    purl,
    ...(fromCratesIo ? { externalReferences: [{ type: 'distribution', url: `https://crates.io/crates/${pkg.name}/${pkg.version}` }] } : {}),
    properties: [
      { name: 'hjulet:role', value: role },
      { name: 'hjulet:source', value: fromCratesIo ? 'crates.io' : (pkg.source ?? 'this repository') },
    ],
  };
}

function npmTools() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const roles = {
    'playwright-core': 'tool: drives Chromium in the end-to-end tests; not shipped',
    'axe-core': 'tool: checks accessibility in the end-to-end tests; not shipped',
    binaryen: 'tool: wasm-opt makes the wasm smaller while building; none of it is shipped',
    lighthouse: 'tool: the benchmark (scripts/bench.sh); not shipped',
  };
  return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
    .sort()
    .map((name) => {
      const locked = lock.packages[`node_modules/${name}`];
      if (!locked?.license) throw new Error(`${name}: package-lock.json has no version or licence for it`);
      if (manifest.dependencies?.[name]) {
        throw new Error(`${name} is a runtime npm dependency: the build ships no npm code; list it as shipped here`);
      }
      const purl = `pkg:npm/${name}@${locked.version}`;
      return {
        type: 'application',
        'bom-ref': purl,
        name,
        version: locked.version,
        scope: 'excluded',
        licenses: [{ expression: locked.license }],
        purl,
        properties: [
          { name: 'hjulet:role', value: roles[name] ?? 'tool (package.json devDependencies); not shipped' },
          { name: 'hjulet:source', value: 'npm' },
        ],
      };
    });
}

/**
 * The list, as a CycloneDX 1.5 document. `build`: what the about panel also shows — `commit`,
 * `commitDate` (YYYY-MM-DD) and `source` (the address the county set), each empty when unknown.
 * No time stamp and no random serial number: the same commit gives the same file.
 */
/**
 * The crates as Cargo resolves them: `rootPackage` (the app), `shipped` (compiled into the wasm)
 * and `compileTime` (run while compiling only), each sorted by name and version.
 */
function crates() {
  const metadata = JSON.parse(
    // Every package of Cargo.lock (not filtered to the wasm: a proc-macro's own dependencies are
    // the machine's), for versions and licences; which are in the wasm is cargo tree's to say.
    cargo(['metadata', '--locked', '--offline', '--format-version', '1']),
  );
  const rootPackage = metadata.packages.find((pkg) => pkg.id === metadata.resolve.root);
  const byNameVersion = new Map(metadata.packages.map((pkg) => [`${pkg.name} ${pkg.version}`, pkg]));
  const inWasm = treeFor('normal,no-proc-macro');
  const whileCompiling = [...treeFor('normal')].filter((key) => !inWasm.has(key));
  const rootKey = `${rootPackage.name} ${rootPackage.version}`;
  const pkgOf = (key) => {
    const pkg = byNameVersion.get(key);
    if (!pkg) throw new Error(`cargo tree names ${key}, which cargo metadata does not know`);
    return pkg;
  };
  const byName = (a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1);
  return {
    rootPackage,
    shipped: [...inWasm].filter((key) => key !== rootKey).map(pkgOf).sort(byName),
    compileTime: whileCompiling.map(pkgOf).sort(byName),
  };
}

export function dependencyList(build = {}) {
  const { rootPackage, shipped: shippedCrates, compileTime: compileTimeCrates } = crates();
  const shipped = shippedCrates.map((pkg) => crateComponent(pkg, 'required', 'compiled into the wasm'));
  const compileTime = compileTimeCrates
    .map((pkg) => crateComponent(pkg, 'excluded', 'runs while compiling (a proc-macro or what one uses); not in the wasm'));
  const rustc = execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim();

  const appProperties = [
    { name: 'hjulet:commit', value: build.commit || 'unknown' },
    { name: 'hjulet:commit-date', value: build.commitDate || 'unknown' },
    { name: 'hjulet:source-address', value: build.source || 'not set' },
  ];
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: {
      tools: { components: [{ type: 'application', name: 'rustc', version: rustc.split(' ')[1] ?? rustc, description: rustc }] },
      component: {
        type: 'application',
        'bom-ref': `app:${rootPackage.name}@${rootPackage.version}`,
        name: rootPackage.name,
        version: rootPackage.version,
        description: rootPackage.description,
        licenses: [{ expression: spdxExpression(rootPackage.license) }],
        ...(build.source ? { externalReferences: [{ type: 'vcs', url: build.source }] } : {}),
        properties: appProperties,
      },
    },
    components: [
      {
        type: 'file',
        'bom-ref': 'pictograms',
        name: 'pictograms (public/pictograms/)',
        description: 'Drawn for this project; see licenses/PICTOGRAMS.txt',
        scope: 'required',
        licenses: [{ expression: 'CC0-1.0' }],
        properties: [{ name: 'hjulet:role', value: 'shipped: every picture in the app' }],
      },
      ...shipped,
      ...compileTime,
      ...npmTools(),
    ],
  };
}

/** A crate's own licence and notice files, as its package on crates.io carries them. */
const LICENCE_FILE = /^(licen[cs]e|copying|notice|copyright)/i;

/** The MIT licence's text after its copyright line (LICENSES/MIT.txt is the standard text). */
function mitTextWithout(copyrightLine) {
  const text = readFileSync(join(ROOT, 'LICENSES/MIT.txt'), 'utf8');
  return text.slice(text.indexOf('\n') + 1).replace(/^\n+/, '').replace(/^/, `${copyrightLine}\n\n`);
}

/**
 * What the licences of the crates compiled into the wasm ask to be passed on with it: each
 * crate's own licence and notice files, each distinct text once with the crates it is theirs.
 * Where a crate's package carries no such file (the Leptos crates keep theirs in the repository
 * only), the licence its manifest names is given in its standard text, with its authors as the
 * copyright holders; for a choice of licences, the first of MIT, Apache-2.0 that it offers.
 */
export function thirdPartyNotices() {
  const { shipped } = crates();
  const texts = new Map();
  const add = (text, crate) => {
    const key = text.replace(/\r\n/g, '\n').replace(/^\s*\n/, '').trimEnd();
    if (!texts.has(key)) texts.set(key, []);
    texts.get(key).push(crate);
  };
  for (const pkg of shipped) {
    const crate = `${pkg.name} ${pkg.version} (${spdxExpression(pkg.license)})`;
    const dir = dirname(pkg.manifest_path);
    const files = readdirSync(dir).filter((name) => LICENCE_FILE.test(name)).sort();
    if (files.length > 0) {
      for (const file of files) add(readFileSync(join(dir, file), 'utf8'), crate);
      continue;
    }
    const offered = spdxExpression(pkg.license).split(/\s+OR\s+/);
    const holders = (pkg.authors ?? []).map((author) => author.replace(/\s*<[^>]*>/, '')).join(', ') || `the authors of ${pkg.name}`;
    if (offered.includes('MIT')) {
      add(mitTextWithout(`Copyright (c) ${holders}`), crate);
    } else if (offered.includes('Apache-2.0')) {
      add(readFileSync(join(ROOT, 'LICENSES/Apache-2.0.txt'), 'utf8'), crate);
    } else {
      throw new Error(`${crate} carries no licence file and offers neither MIT nor Apache-2.0: add its text by hand`);
    }
  }
  const rule = '='.repeat(78);
  const blocks = [...texts].map(([text, owners]) => `${rule}\n${owners.join('\n')}\n${rule}\n\n${text}\n`);
  return [
    'Barnets bästa-hjulet is built with these crates, compiled into its WebAssembly. Their',
    'licences ask that their texts and copyright notices go with it: here they are, each text',
    'once, under the crates it belongs to (name, version, the licence their manifest names).',
    '',
    ...blocks,
  ].join('\n');
}

/** What build.sh passes to the Rust build too (see scripts/build.sh): the about panel's values. */
export function buildFromEnvironment(env = process.env) {
  return { commit: env.HJULET_COMMIT ?? '', commitDate: env.HJULET_COMMIT_DATE ?? '', source: env.HJULET_SOURCE_URL ?? '' };
}

/** Writes dist/licenses/. */
export function writeLicences(dist, build = buildFromEnvironment()) {
  const dir = join(dist, 'licenses');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'dependencies.json'), JSON.stringify(dependencyList(build), null, 2) + '\n');
  writeFileSync(join(dir, 'third-party.txt'), thirdPartyNotices());
  for (const [name, source] of Object.entries(LICENCE_FILES)) {
    writeFileSync(join(dir, name), readFileSync(join(ROOT, source)));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeLicences(process.argv[2] ?? 'dist');
}
