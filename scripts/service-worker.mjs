// After both pages are built (scripts/build.sh): the service worker, with the list of every file
// of this build and a cache named by their content, so that a new version replaces the old one
// whole, and which page answers which path when offline.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pages from './pages.mjs';

const dist = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const assets = files(dist)
  .map((path) => '/' + relative(dist, path).split('\\').join('/'))
  .filter((path) => path !== '/sw.js' && !path.startsWith('/bench-'))
  .sort();
// The camera reader's page (the QR decoder) is not fetched ahead: only when a camera reader opens,
// and then kept for offline use like any listed file. Nor are the licence files (some 400 KB,
// rarely read): the about panel's links fetch them.
const isOnDemand = (path) => path.startsWith('/reader-app/') || path.startsWith('/licenses/');
const version = createHash('sha256');
for (const asset of assets) version.update(asset).update(readFileSync(join(dist, asset)));
const worker = readFileSync('src/service_worker.js', 'utf8')
  .replace('__CACHE_NAME__', `hjulet-${version.digest('hex').slice(0, 16)}`)
  .replace('__ASSETS__', JSON.stringify(assets.filter((path) => !isOnDemand(path))))
  .replace('__ON_DEMAND__', JSON.stringify(assets.filter(isOnDemand)))
  .replace('__PAGE_FOR__', () => pageForSource());
writeFileSync(join(dist, 'sw.js'), worker);

// The same pageFor() the local server uses, with the constants it reads, as worker source.
function pageForSource() {
  const constants = ['CHILD_PAGE', 'MEETING_PAGE', 'MEETING_PATHS'].map(
    (name) => `const ${name} = ${JSON.stringify(pages[name])};`,
  );
  return [...constants, pages.pageFor.toString()].join('\n');
}
