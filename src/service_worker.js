// The service worker (filled in by scripts/service-worker.mjs): the app works offline after one
// visit, every language and pictogram included. Only this origin is ever asked.
//
// One version at a time: a tab is served by one worker, and that worker answers everything from
// its own cache, pages included, so a page never meets another version's locales or pictograms
// (their names do not change between versions). A new version installs beside the old one and
// waits; the open tabs say that it is ready (src/app/update_notice.rs) and the user's tap
// lets it take over (the 'skip-waiting' message), after which the tab reloads. Closing every tab
// of the old version lets it take over too. Only on the very first visit, when no version
// serves any tab yet, does it take over at once.
const CACHE = '__CACHE_NAME__';
const ASSETS = __ASSETS__;
// Files of this version fetched only when the app asks for them (the camera reader's page), then
// kept in this version's cache like the rest.
const ON_DEMAND = __ON_DEMAND__;
// The app is two pages: pageFor() and its constants, copied in from scripts/pages.mjs.
__PAGE_FOR__

// Without these a version cannot start: the pages, the scripts, the wasm and the styles. A
// version that cannot have them all does not install, and the one before it stays in use.
// Any other file (a locale, a pictogram) that cannot be fetched now is left out, and fetched from
// the network when the app asks for it.
function isEssential(path) {
  return /\.(html|js|wasm|css)$/.test(path);
}

async function fetchAsset(path) {
  // 'reload': past the browser's HTTP cache, which may hold the previous version's locales.
  const response = await fetch(new Request(path, { cache: 'reload' }));
  // A host that answers a missing file with a page would otherwise have it taken for the file.
  const isPage = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (!response.ok || (isPage && !path.endsWith('.html'))) throw new Error(`${path}: ${response.status}`);
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const results = await Promise.allSettled(ASSETS.map(async (path) => cache.put(path, await fetchAsset(path))));
      const missing = ASSETS.filter((_, i) => results[i].status === 'rejected');
      if (missing.some(isEssential)) {
        // Leaves nothing behind; the browser tries again at a later visit.
        await caches.delete(CACHE);
        throw new Error(`cannot install without ${missing.filter(isEssential).join(', ')}`);
      }
      // The first visit: no version serves any tab yet, so nothing can be mixed.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

// Sent by the tab when the user chooses the new version (src/browser/offline.rs).
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// A new version replaces the old whole: its cache is the only one left.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('hjulet-') && name !== CACHE).map((name) => caches.delete(name))))
      // Tabs that no version serves yet (the first visit) are served from now on.
      .then(() => self.clients.claim()),
  );
});

const LISTED = new Set([...ASSETS, ...ON_DEMAND]);

// From this version's cache; a listed file that is not there (left out at install) comes from
// the network and is kept for next time.
async function fromCache(path, request) {
  const hit = await caches.match(path, { cacheName: CACHE });
  if (hit) return hit;
  const response = await fetch(request);
  // Not into a cache that "delete everything" has just removed: that would make it again.
  if (response.ok && LISTED.has(path) && (await caches.has(CACHE))) {
    const cache = await caches.open(CACHE);
    await cache.put(path, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (LISTED.has(url.pathname)) {
    event.respondWith(fromCache(url.pathname, request));
  } else if (request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname)) {
    // A path of the app (/wheel/…, /meeting): its page, from this version.
    event.respondWith(fromCache(pageFor(url.pathname), request));
  }
});
