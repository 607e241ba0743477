// Offline play: once the game has been opened, its page and everything the page loaded (scripts, styles, the
// map) are kept in this cache, so it opens again with no network. Scripts and styles have hashed names and never
// change, so they come from the cache first; the page itself comes from the network first, so a new build is
// picked up whenever the server is reachable. The page is kept under one key, whatever its ?scenario=&seed=, so
// the copy used offline is always the last one fetched; older builds' hashed files are dropped.
const CACHE = 'multivector';
const PAGE = new URL('./', self.location.href).href;

const sameSite = (url) => {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === self.location.origin;
  } catch {
    return false;
  }
};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(PAGE)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page tells the worker which files its build uses, once it has loaded them: fetch those not kept yet (the
// first visit ran before the worker was in charge), and drop the hashed files of older builds.
self.addEventListener('message', (event) => {
  const keep = Array.isArray(event.data?.keep) ? event.data.keep.filter((u) => typeof u === 'string' && sameSite(u)) : [];
  if (keep.length === 0) return;
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const wanted = new Set(keep.map((u) => new URL(u).href));
      for (const url of wanted) {
        if (!(await cache.match(url, { ignoreVary: true }))) await cache.add(url).catch(() => undefined);
      }
      for (const request of await cache.keys()) {
        if (new URL(request.url).pathname.includes('/assets/') && !wanted.has(request.url)) await cache.delete(request);
      }
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameSite(request.url)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(PAGE, copy)));
          }
          return response;
        })
        .catch(() => caches.match(PAGE, { ignoreVary: true }).then((hit) => hit ?? Response.error())),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreVary: true }).then(
      (hit) =>
        hit ??
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
          }
          return response;
        }),
    ),
  );
});
