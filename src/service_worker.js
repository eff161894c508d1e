// The service worker (filled in by scripts/service-worker.mjs): the app works offline after one
// visit, every language and pictogram included. Only this origin is ever asked.
const CACHE = '__CACHE_NAME__';
const ASSETS = __ASSETS__;
// The app is two pages: pageFor() and its constants, copied in from scripts/pages.mjs.
__PAGE_FOR__

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

// A new version replaces the old whole: its cache is the only one left.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('hjulet-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the newest when online, the cached page for the path when not.
    const page = pageFor(new URL(request.url).pathname);
    event.respondWith(fetch(request).catch(() => caches.match(page, { cacheName: CACHE })));
    return;
  }
  // Files are named by their content: the cached copy is always right.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
