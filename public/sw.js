// Offline play: once the game has been opened, its page and everything the page loaded (scripts, styles, the
// map) are kept in this cache, so it opens again with no network. Scripts and styles have hashed names and never
// change, so they come from the cache first; the page itself comes from the network first, so a new build is
// picked up whenever the server is reachable.
const CACHE = 'multivector';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add('./')));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page tells the worker what it loaded before the worker was in charge (the first visit).
self.addEventListener('message', (event) => {
  const urls = Array.isArray(event.data?.keep) ? event.data.keep.filter((u) => typeof u === 'string' && new URL(u).origin === location.origin) : [];
  if (urls.length > 0) event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls)).catch(() => undefined));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  const keep = (response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  };
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then(keep)
        .catch(() => caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((hit) => hit ?? caches.match('./'))),
    );
  } else {
    event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit ?? fetch(request).then(keep)));
  }
});
