// Service worker of Cek Jamsostek (written by scripts/build-sw.mjs at build time).
// The page (index.html) is fetched network-first so a new version is picked up; everything else
// has a content hash in its name and is served from the cache.
const CACHE = __CACHE__;
const ASSETS = __ASSETS__;
// The staff page's files: stored once a device opens that page, and kept across updates there.
const STAFF = __STAFF__;
// The app's page: the worker's own folder.
const SHELL = new URL('./', self.location).pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(ASSETS)
        .then(() => caches.match('./staff.html'))
        .then((had) => had && cache.addAll(STAFF)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'cache-staff') event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(STAFF)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('cek-jamsostek-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Only the app's own page is the offline shell: a file opened as a page (the manifest, a
    // region file), an error page or a redirect must never replace it.
    const path = new URL(request.url).pathname;
    if (path !== SHELL && path !== `${SHELL}index.html`) {
      event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())));
      return;
    }
    event.respondWith(
      fetch(request)
        .then((response) => {
          const html = (response.headers.get('content-type') || '').startsWith('text/html');
          if (response.ok && !response.redirected && response.type === 'basic' && html) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put('./', copy));
          }
          return response;
        })
        .catch(() => caches.match('./', { cacheName: CACHE })),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
