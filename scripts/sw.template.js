// Service worker of Cek Jamsostek (written by scripts/build-sw.mjs at build time).
// The page (index.html) comes from this worker's cache at once, with this build's files; the
// browser meanwhile checks for a new worker, which brings the next build's page and files for
// the next visit. Region files are fetched network-first, since a city may change its own;
// everything else has a content hash in its name and is served from the cache.
const CACHE = __CACHE__;
const ASSETS = __ASSETS__;
// The staff page's files: stored once a device opens that page, and kept across updates there.
const STAFF = __STAFF__;
// The app's page: the worker's own folder.
const SHELL = new URL('./', self.location).pathname;

// A file named by its contents (a 16-digit hash in its name) is the same wherever it comes from:
// taken from the browser's HTTP cache when the page has just fetched it, so a first visit does
// not download the app twice on a slow line. Any other file (the page, a region file, the staff
// page's own) comes from the server, never from that cache: a host that lets the browser keep
// index.html for ten minutes would otherwise put the previous build's page beside this build's
// files, a page asking for files no cache holds.
const named = (url) => /(^|[-_./])[0-9a-f]{16}([-_.]|$)/.test(url);
const fresh = (urls) => urls.map((url) => new Request(url, { cache: named(url) ? 'force-cache' : 'reload' }));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(fresh(ASSETS))
        .then(() => caches.match('./staff.html'))
        .then((had) => had && cache.addAll(fresh(STAFF))))
      // An install that fails (a file missing, the line gone) leaves no cache behind: at the next
      // activation it would pass for the build a page still open runs.
      .then(() => self.skipWaiting(), (failed) => caches.delete(CACHE).then(() => Promise.reject(failed))),
  );
});

// The staff page's files of this build, stored whole or not at all: after a deploy the server's
// staff.html is the next build's, naming workers only the next service worker stores, and a
// redirected page (a host's /staff) is no page for offline use.
const storeStaff = (cache) => Promise.all(fresh(STAFF).map((request) => fetch(request))).then((responses) => {
  if (responses.some((r) => !r.ok || r.redirected)) throw new Error('staff page not stored');
  return responses[STAFF.indexOf('./staff.html')].clone().text().then((page) => {
    const loaders = STAFF.filter((url) => url.endsWith('_loader.js'));
    if (!loaders.every((url) => page.includes(url.slice(2)))) throw new Error("another build's staff page");
    return Promise.all(responses.map((response, i) => cache.put(STAFF[i], response)));
  });
});

// The staff page asks for its files to be stored, and hears back once every file it needs is
// (its own and the result's styles), from this visit or an earlier one: at once if they already
// were, so a line that never answers does not hold the word back. Not before: the files of
// one store become visible one by one, so seeing some stored is no sign the page would open
// offline.
const STAFF_NEEDS = STAFF.concat(ASSETS.filter((url) => /^\.\/result-[0-9a-f]{16}\.css$/.test(url)));
self.addEventListener('message', (event) => {
  if (event.data !== 'cache-staff') return;
  let told = false;
  const tell = (cache) => Promise.all(STAFF_NEEDS.map((url) => cache.match(url))).then((hits) => {
    if (told || !event.source || !hits.every((hit) => hit && !hit.redirected)) return;
    told = true;
    event.source.postMessage('staff-stored');
  });
  event.waitUntil(caches.open(CACHE).then((cache) => tell(cache)
    .then(() => storeStaff(cache))
    .catch(() => null)
    .then(() => tell(cache))));
});

const isRegion = (url) => /\/regions\/[^/]+\.json$/.test(new URL(url).pathname);

// The region files a person used under an older build, carried into this build's cache before
// the older cache goes: a deploy must not take away a place's schemes offline.
const carryRegions = (old) => Promise.all([caches.open(old), caches.open(CACHE)]).then(([from, to]) => from.keys()
  .then((requests) => Promise.all(requests.filter((r) => isRegion(r.url)).map((r) => to.match(r)
    .then((have) => have || from.match(r).then((response) => response && to.put(r, response)))))));

// The previous build's cache stays until the next build's worker comes: its page, served from
// it at once, may still be open while this worker installs, and asks later for its own files (the
// engine once the person starts answering, the result's styles) that the server may no longer
// have. That is the newest older cache with a page in it (they are listed oldest first; an
// install that stopped half-way stored none). Older caches go.
const previous = (old) => Promise.all(old.map((k) => caches.open(k).then((cache) => cache.match('./'))))
  .then((pages) => old[pages.map(Boolean).lastIndexOf(true)]);

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => keys.filter((k) => k.startsWith('cek-jamsostek-') && k !== CACHE))
      .then((old) => Promise.all(old.map(carryRegions))
        .then(() => previous(old))
        .then((kept) => Promise.all(old.filter((k) => k !== kept).map((k) => caches.delete(k)))))
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
    // The page this worker stored with its own build's files, at once, online or not: a slow or
    // flaky line no longer holds the page for a round trip, or until it fails. The server's page
    // only when that copy is gone (the browser cleared storage), and it is never stored here:
    // after a deploy it is the next build's, asking for files only the next worker stores.
    event.respondWith(caches.match('./', { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  // A city's region file may change under the same name: the server's copy first, kept for
  // offline use once the person has used it, the kept copy when the network fails.
  // Only a file is kept: not a redirect or an HTML page (a Wi-Fi login page answering in its
  // place). A busy or failing server is met with the kept copy, as a network failure is.
  if (isRegion(request.url)) {
    const kept = () => caches.match(request, { ignoreSearch: true });
    event.respondWith(
      fetch(request)
        .then((response) => {
          const html = (response.headers.get('content-type') || '').includes('html');
          if (response.ok && !response.redirected && !html) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return [408, 429].includes(response.status) || response.status >= 500 ? kept().then((hit) => hit || response) : response;
        })
        .catch(() => kept().then((hit) => hit || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
